/*
 * The plan's primitives, shared by every step of building one and by the writers: what a plan is
 * (types.ts), the names it gives (names.ts), a sheet's cells, number formats and builder (sheet.ts)
 * with its page layout (sheetLayout.ts), the look of a style (styles.ts), formulas written as text
 * (formulas.ts, textFormula.ts) and read back (references.ts). Entered through this index from
 * outside the folder.
 */
export type * from "./types";
export * from "./names";
export * from "./sheet";
export * from "./sheetLayout";
export * from "./styles";
export * from "./formulas";
export * from "./textFormula";
export * from "./references";
