import type { Bilingual } from "../../i18n/messages";

/* Every message of the headless commands' argument handling, Swedish and English side by side. */

export const CLI_MESSAGES = {
  unknownArgument: {
    sv: (argument: string) => `Okänt argument ”${argument}” (alternativ skrivs --namn värde; se --help).`,
    en: (argument: string) => `Unknown argument "${argument}" (options are written --name value; see --help).`,
  },
  unknownOption: {
    sv: (name: string) => `Okänt alternativ --${name} (se --help).`,
    en: (name: string) => `Unknown option --${name} (see --help).`,
  },
  takesNoValue: {
    sv: (name: string) => `--${name} tar inget värde.`,
    en: (name: string) => `--${name} takes no value.`,
  },
  needsValue: {
    sv: (name: string) => `--${name} behöver ett värde.`,
    en: (name: string) => `--${name} needs a value.`,
  },
  givenTwice: {
    sv: (name: string, first: string, second: string) => `--${name} är angivet två gånger (${first} och ${second}); ange det en gång.`,
    en: (name: string, first: string, second: string) => `--${name} is given twice (${first} and ${second}); give it once.`,
  },
  choice: {
    sv: (name: string, text: string, choices: readonly string[]) => `--${name}: ”${text}” ska vara ${choices.join(" eller ")}.`,
    en: (name: string, text: string, choices: readonly string[]) => `--${name}: "${text}" must be ${choices.join(" or ")}.`,
  },
  implausible: {
    sv: (flag: string, message: string) => `${flag}: ${message}. Ange --force om värdet är rätt.`,
    en: (flag: string, message: string) => `${flag}: ${message}. Add --force if the value is right.`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Messages of `npm run workbook`. */
export const WORKBOOK_MESSAGES = {
  mustEndXlsx: {
    sv: (out: string) => `--out: ”${out}” ska sluta på .xlsx.`,
    en: (out: string) => `--out: "${out}" must end in .xlsx.`,
  },
  noFileWritten: {
    sv: () => "Ingen fil skrevs. Se npm run workbook -- --help",
    en: () => "No file was written. See npm run workbook -- --help",
  },
  dateWithoutPopulation: {
    sv: (date: string, embedded: string) =>
      `--date ${date}: den inbyggda befolkningen gäller ${embedded} (Bilaga 3); ett annat datum anges bara tillsammans med en annan befolkning (--population FIL.csv).`,
    en: (date: string, embedded: string) =>
      `--date ${date}: the embedded population is as of ${embedded} (Bilaga 3); another date is given only together with another population (--population FILE.csv).`,
  },
  dateRequired: {
    sv: (file: string) => `--date krävs med --population: ange datumet för befolkningen i ${file} (ÅÅÅÅ-MM-DD, t.ex. 2024-12-31).`,
    en: (file: string) => `--date is required with --population: give the date of the population in ${file} (YYYY-MM-DD, e.g. 2024-12-31).`,
  },
  fileErrors: {
    sv: (count: number, file: string) => `Ingen fil skrevs: ${count === 1 ? "ett fel" : `${count} fel`} i ${file}.`,
    en: (count: number, file: string) => `No file was written: ${count === 1 ? "one error" : `${count} errors`} in ${file}.`,
  },
  partialHeading: {
    sv: (file: string) => `${file}: befolkningen omfattar inte hela Stockholms län.`,
    en: (file: string) => `${file}: the population does not cover the whole of Stockholm county.`,
  },
  missingMunicipalities: {
    sv: (names: string) => `  Kommuner som saknas: ${names}.`,
    en: (names: string) => `  Municipalities missing: ${names}.`,
  },
  noDistricts: {
    sv: () => "  Stockholms stadsdelar saknas: Stockholm skulle räknas som en enda upphandlande enhet, och den största, så att alla betalar mycket mindre.",
    en: () => "  Stockholm's districts are missing: Stockholm would count as one procuring unit, and the largest, so that everyone pays far less.",
  },
  missingDistricts: {
    sv: (names: string) => `  Stadsdelar som saknas: ${names}.`,
    en: (names: string) => `  Districts missing: ${names}.`,
  },
  partialHint: {
    sv: () => "Ingen fil skrevs. Ange --allow-partial för att ändå fylla i; arbetsboken anger då att den är ofullständig.",
    en: () => "No file was written. Add --allow-partial to fill anyway; the workbook then says it is incomplete.",
  },
  noFileWrittenShort: {
    sv: () => "Ingen fil skrevs.",
    en: () => "No file was written.",
  },
  notWrittenUntouched: {
    sv: () => "Ingen fil skrevs; en befintlig fil är orörd.",
    en: () => "No file was written; an existing file is untouched.",
  },
  allZero: {
    sv: (file: string) => `${file}: alla kommuner och stadsdelar har 0 invånare, så det finns ingen största enhet att räkna priset per invånare från.`,
    en: (file: string) => `${file}: every municipality and district has 0 inhabitants, so there is no largest unit to compute the rate per inhabitant from.`,
  },
  row: {
    sv: (row: number, name: string) => `, rad ${row} (${name})`,
    en: (row: number, name: string) => `, row ${row} (${name})`,
  },
  outFolderMissing: { sv: (path: string) => `--out: mappen för ${path} finns inte.`, en: (path: string) => `--out: the folder of ${path} does not exist.` },
  outIsFolder: { sv: (path: string) => `--out: ${path} är en mapp, inte en fil.`, en: (path: string) => `--out: ${path} is a folder, not a file.` },
  outNoPermission: {
    sv: (path: string) => `--out: ${path} är skrivskyddad eller saknar behörighet; den lämnas orörd.`,
    en: (path: string) => `--out: ${path} is read-only or not writable; it is left untouched.`,
  },
  outFailed: { sv: (path: string, why: string) => `--out: kunde inte skriva ${path} (${why}).`, en: (path: string, why: string) => `--out: could not write ${path} (${why}).` },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
