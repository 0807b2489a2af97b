import type { PlanCell, PlanSheet, WorkbookPlan } from "../../src/workbook/plan";

/*
 * A hand-built plan for the Office.js writer's tests: a parameter sheet with defined names, a
 * municipality table with a totals row (and a note two rows under it), and a sheet whose name needs
 * quoting in formulas ("Avtal 2026–2030") referring to both. `rows` sets the number of
 * municipalities (synthetic names after the first three) to test size independence (290 rows).
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

export function fixturePlan(options: { rows?: number; longName?: boolean } = {}): WorkbookPlan {
  const list = units(options.rows ?? 3);
  const first = 4;
  const last = first + list.length - 1;
  const totalRow = last + 1;
  const total = list.reduce((s, u) => s + u.population, 0);
  const largest = Math.max(...list.map((u) => u.population));
  const threshold = 615312;
  const years = 8;
  const rate = threshold / largest / years;
  const kommuner = options.longName ? "Kommuner med ett mycket långt n" : "Kommuner";

  const label = (text: string): PlanCell => ({ value: text, style: "label" });
  const header = (text: string): PlanCell => ({ value: text, style: "header" });
  const rows: PlanCell[][] = list.map((u, i) => {
    const row = first + i;
    return [
      { value: u.name },
      { value: u.population, numberFormat: WHOLE, style: "input" },
      { value: u.population / total, formula: `=B${row}/$B$${totalRow}`, numberFormat: PERCENT, style: "derived" },
      { value: u.population * rate, formula: `=B${row}*KrPerInvanareAr`, numberFormat: KR, style: "derived" },
      { value: u.population * rate * years, formula: `=D${row}*Avtalsar`, numberFormat: KR, style: "derived" },
    ];
  });
  const sum = (col: string) => `=SUM(${col}${first}:${col}${last})`;
  const totals: PlanCell[] = [
    { value: "Summa", style: "total" },
    { value: total, formula: sum("B"), numberFormat: WHOLE, style: "total" },
    { value: 1, formula: sum("C"), numberFormat: PERCENT, style: "total" },
    { value: total * rate, formula: sum("D"), numberFormat: KR, style: "total" },
    { value: null, style: "total" },
  ];

  const parameters: PlanSheet = {
    key: "parameters",
    name: "Parametrar",
    columnWidths: [34, 16],
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
    tables: [],
    blocks: [
      {
        anchor: "A1",
        cells: [
          [{ value: "Avtal 2026–2030", style: "title" }, { value: null }],
          [label("Kommunernas del"), { value: 0.19, numberFormat: PERCENT, style: "input" }],
          [label("Största kommunen"), { value: largest, formula: `=Parametrar!B5+0*'${kommuner}'!B${first}`, numberFormat: WHOLE }],
          [label("Text med citat"), { value: "Kommuner!B4", formula: `="Kommuner!B4 "&Avtalsar` }],
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
    sheets: [parameters, municipalities, agreement],
  };
}
