/*
 * The second step of building a plan: each sheet from the Context, one builder a sheet. Parametrar
 * (parameters.ts, which also defines the workbook's names), Kommuner and Stadsdelar (lou.ts), each
 * part per user (support.ts), each part by population (agreement2026.ts), Källor och metod
 * (sources.ts, its method sentences in sourcesMethod.ts), Årskostnad (annualCost.ts, its figures in
 * annualFigures.ts and its paragraph in paragraph.ts); what they share: the page's header and footer
 * (page.ts) and the notes under a table (notes.ts). Entered through this index from outside the folder.
 */
export { parametersSheet } from "./parameters";
export { districtsSheet, municipalitiesSheet } from "./lou";
export { perUserSheet } from "./support";
export { populationShareSheet } from "./agreement2026";
export { sourcesSheet } from "./sources";
export { annualCostSheet } from "./annualCost";
export { ANNUAL_COLUMNS, COL } from "./annualFigures";
export type { AnnualColumn } from "./annualFigures";
export { BLOCK_ROWS, annualCostParagraph } from "./paragraph";
