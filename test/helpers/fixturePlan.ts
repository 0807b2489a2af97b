import { Decimal, louRatePerInhabitantForPeriod } from "../../src/engine";
import type { PlanCell, PlanPrint, PlanSheet, WorkbookPlan } from "../../src/workbook/plan";

/*
 * The one hand-built plan both writers are tested on (not made by the plan builder, so every cell is
 * known): a parameter sheet with defined names, a municipality table with a total row (and a note two
 * rows under it), and a sheet whose name needs quoting in formulas ("Avtal 2026–2030") referring to
 * both. Cached values are the engine's (decimal.js), so a spreadsheet that recalculates the .xlsx
 * agrees with them (test/libreoffice/handBuilt.test.ts). `rows` sets the number of municipalities
 * (synthetic names after the first three) to test size independence (290 rows); `threshold` and
 * `years` the parameters. Every sheet prints as a built plan's does: a page setup, wrapped texts
 * (merged titles, a wrapped column) and row heights. `summary` adds the summary sheet (Årskostnad),
 * which gets the chart in Excel (its cached values are placeholders: not for a recalculation).
 */

const KR = '#,##0 "kr"';
const PERCENT = "0.00%";
const WHOLE = "#,##0";

const REAL = [
  ["Botkyrka", 93106],
  ["Danderyd", 33187],
  ["Ekerö", 28308],
] as const;

export function units(rows: number): { name: string; population: number }[] {
  return Array.from({ length: rows }, (_, i) =>
    i < REAL.length ? { name: REAL[i][0], population: REAL[i][1] } : { name: `Kommun ${i + 1}`, population: 1000 + ((i * 7919) % 90000) },
  );
}

/** A page setup like the plan builder's: A4, one page wide, the sheet's title and the page number. */
function printOf(title: string, orientation: PlanPrint["orientation"], titleRows?: string): PlanPrint {
  return {
    paperSize: "A4",
    orientation,
    fitToWidth: 1,
    fitToHeight: titleRows ? 0 : 1,
    ...(titleRows ? { titleRows } : {}),
    header: { left: title, center: "", right: "Invånare per 31 december 2018" },
    footer: { left: "Källa: Bilaga 3 && avtalet", center: "", right: "Sida &P av &N" },
  };
}

export interface FixtureOptions {
  readonly rows?: number;
  readonly longName?: boolean;
  readonly summary?: boolean;
  readonly threshold?: number;
  readonly years?: number;
}

export function fixturePlan(options: FixtureOptions = {}): WorkbookPlan {
  const list = units(options.rows ?? 3);
  const first = 4;
  const last = first + list.length - 1;
  const totalRow = last + 1;
  const total = list.reduce((s, u) => s + u.population, 0);
  const largest = Math.max(...list.map((u) => u.population));
  const threshold = options.threshold ?? 615312;
  const years = options.years ?? 8;
  const ratePerYear = louRatePerInhabitantForPeriod(new Decimal(threshold), new Decimal(largest)).div(years);
  const rate = ratePerYear.toNumber();
  const perYear = (population: number | Decimal) => ratePerYear.times(population);
  const kommuner = options.longName ? "Kommuner med ett mycket långt n" : "Kommuner";

  const label = (text: string): PlanCell => ({ value: text, style: "label" });
  const header = (text: string): PlanCell => ({ value: text, style: "header" });
  const rows: PlanCell[][] = list.map((u, i) => {
    const row = first + i;
    return [
      { value: u.name },
      { value: u.population, numberFormat: WHOLE, style: "input" },
      { value: new Decimal(u.population).div(total).toNumber(), formula: `=B${row}/$B$${totalRow}`, numberFormat: PERCENT, style: "derived" },
      { value: perYear(u.population).toNumber(), formula: `=B${row}*KrPerInvanareAr`, numberFormat: KR, style: "derived" },
      { value: perYear(u.population).times(years).toNumber(), formula: `=D${row}*Avtalsar`, numberFormat: KR, style: "derived" },
    ];
  });
  const sum = (col: string) => `=SUM(${col}${first}:${col}${last})`;
  const totals: PlanCell[] = [
    { value: "Summa", style: "total" },
    { value: total, formula: sum("B"), numberFormat: WHOLE, style: "total" },
    { value: 1, formula: sum("C"), numberFormat: PERCENT, style: "total" },
    { value: perYear(total).toNumber(), formula: sum("D"), numberFormat: KR, style: "total" },
    { value: perYear(total).times(years).toNumber(), formula: sum("E"), numberFormat: KR, style: "total" },
  ];

  const parameters: PlanSheet = {
    key: "parameters",
    name: "Parametrar",
    columnWidths: [34, 16],
    wraps: [
      { range: "A1:B1", merge: true },
      { range: "A3:A7", merge: false },
    ],
    rowHeights: [
      { row: 1, height: 20 },
      { row: 5, height: 33 },
      { row: 6, height: 33 },
    ],
    print: printOf("Parametrar", "portrait"),
    tables: [],
    blocks: [
      { anchor: "A1", cells: [[{ value: "Parametrar", style: "title" }]] },
      {
        anchor: "A3",
        cells: [
          [label("Gränsbelopp LOU"), { value: threshold, numberFormat: KR, style: "input" }],
          [label("Avtalsår"), { value: years, numberFormat: WHOLE, style: "input" }],
          [label("Största enhetens invånare"), { value: largest, formula: `=MAX('${kommuner}'!$B$${first}:$B$${last})`, numberFormat: WHOLE, style: "derived" }],
          [label("Kr per invånare och år"), { value: rate, formula: "=Gransbelopp/B5/Avtalsar", numberFormat: '#,##0.0000 "kr"', style: "derived" }],
          [label("Befolkningens datum"), { value: "2018-12-31", style: "input" }],
        ],
      },
    ],
  };
  const municipalities: PlanSheet = {
    key: "municipalities",
    name: kommuner,
    columnWidths: [22, 12, 12, 14, 16],
    freezeRows: 3,
    wraps: [
      { range: "A1:E1", merge: true },
      { range: `A${totalRow + 2}:E${totalRow + 2}`, merge: true },
    ],
    rowHeights: [
      { row: 3, height: 33 },
      { row: totalRow + 2, height: 33 },
    ],
    print: printOf("Fördelning per kommun", "landscape", "3:3"),
    tables: [{ name: "Kommuner", range: `A3:E${totalRow}`, totalsRow: true }],
    blocks: [
      { anchor: "A1", cells: [[{ value: "Fördelning per kommun", style: "title" }]] },
      { anchor: "A3", cells: [["Kommun", "Invånare", "Fördelning", "Summa/år", "Summa totalt"].map(header), ...rows, totals] },
      { anchor: `A${totalRow + 2}`, cells: [[{ value: "Beloppen visas avrundade; totalraden är den exakta summan.", style: "note" }]] },
    ],
  };
  const agreement: PlanSheet = {
    key: "agreement2026",
    name: "Avtal 2026–2030",
    columnWidths: [30, 16],
    print: printOf("Avtal 2026–2030", "portrait"),
    tables: [],
    blocks: [
      {
        anchor: "A1",
        cells: [
          [{ value: "Avtal 2026–2030", style: "title" }, { value: null }],
          [label("Kommunernas del"), { value: 0.19, numberFormat: PERCENT, style: "input" }],
          [label("Största kommunen"), { value: largest, formula: `=Parametrar!B5+0*'${kommuner}'!B${first}`, numberFormat: WHOLE }],
          [label("Text med citat"), { value: `Kommuner!B4 ${years}`, formula: `="Kommuner!B4 "&Avtalsar` }],
          [label("Löpnummer"), { value: "001", style: "input" }],
        ],
      },
    ],
  };
  return {
    locale: "sv",
    rounding: "annex",
    generatedAt: "2026-11-22T08:00:00.000Z",
    version: "0.1.0-test",
    names: [
      { name: "Gransbelopp", sheetKey: "parameters", cell: "$B$3", comment: "LOU-gränsen" },
      { name: "Avtalsar", sheetKey: "parameters", cell: "$B$4" },
      { name: "KrPerInvanareAr", sheetKey: "parameters", cell: "$B$6" },
      { name: "KommunandelAvtal2026", sheetKey: "agreement2026", cell: "$B$2" },
    ],
    sheets: [parameters, municipalities, agreement, ...(options.summary ? [summarySheet(kommuner, list, first)] : [])],
  };
}

/** The summary sheet's twelve columns, as the plan builder lays them out (src/workbook/sheets/annualFigures.ts). */
const SUMMARY_HEADERS = [
  "Enhet",
  "Typ",
  "Invånare",
  "LOU-del 2020",
  "Supportdel 2020",
  "Totalt 2020",
  "Avtal 2026–2030",
  "Förändring kr",
  "Förändring %",
  "Tidigare belopp/år",
  "Förändring mot tidigare kr",
  "Förändring mot tidigare %",
];

/** Årskostnad: a title, the table of units (the LOU part as each unit's 2020 total here), a total row and a note. */
function summarySheet(kommuner: string, list: readonly { name: string; population: number }[], first: number): PlanSheet {
  const header = 4;
  const total = header + list.length + 1;
  const rows: PlanCell[][] = list.map((u, i) => {
    const row = header + 1 + i;
    const source = first + i;
    return [
      { value: u.name },
      { value: "Kommun" },
      { value: u.population, formula: `='${kommuner}'!B${source}`, numberFormat: WHOLE },
      { value: 0, formula: `='${kommuner}'!D${source}`, numberFormat: KR },
      { value: null, formula: `=IF(ISNUMBER(C${row}),"","")`, numberFormat: KR },
      { value: 0, formula: `=D${row}+N(E${row})`, numberFormat: KR },
      { value: 0, formula: `=C${row}*KommunandelAvtal2026`, numberFormat: KR },
      { value: 0, formula: `=G${row}-F${row}`, numberFormat: KR },
      { value: null, formula: `=IF(F${row}>0,G${row}/F${row}-1,"")`, numberFormat: PERCENT },
      { value: null, numberFormat: KR, style: "input" },
      { value: null, formula: `=IF(ISNUMBER(J${row}),G${row}-J${row},"")`, numberFormat: KR },
      { value: null, formula: `=IF(N(J${row})>0,G${row}/J${row}-1,"")`, numberFormat: PERCENT },
    ];
  });
  const sum = (column: string): PlanCell => ({ value: 0, formula: `=SUM(${column}${header + 1}:${column}${total - 1})`, numberFormat: KR, style: "total" });
  const totals: PlanCell[] = [{ value: "Summa", style: "total" }, ...Array.from({ length: 11 }, (_, c) => (c >= 2 && c <= 6 ? sum("ABCDEFG"[c + 1]) : { value: null, style: "total" as const }))];
  return {
    key: "annualCost",
    name: "Årskostnad",
    columnWidths: [20, 10, 12, 14, 14, 14, 14, 14, 12, 14, 14, 12],
    freezeRows: header,
    wraps: [
      { range: "A1:L1", merge: true },
      { range: `A${total + 2}:L${total + 2}`, merge: true },
    ],
    rowHeights: [{ row: header, height: 48 }],
    print: printOf("Årskostnad per kommun och stadsdel", "landscape", `${header}:${header}`),
    tables: [{ name: "Arskostnad", range: `A${header}:L${total}`, totalsRow: true }],
    blocks: [
      { anchor: "A1", cells: [[{ value: "Årskostnad per kommun och stadsdel", style: "title" }]] },
      { anchor: `A${header}`, cells: [SUMMARY_HEADERS.map((text): PlanCell => ({ value: text, style: "header" })), ...rows, totals] },
      { anchor: `A${total + 2}`, cells: [[{ value: "Supportdelen väntar på antalet användare.", style: "note" }]] },
    ],
  };
}
