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
    sv: (file: string) =>
      `${file}: befolkningens datum står varken i filen (en kolumn datum, eller året som rubrik: ”2018”) eller i --date; ange det med --date ÅÅÅÅ-MM-DD (t.ex. 2024-12-31).`,
    en: (file: string) =>
      `${file}: the population's date is neither in the file (a date column, or the year as a header: "2018") nor given with --date; give it with --date YYYY-MM-DD (e.g. 2024-12-31).`,
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
  mixedLayouts: {
    sv: (file: string, names: string) =>
      `${file}: stadsdelarna hör till olika stadsdelsindelningar och kan inte stå i samma befolkning: ${names}. Använd en indelning (se --template).`,
    en: (file: string, names: string) =>
      `${file}: the districts belong to different district layouts and cannot stand in one population: ${names}. Use one layout (see --template).`,
  },
  layoutEntry: {
    sv: (name: string, from: string) => `${name} (indelningen från ${from})`,
    en: (name: string, from: string) => `${name} (the layout from ${from})`,
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
  pdfNeedsLibreOffice: {
    sv: () => "--pdf kräver LibreOffice (soffice), som inte finns på den här datorn: installera det (Debian/Ubuntu: apt-get install libreoffice-calc) eller ange SOFFICE=/sökväg/till/soffice.",
    en: () => "--pdf needs LibreOffice (soffice), which is not on this computer: install it (Debian/Ubuntu: apt-get install libreoffice-calc) or set SOFFICE=/path/to/soffice.",
  },
  pdfFailed: {
    sv: (file: string, detail: string) => `Arbetsboken skrevs, men LibreOffice kunde inte göra ${file} (${detail}).`,
    en: (file: string, detail: string) => `The workbook was written, but LibreOffice could not make ${file} (${detail}).`,
  },
  pdfWritten: {
    sv: (file: string) => `  PDF: ${file} (så som arbetsboken skrivs ut, gjord med LibreOffice)`,
    en: (file: string) => `  PDF: ${file} (the workbook as it prints, made with LibreOffice)`,
  },
  templateNeedsDate: {
    sv: () => "--template kräver --date: datumet befolkningen ska gälla, som också väljer stadsdelsindelningen (t.ex. --date 2025-12-31).",
    en: () => "--template requires --date: the date the population will be of, which also chooses the district layout (e.g. --date 2025-12-31).",
  },
  templateAlone: {
    sv: (option: string) => `--template skriver bara mallen; ${option} hör till en arbetsbok och kan inte anges samtidigt.`,
    en: (option: string) => `--template writes the template only; ${option} belongs to a workbook and cannot be given with it.`,
  },
  templateMustBeCsv: {
    sv: (file: string) => `--template: ”${file}” ska sluta på .csv.`,
    en: (file: string) => `--template: "${file}" must end in .csv.`,
  },
  templateExists: {
    sv: (file: string) => `--template: ${file} finns redan och kan innehålla inskrivna siffror; den lämnas orörd. Välj ett annat namn.`,
    en: (file: string) => `--template: ${file} exists already and may hold typed figures; it is left untouched. Choose another name.`,
  },
  templateWritten: {
    sv: (file: string, municipalities: number, districts: number, from: string, date: string) =>
      `Skrev ${file}: ${municipalities} kommuner med SCB-kod, Stockholm, ${districts} stadsdelar (indelningen från ${from}) och restposten, datum ${date}. Fyll i invånare och läs in med --population ${file}.`,
    en: (file: string, municipalities: number, districts: number, from: string, date: string) =>
      `Wrote ${file}: ${municipalities} municipalities with SCB codes, Stockholm, ${districts} districts (the layout from ${from}) and the rest post, date ${date}. Fill in the populations and read it with --population ${file}.`,
  },
  planNotWritable: {
    sv: (why: string) => `Arbetsboken kan inte skrivas: ${why}.`,
    en: (why: string) => `The workbook cannot be written: ${why}.`,
  },
  outFailed: { sv: (path: string, why: string) => `--out: kunde inte skriva ${path} (${why}).`, en: (path: string, why: string) => `--out: could not write ${path} (${why}).` },
  previousFileKind: {
    sv: (file: string) => `--previous: ”${file}” ska vara en CSV-fil (.csv) eller en arbetsbok som tillägget har gjort (.xlsx).`,
    en: (file: string) => `--previous: "${file}" must be a CSV file (.csv) or a workbook the add-in made (.xlsx).`,
  },
  previousRead: {
    sv: (file: string, period: string, agreement: string, given: number, units: number) =>
      `  Tidigare belopp från ${period} (jämförs med ${agreement}): ${file}, ${given} av ${units} kommuner och stadsdelar`,
    en: (file: string, period: string, agreement: string, given: number, units: number) =>
      `  Previous amounts from ${period} (compared with ${agreement}): ${file}, ${given} of ${units} municipalities and districts`,
  },
  notAPeriod: {
    sv: (text: string) => `--previous-period: ”${text}” är ingen period: skriv ett år (2025) eller ”före 2020”.`,
    en: (text: string) => `--previous-period: "${text}" is not a period: write a year (2025) or "before 2020".`,
  },
  periodWithoutPrevious: {
    sv: () => "--previous-period hör till --previous: ange filen med de tidigare beloppen också.",
    en: () => "--previous-period belongs to --previous: give the file of previous amounts too.",
  },
  periodNotAdjacent: {
    sv: (where: string, period: string, choices: readonly string[]) =>
      `${where}: tidigare belopp från ${period} kan inte jämföras med något avtal i arbetsboken; en förändring räknas bara mot avtalet som följer direkt, så perioden ska vara ${choices.join(" eller ")}.`,
    en: (where: string, period: string, choices: readonly string[]) =>
      `${where}: previous amounts from ${period} cannot be compared with any agreement of the workbook; a change is computed only against the agreement that follows directly, so the period must be ${choices.join(" or ")}.`,
  },
  periodDiffers: {
    sv: (file: string, period: string, asked: string) => `${file}: beloppen är från ${period} enligt filens kolumn period, men --previous-period säger ${asked}.`,
    en: (file: string, period: string, asked: string) => `${file}: the amounts are from ${period} by the file's period column, but --previous-period says ${asked}.`,
  },
  previousMissing: {
    sv: (names: string) => `  Utan tidigare belopp (förändringen lämnas tom): ${names}`,
    en: (names: string) => `  Without a previous amount (the change is left blank): ${names}`,
  },
  agreementMustBeJson: {
    sv: (file: string) => `--agreement: ”${file}” ska vara en JSON-fil (.json).`,
    en: (file: string) => `--agreement: "${file}" must be a JSON file (.json).`,
  },
  notAYear: {
    sv: (text: string) => `--year: ”${text}” är inget årtal (till exempel 2027).`,
    en: (text: string) => `--year: "${text}" is not a year (for example 2027).`,
  },
  figureNotInAgreement: {
    sv: (flag: string, file: string) => `${flag}: avtalet i ${file} har ingen sådan siffra.`,
    en: (flag: string, file: string) => `${flag}: the agreement in ${file} has no such figure.`,
  },
  agreementsLine: {
    sv: (titles: string) => `  Avtal: ${titles}`,
    en: (titles: string) => `  Agreements: ${titles}`,
  },
  agreementFromFile: {
    sv: (title: string, file: string) => `${title} (ur ${file})`,
    en: (title: string, file: string) => `${title} (from ${file})`,
  },
  thresholdLine: {
    sv: (value: string, source: string) => `  Gränsbelopp: ${value} enligt ${source}`,
    en: (value: string, source: string) => `  Threshold: ${value} according to ${source}`,
  },
  thresholdYearLine: {
    sv: (year: number, value: string, source: string, period: string) => `  Gränsbelopp för budgetåret ${year}: ${value} enligt ${source} (${period})`,
    en: (year: number, value: string, source: string, period: string) => `  Threshold for the budget year ${year}: ${value} according to ${source} (${period})`,
  },
  thresholdGivenLine: {
    sv: (value: string, sourceValue: string, source: string) => `  Gränsbelopp: ${value}, angivet med --threshold (${sourceValue} enligt ${source})`,
    en: (value: string, sourceValue: string, source: string) => `  Threshold: ${value}, given with --threshold (${sourceValue} according to ${source})`,
  },
  splitLine: {
    sv: (title: string, municipal: string, region: string, year: string) => `  ${title}: kommunerna ${municipal}, regionen ${region} för ${year}`,
    en: (title: string, municipal: string, region: string, year: string) => `  ${title}: municipalities ${municipal}, Region ${region} for ${year}`,
  },
  perUserLine: {
    sv: (title: string, cost: string) => `  ${title}: ${cost} per användare och år`,
    en: (title: string, cost: string) => `  ${title}: ${cost} per user and year`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
