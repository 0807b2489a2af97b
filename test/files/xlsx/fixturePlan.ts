import { Decimal, louRatePerInhabitantForPeriod } from "../../../src/engine";
import type { PlanCell, WorkbookPlan } from "../../../src/workbook/plan";

/*
 * A small workbook plan built by hand (not by the plan builder), so the writer is tested on a plan
 * whose every cell is known: a parameter sheet with defined names, and a municipality table with
 * formulas referring to them, a totals row and a note. Cached values come from the engine.
 */

export const FIXTURE_UNITS = [
  { name: "Botkyrka", population: 93106 },
  { name: "Danderyd", population: 33187 },
  { name: "Ekerö", population: 28308 },
] as const;

const KR = '#,##0 "kr"';
const KR4 = '#,##0.0000 "kr"';
const PERCENT = "0.00%";
const WHOLE = "#,##0";

export function handBuiltPlan(options: { threshold?: number; years?: number } = {}): WorkbookPlan {
  const threshold = new Decimal(options.threshold ?? 615312);
  const years = new Decimal(options.years ?? 8);
  const largest = Decimal.max(...FIXTURE_UNITS.map((unit) => unit.population));
  const ratePerYear = louRatePerInhabitantForPeriod(threshold, largest).div(years);
  const total = FIXTURE_UNITS.reduce((sum, unit) => sum.plus(unit.population), new Decimal(0));
  const first = 4;
  const last = first + FIXTURE_UNITS.length - 1;
  const totalRow = last + 1;

  const label = (text: string): PlanCell => ({ value: text, style: "label" });
  const rows: PlanCell[][] = FIXTURE_UNITS.map((unit, index) => {
    const row = first + index;
    const perYear = ratePerYear.times(unit.population);
    return [
      { value: unit.name },
      { value: unit.population, numberFormat: WHOLE, style: "input" },
      { value: new Decimal(unit.population).div(total).toNumber(), formula: `=B${row}/$B$${totalRow}`, numberFormat: PERCENT, style: "derived" },
      { value: perYear.toNumber(), formula: `=B${row}*KrPerInvanareAr`, numberFormat: KR, style: "derived" },
      { value: perYear.times(years).toNumber(), formula: `=D${row}*Avtalsar`, numberFormat: KR, style: "derived" },
    ];
  });
  const sumOf = (column: string) => `=SUM(${column}${first}:${column}${last})`;
  const totals: PlanCell[] = [
    { value: "Summa", style: "total" },
    { value: total.toNumber(), formula: sumOf("B"), numberFormat: WHOLE, style: "total" },
    { value: 1, formula: sumOf("C"), numberFormat: PERCENT, style: "total" },
    { value: ratePerYear.times(total).toNumber(), formula: sumOf("D"), numberFormat: KR, style: "total" },
    { value: ratePerYear.times(total).times(years).toNumber(), formula: sumOf("E"), numberFormat: KR, style: "total" },
  ];

  return {
    locale: "sv",
    rounding: "annex",
    generatedAt: "2026-11-22T08:00:00.000Z",
    version: "0.1.0-test",
    names: [
      { name: "Gransbelopp", sheetKey: "parameters", cell: "$B$3" },
      { name: "Avtalsar", sheetKey: "parameters", cell: "$B$4" },
      { name: "KrPerInvanareAr", sheetKey: "parameters", cell: "$B$6" },
    ],
    sheets: [
      {
        key: "parameters",
        name: "Parametrar",
        columnWidths: [34, 16],
        tables: [],
        blocks: [
          { anchor: "A1", cells: [[{ value: "Parametrar", style: "title" }]] },
          {
            anchor: "A3",
            cells: [
              [label("Gränsbelopp LOU"), { value: threshold.toNumber(), numberFormat: KR, style: "input" }],
              [label("Avtalsår"), { value: years.toNumber(), numberFormat: WHOLE, style: "input" }],
              [label("Största enhetens invånare"), { value: largest.toNumber(), formula: `=MAX('Kommuner'!$B$${first}:$B$${last})`, numberFormat: WHOLE, style: "derived" }],
              [label("Kr per invånare och år"), { value: ratePerYear.toNumber(), formula: "=Gransbelopp/B5/Avtalsar", numberFormat: KR4, style: "derived" }],
            ],
          },
        ],
      },
      {
        key: "municipalities",
        name: "Kommuner",
        columnWidths: [22, 12, 12, 14, 16],
        freezeRows: 3,
        tables: [{ name: "Kommuner", range: `A3:E${totalRow}`, totalsRow: true }],
        blocks: [
          { anchor: "A1", cells: [[{ value: "Fördelning per kommun", style: "title" }]] },
          {
            anchor: "A3",
            cells: [["Kommun", "Invånare", "Fördelning", "Summa/år", "Summa totalt"].map((text): PlanCell => ({ value: text, style: "header" })), ...rows, totals],
          },
          { anchor: `A${totalRow + 2}`, cells: [[{ value: "Beloppen visas avrundade; totalraden är den exakta summan.", style: "note" }]] },
        ],
      },
    ],
  };
}
