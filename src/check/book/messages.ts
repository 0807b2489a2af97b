import { formatNumber, type Bilingual } from "../../i18n";
import { formatFigure } from "../format";

/** A figure judged against what is known of it (judge.ts): its value and unit, and the nearest known value. */
export interface Judged {
  readonly value: number;
  readonly unit: "kr" | "years";
  readonly range: { readonly min: number; readonly max: number };
  /** The nearest known value, and how many powers of ten away (-3: a thousandth of it; 0: plainly the nearest). */
  readonly nearest?: { readonly value: number; readonly powers: number };
}

type Locale = "sv" | "en";
/** The words around a judged figure: its years, the hint toward the nearest known value, and what each figure is called in a sentence. */
export const JUDGED_WORDS = {
  years: { sv: (value: number) => `${value} år`, en: (value: number) => `${value} years` },
  /** "1/1 000 av 615 312 kr?", "1 000 gånger 615 312 kr?", "Närmast kända: 615 312 kr." */
  fraction: { sv: (factor: string, known: string) => ` 1/${factor} av ${known}?`, en: (factor: string, known: string) => ` 1/${factor} of ${known}?` },
  times: { sv: (factor: string, known: string) => ` ${factor} gånger ${known}?`, en: (factor: string, known: string) => ` ${factor} times ${known}?` },
  nearest: { sv: (known: string) => ` Närmast kända: ${known}.`, en: (known: string) => ` The nearest known: ${known}.` },
  threshold: { sv: () => "Gränsbeloppet", en: () => "The threshold" },
  contractYears: { sv: () => "Avtalsperioden", en: () => "The contract period" },
  costPerUser: { sv: () => "Supportkostnaden per användare", en: () => "The support cost per user" },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const amount = (value: number, unit: Judged["unit"], locale: Locale) => (unit === "kr" ? formatFigure(value, "kr", locale) : JUDGED_WORDS.years[locale](value));
function hint({ unit, nearest }: Judged, locale: Locale): string {
  if (!nearest) return "";
  const known = amount(nearest.value, unit, locale);
  const factor = formatNumber(10 ** Math.abs(nearest.powers), locale);
  if (nearest.powers < 0) return JUDGED_WORDS.fraction[locale](factor, known);
  if (nearest.powers > 0) return JUDGED_WORDS.times[locale](factor, known);
  return JUDGED_WORDS.nearest[locale](known);
}
const range = ({ range: { min, max }, unit }: Judged, locale: Locale) => `${amount(min, unit, locale)}–${amount(max, unit, locale)}`;
/** What each judged figure is called in a sentence, by its key. */
const FIGURE_NAMES: Readonly<Record<string, Bilingual>> = { threshold: JUDGED_WORDS.threshold, years: JUDGED_WORDS.contractYears, costPerUser: JUDGED_WORDS.costPerUser };

/*
 * The messages about the workbook as a whole (issue 18): what saved it and whether its saved values
 * were trusted, how it was read, hidden sheets, rows and columns, links to other workbooks, 3D
 * references, error values, circular references and values that recalculating changes. Swedish and
 * English side by side, as every catalogue (src/check/messages/ holds the tables' own).
 */

const list = (items: readonly string[], more: number) => `${items.join(", ")}${more > 0 ? ` …` : ""}`;
/** One sheet or several, named: "bladet Kommuner", "sheets Municipalities, Districts". */
export const SHEETS_NAMED = {
  sv: (sheets: readonly string[]) => (sheets.length === 1 ? `bladet ${sheets[0]}` : `bladen ${sheets.join(", ")}`),
  en: (sheets: readonly string[]) => (sheets.length === 1 ? `sheet ${sheets[0]}` : `sheets ${sheets.join(", ")}`),
} as const satisfies Bilingual<[readonly string[]]>;

export const BOOK_MESSAGES = {
  /** An empty cell's saved or recalculated value, in a finding (stale.ts). */
  noValue: { sv: () => "(inget)", en: () => "(none)" },
  // Reading the file (src/files/xlsxGrids.ts); each names the file first.
  notAWorkbook: {
    sv: (file: string) => `${file}: filen är ett zip-arkiv men ingen Excel-arbetsbok (den har ingen arbetsboksdel); är den ett annat Office-dokument?`,
    en: (file: string) => `${file}: the file is a zip archive but no Excel workbook (it has no workbook part); is it another Office document?`,
  },
  unreadableWorkbook: {
    sv: (file: string) => `${file}: filen är en arbetsbok som granskarens läsare inte klarar, och LibreOffice kunde inte heller läsa den; öppna den i Excel och spara den igen som .xlsx.`,
    en: (file: string) => `${file}: the file is a workbook the checker's reader cannot read, and LibreOffice could not read it either; open it in Excel and save it again as .xlsx.`,
  },
  unreadableWorkbookNoLibreOffice: {
    sv: (file: string) =>
      `${file}: filen är en arbetsbok som granskarens läsare inte klarar (den är inte nödvändigtvis skadad). Installera LibreOffice så läses den genom det, eller öppna den i Excel och spara den igen som .xlsx.`,
    en: (file: string) =>
      `${file}: the file is a workbook the checker's reader cannot read (it is not necessarily damaged). Install LibreOffice and it is read through it, or open it in Excel and save it again as .xlsx.`,
  },
  recalculateNeedsLibreOffice: {
    sv: (file: string) => `${file}: --recalculate räknar om filen med LibreOffice, som inte finns på den här datorn (installera libreoffice-calc, eller ange SOFFICE).`,
    en: (file: string) => `${file}: --recalculate recalculates the file with LibreOffice, which is not on this computer (install libreoffice-calc, or set SOFFICE).`,
  },
  cannotRecalculate: {
    sv: (file: string) => `${file}: LibreOffice kunde inte räkna om filen; granska den utan --recalculate eller öppna och spara den i Excel först.`,
    en: (file: string) => `${file}: LibreOffice could not recalculate the file; check it without --recalculate, or open and save it in Excel first.`,
  },

  // What saved the file, and how it was read (book/facts.ts).
  /** `producer`: what docProps/app.xml says ("Microsoft Excel 3.1"), or undefined when it says nothing. */
  savedValuesTrusted: {
    sv: (file: string, producer: string | undefined, asksRecalculation: boolean) =>
      `${file} sparades ${producer ? `av "${producer}"` : "av ett program som inte säger vilket"}, inte av Excel eller LibreOffice${asksRecalculation ? ", och ber om att räknas om när den öppnas" : ""}: formlernas sparade värden kan vara gamla men har litats på. Granska med --recalculate för att räkna om filen med LibreOffice först.`,
    en: (file: string, producer: string | undefined, asksRecalculation: boolean) =>
      `${file} was saved ${producer ? `by "${producer}"` : "by a program that does not say which"}, not by Excel or LibreOffice${asksRecalculation ? ", and asks to be recalculated when opened" : ""}: its formulas' saved values may be old but were trusted. Check with --recalculate to recalculate the file with LibreOffice first.`,
  },
  recalculated: {
    sv: (file: string, program: string, stale: number, filled: number) =>
      `${file} räknades om med ${program} före granskningen; ${stale === 0 ? "inga sparade värden ändrades" : `${stale === 1 ? "en formel hade ett annat sparat värde" : `${stale} formler hade andra sparade värden`} (se Fel)`}${filled > 0 ? `, och ${filled === 1 ? "en formel utan sparat värde fick sitt" : `${filled} formler utan sparat värde fick sina`}` : ""}.`,
    en: (file: string, program: string, stale: number, filled: number) =>
      `${file} was recalculated with ${program} before the check; ${stale === 0 ? "no saved value changed" : `${stale === 1 ? "one formula had another saved value" : `${stale} formulas had other saved values`} (see Errors)`}${filled > 0 ? `, and ${filled === 1 ? "one formula without a saved value got its own" : `${filled} formulas without a saved value got theirs`}` : ""}.`,
  },
  readThrough: {
    sv: (file: string, program: string) => `${file} lästes som ${program} sparar den: granskarens egen läsare klarar inte filen, som ändå är en giltig arbetsbok. Värdena är filens sparade.`,
    en: (file: string, program: string) => `${file} was read as ${program} saves it: the checker's own reader cannot read the file, which is a valid workbook all the same. The values are the file's saved ones.`,
  },
  manualCalculation: {
    sv: () => "Excel räknar bara om när du ber om det (beräkning: manuell): värdena kan vara gamla. Tryck F9 och granska igen.",
    en: () => "Excel recalculates only when asked (calculation: manual): the values may be old. Press F9 and check again.",
  },
  staleValue: {
    sv: (where: string, formula: string, saved: string, value: string, program: string) =>
      `${where}: formeln ${formula} har det sparade värdet ${saved}, men ger ${value} när filen räknas om (${program}); det är ${value} Excel visar när filen öppnas, och den som granskats.`,
    en: (where: string, formula: string, saved: string, value: string, program: string) =>
      `${where}: the formula ${formula} has the saved value ${saved}, but gives ${value} when the file is recalculated (${program}); ${value} is what Excel shows when the file is opened, and what was checked.`,
  },

  // Hidden sheets, rows and columns (book/hidden.ts).
  hiddenSheet: {
    sv: (sheet: string, holdsTable: boolean) => `Bladet ${sheet} är dolt; det har lästs och ${holdsTable ? "tabellen på det granskats" : "sökts igenom"} som de andra.`,
    en: (sheet: string, holdsTable: boolean) => `Sheet ${sheet} is hidden; it was read and ${holdsTable ? "its table checked" : "searched"} as the others were.`,
  },
  veryHiddenSheet: {
    sv: (sheet: string, holdsTable: boolean) =>
      `Bladet ${sheet} är mycket dolt (veryHidden: det syns inte ens under Visa blad, bara kod kan visa det); det har lästs och ${holdsTable ? "tabellen på det granskats" : "sökts igenom"}.`,
    en: (sheet: string, holdsTable: boolean) =>
      `Sheet ${sheet} is very hidden (veryHidden: it does not even show under Unhide, only code can show it); it was read and ${holdsTable ? "its table checked" : "searched"}.`,
  },
  hiddenRows: {
    sv: (rows: readonly string[], more: number) => `Dolda rader i tabellen: ${list(rows, more)}; de räknas i tabellen och har granskats, men syns inte för den som läser den.`,
    en: (rows: readonly string[], more: number) => `Hidden rows in the table: ${list(rows, more)}; they count in the table and were checked, but do not show to whoever reads it.`,
  },
  hiddenColumns: {
    sv: (columns: readonly string[]) => `Dolda kolumner i tabellen: ${columns.join(", ")}; de har granskats men syns inte för den som läser tabellen.`,
    en: (columns: readonly string[]) => `Hidden columns in the table: ${columns.join(", ")}; they were checked but do not show to whoever reads the table.`,
  },

  // Formulas (formula/smells.ts).
  externalReference: {
    sv: (where: string, formula: string, books: readonly string[]) =>
      `${where}: formeln ${formula} hänvisar till en annan arbetsbok (${books.join(", ")}); den följs inte, och dess värde är det som sparades senast.`,
    en: (where: string, formula: string, books: readonly string[]) =>
      `${where}: the formula ${formula} refers to another workbook (${books.join(", ")}); it is not followed, and its value is the one last saved.`,
  },
  externalName: {
    sv: (name: string, formula: string, books: readonly string[]) => `Namnet ${name} (${formula}) hänvisar till en annan arbetsbok (${books.join(", ")}); formler som använder det följs inte dit.`,
    en: (name: string, formula: string, books: readonly string[]) => `The name ${name} (${formula}) refers to another workbook (${books.join(", ")}); formulas that use it are not followed there.`,
  },
  threeDReference: {
    sv: (where: string, formula: string, reference: string, sheets: readonly string[], empty: readonly string[]) =>
      `${where}: formeln ${formula} har en 3D-referens, ${reference}, över ${SHEETS_NAMED.sv(sheets)}: ett blad som läggs till eller flyttas mellan dem räknas med utan att synas i formeln.${empty.length > 0 ? ` Tomma celler i den: ${empty.join(", ")}.` : ""}`,
    en: (where: string, formula: string, reference: string, sheets: readonly string[], empty: readonly string[]) =>
      `${where}: the formula ${formula} has a 3D reference, ${reference}, over ${SHEETS_NAMED.en(sheets)}: a sheet added or moved between them counts without showing in the formula.${empty.length > 0 ? ` Empty cells in it: ${empty.join(", ")}.` : ""}`,
  },
  errorValue: {
    sv: (where: string, error: string) => `${where}: cellen visar felvärdet ${error}; den granskas inte.`,
    en: (where: string, error: string) => `${where}: the cell shows the error value ${error}; it is not checked.`,
  },
  errorFeeds: {
    sv: (where: string, error: string, feeds: string) => `${where}: cellen visar felvärdet ${error} och ingår i ${feeds}.`,
    en: (where: string, error: string, feeds: string) => `${where}: the cell shows the error value ${error} and feeds ${feeds}.`,
  },
  errorInFormula: {
    sv: (where: string, formula: string, error: string) => `${where}: formeln ${formula} innehåller ${error}${error === "#REF!" ? ", en hänvisning till celler som tagits bort" : ""}.`,
    en: (where: string, formula: string, error: string) => `${where}: the formula ${formula} holds ${error}${error === "#REF!" ? ", a reference to cells that were deleted" : ""}.`,
  },
  // Figures inferred from the table, judged (judge.ts).
  /** `key`: the parameter (threshold, years, costPerUser). */
  implausibleParameter: {
    sv: (key: string, judged: Judged) =>
      `${FIGURE_NAMES[key]?.sv() ?? key} ${amount(judged.value, judged.unit, "sv")}, härlett ur tabellen, är ${key === "threshold" ? "inget känt gränsbelopp och " : ""}utanför det rimliga (${range(judged, "sv")}):${hint(judged, "sv")} Stämmer tabellen med sig själv runt ett orimligt värde är den ändå fel; ange det rätta värdet om det är ett annat.`,
    en: (key: string, judged: Judged) =>
      `${FIGURE_NAMES[key]?.en() ?? key} ${amount(judged.value, judged.unit, "en")}, inferred from the table, is ${key === "threshold" ? "no known threshold and " : ""}outside the plausible range (${range(judged, "en")}):${hint(judged, "en")} A table that agrees with itself around an implausible value is wrong all the same; give the right value if it is another.`,
  },
  /** `budgets`: the budget the part means with each declared share of the municipalities. */
  implausiblePart: {
    sv: (judged: Judged, budgets: readonly { share: number; budget: number }[]) =>
      `Kommunernas del ${amount(judged.value, "kr", "sv")} per år, härledd ur tabellen, betyder budgeten ${budgets.map(({ share, budget }) => `${formatFigure(budget, "kr", "sv")} med andelen ${formatNumber(share * 100, "sv")} %`).join(" eller ")}, utanför det rimliga (${range(judged, "sv")}):${hint(judged, "sv")}`,
    en: (judged: Judged, budgets: readonly { share: number; budget: number }[]) =>
      `The municipalities' part, ${amount(judged.value, "kr", "en")} a year, inferred from the table, means a budget of ${budgets.map(({ share, budget }) => `${formatFigure(budget, "kr", "en")} with a share of ${formatNumber(share * 100, "en")}%`).join(" or ")}, outside the plausible range (${range(judged, "en")}):${hint(judged, "en")}`,
  },

  circularReference: {
    sv: (cycle: readonly string[]) => `Cirkelreferens: ${[...cycle, cycle[0]].join(" → ")}; Excel kan inte räkna ut cellerna, och deras värden är de som råkade sparas.`,
    en: (cycle: readonly string[]) => `Circular reference: ${[...cycle, cycle[0]].join(" → ")}; Excel cannot compute the cells, and their values are whatever happened to be saved.`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
