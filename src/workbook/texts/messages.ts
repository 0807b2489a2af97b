import type { Bilingual } from "../../i18n";

/*
 * Why a plan cannot be written as Excel would take it (validatePlan.ts), in both languages: one set of
 * messages for both writers, so the pane (Office.js) and the command (.xlsx) say the same thing. A
 * refusal is a bug in the plan builder or in an agreement's declaration, so the texts name what a
 * developer needs to find it: the sheet, cell, table or name.
 */

export const PLAN_PROBLEMS = {
  noSheets: { sv: () => "planen har inga blad", en: () => "the plan has no sheets" } as Bilingual,
  badSheetName: {
    sv: (name: string) => `”${name}” kan inte vara ett bladnamn i Excel (1–31 tecken, inte []:*?/\\, inte apostrof först eller sist, inte History)`,
    en: (name: string) => `"${name}" cannot be an Excel sheet name (1–31 characters, none of []:*?/\\, no apostrophe first or last, not History)`,
  } as Bilingual<[string]>,
  sheetTwice: { sv: (name: string) => `två blad heter ”${name}”`, en: (name: string) => `two sheets are named "${name}"` } as Bilingual<[string]>,
  notACell: {
    sv: (sheet: string, text: string) => `blad ”${sheet}”: ”${text}” är ingen celladress`,
    en: (sheet: string, text: string) => `sheet "${sheet}": "${text}" is not a cell address`,
  } as Bilingual<[string, string]>,
  emptyBlock: {
    sv: (sheet: string, anchor: string) => `blad ”${sheet}”: blocket vid ${anchor} är tomt`,
    en: (sheet: string, anchor: string) => `sheet "${sheet}": the block at ${anchor} is empty`,
  } as Bilingual<[string, string]>,
  pastEdge: {
    sv: (sheet: string, anchor: string) => `blad ”${sheet}”: blocket vid ${anchor} går utanför bladets kant`,
    en: (sheet: string, anchor: string) => `sheet "${sheet}": the block at ${anchor} goes past the sheet's edge`,
  } as Bilingual<[string, string]>,
  raggedBlock: {
    sv: (sheet: string, anchor: string, row: number) => `blad ”${sheet}”: blocket vid ${anchor} har rader av olika längd (rad ${row})`,
    en: (sheet: string, anchor: string, row: number) => `sheet "${sheet}": the block at ${anchor} has rows of different lengths (row ${row})`,
  } as Bilingual<[string, string, number]>,
  cellTwice: {
    sv: (sheet: string, cell: string) => `blad ”${sheet}”: två block skriver cell ${cell}`,
    en: (sheet: string, cell: string) => `sheet "${sheet}": two blocks write cell ${cell}`,
  } as Bilingual<[string, string]>,
  notFinite: {
    sv: (sheet: string, cell: string) => `blad ”${sheet}”: cell ${cell} har inget ändligt tal`,
    en: (sheet: string, cell: string) => `sheet "${sheet}": cell ${cell} holds no finite number`,
  } as Bilingual<[string, string]>,
  formulaWithoutEquals: {
    sv: (sheet: string, cell: string) => `blad ”${sheet}”: formeln i cell ${cell} börjar inte med ”=”`,
    en: (sheet: string, cell: string) => `sheet "${sheet}": the formula in cell ${cell} does not start with "="`,
  } as Bilingual<[string, string]>,
  badColumnWidth: {
    sv: (sheet: string, width: number) => `blad ”${sheet}”: kolumnbredden ${width} ligger utanför Excels 0–255 tecken`,
    en: (sheet: string, width: number) => `sheet "${sheet}": the column width ${width} is outside Excel's 0–255 characters`,
  } as Bilingual<[string, number]>,
  badTableName: {
    sv: (name: string) => `”${name}” kan inte vara ett tabellnamn i Excel (en bokstav först, sedan bokstäver, siffror, _ eller punkt; inte en celladress)`,
    en: (name: string) => `"${name}" cannot be an Excel table name (a letter first, then letters, digits, _ or a full stop; not a cell address)`,
  } as Bilingual<[string]>,
  badDefinedName: {
    sv: (name: string) => `”${name}” kan inte vara ett namn i Excel (en bokstav först, sedan bokstäver, siffror, _ eller punkt; inte en celladress)`,
    en: (name: string) => `"${name}" cannot be an Excel defined name (a letter first, then letters, digits, _ or a full stop; not a cell address)`,
  } as Bilingual<[string]>,
  nameTwice: {
    sv: (name: string) => `namnet ”${name}” används två gånger (tabeller och namn delar namnrymd i Excel)`,
    en: (name: string) => `the name "${name}" is used twice (tables and defined names share one namespace in Excel)`,
  } as Bilingual<[string]>,
  notARange: {
    sv: (table: string, range: string) => `tabell ${table}: ”${range}” är inget område`,
    en: (table: string, range: string) => `table ${table}: "${range}" is not a range`,
  } as Bilingual<[string, string]>,
  tableTooShort: {
    sv: (table: string, range: string) => `tabell ${table} (${range}) behöver en rubrikrad och minst en datarad`,
    en: (table: string, range: string) => `table ${table} (${range}) needs a header row and at least one data row`,
  } as Bilingual<[string, string]>,
  tableWithTotalsTooShort: {
    sv: (table: string, range: string) => `tabell ${table} (${range}) behöver en rubrikrad, minst en datarad och sin summarad`,
    en: (table: string, range: string) => `table ${table} (${range}) needs a header row, at least one data row and its totals row`,
  } as Bilingual<[string, string]>,
  headerNotText: {
    sv: (table: string, cell: string, sheet: string) => `tabell ${table}: rubrikcellen ${cell} på blad ”${sheet}” måste innehålla text (Excels kolumnnamn är text)`,
    en: (table: string, cell: string, sheet: string) => `table ${table}: header cell ${cell} on sheet "${sheet}" must hold text (Excel's table column names are text)`,
  } as Bilingual<[string, string, string]>,
  headerLineBreak: {
    sv: (table: string, cell: string) => `tabell ${table}: rubrikcellen ${cell} har en radbrytning`,
    en: (table: string, cell: string) => `table ${table}: header cell ${cell} holds a line break`,
  } as Bilingual<[string, string]>,
  columnTwice: {
    sv: (table: string, header: string) => `tabell ${table}: två kolumner heter ”${header}”`,
    en: (table: string, header: string) => `table ${table}: two columns are named "${header}"`,
  } as Bilingual<[string, string]>,
  tablesOverlap: {
    sv: (first: string, second: string) => `tabellerna ${first} och ${second} överlappar`,
    en: (first: string, second: string) => `the tables ${first} and ${second} overlap`,
  } as Bilingual<[string, string]>,
  nameWithoutSheet: {
    sv: (name: string, sheetKey: string) => `namnet ${name} pekar på ett blad som planen inte har (${sheetKey})`,
    en: (name: string, sheetKey: string) => `the name ${name} refers to a sheet the plan does not have (${sheetKey})`,
  } as Bilingual<[string, string]>,
  nameNotACell: {
    sv: (name: string, cell: string) => `namnet ${name} pekar på ”${cell}”, som inte är en cell`,
    en: (name: string, cell: string) => `the name ${name} refers to "${cell}", which is not a cell`,
  } as Bilingual<[string, string]>,
  wrapNotARange: {
    sv: (sheet: string, range: string) => `blad ”${sheet}”: det radbrutna området ”${range}” är inget område`,
    en: (sheet: string, range: string) => `sheet "${sheet}": the wrapped range "${range}" is not a range`,
  } as Bilingual<[string, string]>,
  mergeTaller: {
    sv: (sheet: string, range: string) => `blad ”${sheet}”: det sammanfogade området ${range} är mer än en rad`,
    en: (sheet: string, range: string) => `sheet "${sheet}": the merged range ${range} is more than one row`,
  } as Bilingual<[string, string]>,
  mergeInTable: {
    sv: (sheet: string, range: string) => `blad ”${sheet}”: det sammanfogade området ${range} överlappar en tabell (Excel sammanfogar inga celler i en tabell)`,
    en: (sheet: string, range: string) => `sheet "${sheet}": the merged range ${range} overlaps a table (Excel merges no cells in a table)`,
  } as Bilingual<[string, string]>,
  mergesOverlap: {
    sv: (sheet: string, range: string) => `blad ”${sheet}”: det sammanfogade området ${range} överlappar ett annat`,
    en: (sheet: string, range: string) => `sheet "${sheet}": the merged range ${range} overlaps another`,
  } as Bilingual<[string, string]>,
  notARow: {
    sv: (sheet: string, row: number) => `blad ”${sheet}”: ${row} är ingen rad på bladet`,
    en: (sheet: string, row: number) => `sheet "${sheet}": ${row} is not a row of the sheet`,
  } as Bilingual<[string, number]>,
  rowTooTall: {
    sv: (sheet: string, row: number, height: number) => `blad ”${sheet}”: höjden ${height} punkter på rad ${row} ligger utanför Excels 0–409`,
    en: (sheet: string, row: number, height: number) => `sheet "${sheet}": row ${row}'s height of ${height} points is outside Excel's 0–409`,
  } as Bilingual<[string, number, number]>,
  badTitleRows: {
    sv: (sheet: string, rows: string) => `blad ”${sheet}”: utskriftsrubrikerna ”${rows}” är inga hela rader (”4:4”)`,
    en: (sheet: string, rows: string) => `sheet "${sheet}": the print title rows "${rows}" are not whole rows ("4:4")`,
  } as Bilingual<[string, string]>,
  badPrintArea: {
    sv: (sheet: string, area: string) => `blad ”${sheet}”: utskriftsområdet ”${area}” är inget område från A1 (”A1:I54”)`,
    en: (sheet: string, area: string) => `sheet "${sheet}": the print area "${area}" is not a range from A1 ("A1:I54")`,
  } as Bilingual<[string, string]>,
  headerTooLong: {
    sv: (sheet: string) => `blad ”${sheet}”: sidhuvudet är längre än Excels 255 tecken`,
    en: (sheet: string) => `sheet "${sheet}": the page header is longer than Excel's 255 characters`,
  } as Bilingual<[string]>,
  footerTooLong: {
    sv: (sheet: string) => `blad ”${sheet}”: sidfoten är längre än Excels 255 tecken`,
    en: (sheet: string) => `sheet "${sheet}": the page footer is longer than Excel's 255 characters`,
  } as Bilingual<[string]>,
} as const;

/** Why the options cannot make a plan (options/prepare.ts), as the refusal the pane and the command show. */
export const OPTION_PROBLEMS = {
  embeddedPopulationDate: {
    sv: (embedded: string, given: string) => `den inbyggda befolkningen gäller ${embedded}; ett annat datum (${given}) kan bara anges med en annan befolkning`,
    en: (embedded: string, given: string) => `the embedded population is as of ${embedded}; another date (${given}) can only be given with another population`,
  },
  /** `choices`: the periods a change can be computed against. */
  previousNotAdjacent: {
    sv: (given: string, choices: readonly string[]) =>
      `tidigare belopp från ${given} kan inte jämföras med något avtal i arbetsboken: en förändring räknas bara mot avtalet som följer direkt (${choices.join(" eller ")})`,
    en: (given: string, choices: readonly string[]) =>
      `previous amounts from ${given} cannot be compared with any agreement of the workbook: a change is computed only against the agreement that follows directly (${choices.join(" or ")})`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
