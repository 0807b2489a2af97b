import type { Bilingual } from "../../i18n";

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
  unexpected: {
    sv: (detail: string) => `Ett oväntat fel stoppade kommandot; ingen fil skrevs eller ändrades (${detail}). Rapportera det gärna.`,
    en: (detail: string) => `An unexpected error stopped the command; no file was written or changed (${detail}). Please report it.`,
  },
  wroteLine: { sv: (path: string) => `Skrev ${path}`, en: (path: string) => `Wrote ${path}` },
  embeddedPopulation: { sv: () => "inbäddad, 31/12 2018 (Bilaga 3)", en: () => "embedded, 31/12 2018 (Bilaga 3)" },
  /** `districts` 0: none read (the line leaves them out). */
  populationLine: {
    sv: (source: string, municipalities: number, districts: number, population: string) =>
      `  Befolkning: ${source}: ${municipalities} kommuner${districts ? `, ${districts} stadsdelar` : ""}, ${population} invånare`,
    en: (source: string, municipalities: number, districts: number, population: string) =>
      `  Population: ${source}: ${municipalities} municipalities${districts ? `, ${districts} districts` : ""}, ${population} inhabitants`,
  },
  partialLine: {
    sv: () => "  OFULLSTÄNDIG: befolkningen omfattar inte hela länet (se Parametrar)",
    en: () => "  INCOMPLETE: the population does not cover the whole county (see Parameters)",
  },
  rateLine: {
    sv: (rate: string, threshold: string, years: number) => `  Pris per invånare och år: ${rate} (gränsbelopp ${threshold} på ${years} år)`,
    en: (rate: string, threshold: string, years: number) => `  Rate per inhabitant and year: ${rate} (threshold ${threshold} over ${years} years)`,
  },
  largestLine: {
    sv: (name: string, population: string, pays: string) => `  Största enhet: ${name} (${population} invånare) betalar ${pays} per år`,
    en: (name: string, population: string, pays: string) => `  Largest unit: ${name} (${population} inhabitants) pays ${pays} a year`,
  },
  totalLine: {
    sv: (perYear: string, forPeriod: string) => `  Summa: ${perYear} per år, ${forPeriod} för hela perioden`,
    en: (perYear: string, forPeriod: string) => `  Total: ${perYear} a year, ${forPeriod} for the whole period`,
  },
  roundingLine: {
    sv: (annex: boolean, sheets: string) => `  Avrundning: ${annex ? "som bilagan (exakta värden, visade avrundade)" : "hela kronor som summerar till totalen"}; flikar: ${sheets}`,
    en: (annex: boolean, sheets: string) => `  Rounding: ${annex ? "as the annex (exact values, displayed rounded)" : "whole kronor that add up to the total"}; sheets: ${sheets}`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The commands' help (--help), each a whole text. */
/** A help line's option column: the flag and the placeholder of its value ("--threshold KR"), padded to the descriptions. */
function optionColumn(flag: string, unit: string, percent: string): string {
  return `  ${flag} ${unit === "percent" ? percent : unit === "kronor" ? "KR" : "N"}`.padEnd(28);
}

export const USAGE_MESSAGES = {
  /** `npm run workbook`: `out` the file written by default, `figures` the declared figures' lines (figureOption). */
  workbook: {
    sv: (out: string, figures: readonly string[]) =>
      [
        "Användning: npm run workbook -- [alternativ]",
        "",
        "Skriver kostnadsfördelningen för Samverkan vid vårdövergångar som en Excel-fil (.xlsx) med",
        `levande formler. Utan alternativ: befolkningen 31/12 2018 ur Bilaga 3 och filen ${out}.`,
        "",
        `  --out FIL                 filen att skriva (standard ${out}); en befintlig fil ersätts helt`,
        "  --template FIL.csv        skriv i stället länets befolkningsmall att fylla i (kräver --date)",
        "  --population FIL.csv      befolkning: SCB:s export (Region;2018), stadens stadsdelar, eller namn;invånare[;typ;kod;datum];",
        "                            kan anges flera gånger (SCB:s kommuner och stadens stadsdelar blir ett län)",
        "  --date ÅÅÅÅ-MM-DD         befolkningens datum, om filen inte anger det (den inbyggda gäller 2018-12-31)",
        "  --agreement FIL.json      arbetsboken för avtalet i filen (i stället för avtalen 2020 och 2026–2030)",
        "  --year ÅÅÅÅ               budgetåret: gränsbeloppet är det som gäller den 1 januari det året",
        ...figures,
        "  --rounding annex|adds-up  annex: som bilagan (exakta värden); adds-up: hela kronor som summerar",
        "  --lang sv|en              språk i arbetsboken och meddelanden (standard sv)",
        "  --force                   använd värden utanför det rimliga intervallet",
        "  --allow-partial           fyll i en befolkning som inte omfattar hela länet",
        "  --pdf                     skriv också arbetsboken som PDF bredvid (kräver LibreOffice)",
        "  --scb-noise               befolkningen är SCB:s från 2025 eller senare (brusade tal: små skillnader mot totalen godtas)",
        "  --previous FIL            tidigare belopp per enhet för förändringskolumnerna: CSV med namn (eller kod) och belopp,",
        "                            eller en arbetsbok som tillägget har gjort (.xlsx; enheternas hela årsbelopp på Årskostnad)",
        "  --previous-period PERIOD  perioden de tidigare beloppen är från: ett år (2025) eller ”före 2020”; förändringen räknas",
        "                            mot avtalet som följer direkt (standard: året före det sista avtalet, eller filens kolumn period)",
        "  --help                    visa denna text",
        "",
        "Tal skrivs med mellanslag mellan siffergrupperna (615 312) och decimalkomma (19,5);",
        "”615,312” och ”0,19” som andel vägras eftersom de kan läsas på två sätt.",
      ].join("\n"),
    en: (out: string, figures: readonly string[]) =>
      [
        "Usage: npm run workbook -- [options]",
        "",
        "Writes the cost allocation of Samverkan vid vårdövergångar as an Excel file (.xlsx) with live",
        `formulas. Without options: the population of 31/12 2018 from Bilaga 3, written to ${out}.`,
        "",
        `  --out FILE                the file to write (default ${out}); an existing file is replaced whole`,
        "  --template FILE.csv       write the county's population template to fill in instead (needs --date)",
        "  --population FILE.csv     population: SCB's export (Region;2018), the city's districts, or name;population[;type;code;date];",
        "                            may be given more than once (SCB's municipalities and the city's districts make one county)",
        "  --date YYYY-MM-DD         the population's date, unless the file gives it (the embedded one is 2018-12-31)",
        "  --agreement FILE.json     the workbook for the agreement in the file (instead of the 2020 and 2026–2030 agreements)",
        "  --year YYYY               the budget year: the threshold is the one in force on 1 January that year",
        ...figures,
        "  --rounding annex|adds-up  annex: as the annex (exact values); adds-up: whole kronor that add up",
        "  --lang sv|en              language of the workbook and the messages (default sv)",
        "  --force                   use values outside the plausible range",
        "  --allow-partial           fill a population that does not cover the whole county",
        "  --pdf                     also write the workbook as a PDF beside it (needs LibreOffice)",
        "  --scb-noise               the population is SCB's of 2025 or later (noised figures: small differences from totals accepted)",
        "  --previous FILE           previous amounts per unit for the change columns: CSV with name (or code) and amount,",
        "                            or a workbook the add-in made (.xlsx; the units' whole yearly amounts on Annual cost)",
        "  --previous-period PERIOD  the period the previous amounts are from: a year (2025) or \"before 2020\"; the change is",
        "                            computed against the agreement that follows directly (default: the year before the last",
        "                            agreement, or the file's period column)",
        "  --help                    show this text",
        "",
        "Numbers are written with spaces between digit groups (615 312) and a decimal point or comma;",
        '"615,312", and "0,19" as a share, are refused since they can be read two ways.',
      ].join("\n"),
  },
  /** A declared figure's line: its flag, its unit (the declaration's), its label and its default as written. */
  figureOption: {
    sv: (flag: string, unit: string, label: string, fallback: string) => `${optionColumn(flag, unit, "PROCENT")}${label} (standard ${fallback})`,
    en: (flag: string, unit: string, label: string, fallback: string) => `${optionColumn(flag, unit, "PERCENT")}${label} (default ${fallback})`,
  },
  /** A figure the check may be given, from its declaration: without it, the check works it out from the tables where it can. */
  checkFigureOption: {
    sv: (flag: string, unit: string, label: string) => `${optionColumn(flag, unit, "PROCENT")}${label} (annars härlett ur tabellerna)`,
    en: (flag: string, unit: string, label: string) => `${optionColumn(flag, unit, "PERCENT")}${label} (otherwise worked out from the tables)`,
  },
  /** `npm run check`. */
  checkNoFile: { sv: () => "Ange en .xlsx- eller .csv-fil att granska.", en: () => "Give an .xlsx or .csv file to check." },
  check: {
    sv: (figures: readonly string[]) =>
      [
        "Användning: npm run check -- FIL.xlsx|FIL.csv [FIL ...] [alternativ]",
        "  Granskar Bilaga 3-tabeller (kommuner och/eller stadsdelar) cell för cell, siffror och formler.",
        "  --sheet NAMN              bara detta blad i en .xlsx",
        "  --agreement FIL.json      avtalet i filen (i stället för avtalen 2020 och 2026–2030): dess tabeller och siffror",
        ...figures,
        "  --force                   använd värden utanför det rimliga intervallet",
        "  --recalculate             räkna om filen med LibreOffice först; formler vars sparade värde skiljer sig blir fel",
        "  --json                    rapporten som JSON",
        "  --lang sv|en              språk (svenska som standard)",
        "Slutstatus: 0 inget utöver avrundning, 1 varningar eller fel (också i formlerna), 2 kan inte läsas.",
      ].join("\n"),
    en: (figures: readonly string[]) =>
      [
        "Usage: npm run check -- FILE.xlsx|FILE.csv [FILE ...] [options]",
        "  Checks Bilaga 3 tables (municipalities and/or districts) cell by cell, figures and formulas.",
        "  --sheet NAME              only this sheet of an .xlsx",
        "  --agreement FILE.json     the agreement in the file (instead of the 2020 and 2026–2030 agreements): its tables and figures",
        ...figures,
        "  --force                   use values outside the plausible range",
        "  --recalculate             recalculate the file with LibreOffice first; formulas whose saved value differs are errors",
        "  --json                    the report as JSON",
        "  --lang sv|en              language (Swedish by default)",
        "Exit status: 0 nothing beyond rounding, 1 warnings or errors (formulas included), 2 cannot be read.",
      ].join("\n"),
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
