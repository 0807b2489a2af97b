import type { Decimal } from "../../engine";
import type { Bilingual } from "../../i18n";
import type { LocalizedText, Unit } from "../types";
import { svFigure, enFigure, svDifference, enDifference } from "./words";

/* The checker's findings: figures and totals (compare.ts), formulas (formula/*.ts) and what a formula finding expected. */

export const FINDING_MESSAGES = {
  // Findings (compare.ts). `where` is "row, column" as the table writes them.
  rounded: {
    sv: (where: string, stated: Decimal, exact: Decimal, rounded: Decimal, difference: Decimal, unit: Unit) =>
      `${where}: ${svFigure(stated, unit)}, exakt ${svFigure(exact, unit)} (avrundat ${svFigure(rounded, unit)}); skillnaden ${svDifference(difference, unit)} ryms i avrundningen.`,
    en: (where: string, stated: Decimal, exact: Decimal, rounded: Decimal, difference: Decimal, unit: Unit) =>
      `${where}: ${enFigure(stated, unit)}, exactly ${enFigure(exact, unit)} (rounded ${enFigure(rounded, unit)}); the difference ${enDifference(difference, unit)} is within rounding.`,
  },
  notExact: {
    sv: (where: string, stated: Decimal, exact: Decimal, difference: Decimal, unit: Unit) =>
      `${where}: tabellen säger ${svFigure(stated, unit)}, men det ska vara ${svFigure(exact, unit)} (skillnad ${svDifference(difference, unit)}).`,
    en: (where: string, stated: Decimal, exact: Decimal, difference: Decimal, unit: Unit) =>
      `${where}: the table says ${enFigure(stated, unit)}, but it should be ${enFigure(exact, unit)} (difference ${enDifference(difference, unit)}).`,
  },
  /** A total cell: the stated figure, then what is wrong with it (the parts below, in the same language). */
  total: {
    sv: (where: string, stated: Decimal, unit: Unit, parts: readonly LocalizedText[]) => `${where}: ${svFigure(stated, unit)} ${parts.map((part) => part.sv).join("; ")}.`,
    en: (where: string, stated: Decimal, unit: Unit, parts: readonly LocalizedText[]) => `${where}: ${enFigure(stated, unit)} ${parts.map((part) => part.en).join("; ")}.`,
  },
  notSumOfRows: {
    sv: (rowsSum: Decimal, unit: Unit) => `är inte summan av raderna (${svFigure(rowsSum, unit)})`,
    en: (rowsSum: Decimal, unit: Unit) => `is not the sum of the rows (${enFigure(rowsSum, unit)})`,
  },
  sharesNotHundred: {
    sv: (rowsSum: Decimal, unit: Unit) => `andelarna summerar till ${svFigure(rowsSum, unit)}, inte 100 %`,
    en: (rowsSum: Decimal, unit: Unit) => `the shares add up to ${enFigure(rowsSum, unit)}, not 100%`,
  },
  notExactTotal: {
    sv: (exact: Decimal, difference: Decimal, unit: Unit) => `är inte den exakta totalen ${svFigure(exact, unit)} (skillnad ${svDifference(difference, unit)})`,
    en: (exact: Decimal, difference: Decimal, unit: Unit) => `is not the exact total ${enFigure(exact, unit)} (difference ${enDifference(difference, unit)})`,
  },
  exactTotal: { sv: (exact: Decimal, unit: Unit) => `exakt total ${svFigure(exact, unit)}`, en: (exact: Decimal, unit: Unit) => `exact total ${enFigure(exact, unit)}` },
  exactTotalWithinRounding: {
    sv: (exact: Decimal, difference: Decimal, unit: Unit) => `exakt total ${svFigure(exact, unit)}; skillnaden ${svDifference(difference, unit)} ryms i avrundningen`,
    en: (exact: Decimal, difference: Decimal, unit: Unit) => `exact total ${enFigure(exact, unit)}; the difference ${enDifference(difference, unit)} is within rounding`,
  },
  restHasFigure: {
    sv: (where: string, stated: Decimal, unit: Unit) => `${where}: restposten fördelas på stadsdelarna och ska inte ha något eget värde (tabellen säger ${svFigure(stated, unit)}).`,
    en: (where: string, stated: Decimal, unit: Unit) => `${where}: the rest post is spread over the districts and has no figure of its own (the table says ${enFigure(stated, unit)}).`,
  },
  cityRowDiffers: {
    sv: (row: Decimal, total: Decimal, unit: Unit, totalAddress: string) =>
      `Stockholms rad (${svFigure(row, unit)}) skiljer sig från stadsdelstabellens totalrad (${svFigure(total, unit)}, ${totalAddress}).`,
    en: (row: Decimal, total: Decimal, unit: Unit, totalAddress: string) =>
      `Stockholm's row (${enFigure(row, unit)}) differs from the district table's total row (${enFigure(total, unit)}, ${totalAddress}).`,
  },

  // Formula findings (formula/*.ts). `where` is "row, column" in a table, the cell elsewhere; `formula` as written.
  /** `through`: none, or how the total reaches its SUM (totalRangeThrough). */
  totalRange: {
    sv: (where: string, formula: string, through: readonly LocalizedText[], parts: readonly LocalizedText[]) =>
      `${where}: ${[formula, ...through.map((part) => part.sv)].join(" ")} ${parts.map((part) => part.sv).join(" och ")}.`,
    en: (where: string, formula: string, through: readonly LocalizedText[], parts: readonly LocalizedText[]) =>
      `${where}: ${[formula, ...through.map((part) => part.en)].join(" ")} ${parts.map((part) => part.en).join(" and ")}.`,
  },
  /** `through`: the name or cell the total reaches its SUM through ("InvanareLan"). */
  totalRangeThrough: { sv: (through: string, sumFormula: string) => `(via ${through}: ${sumFormula})`, en: (through: string, sumFormula: string) => `(through ${through}: ${sumFormula})` },
  omitsRows: {
    sv: (rows: readonly string[]) => `lämnar ute ${rows.length === 1 ? "raden" : "raderna"} ${rows.join(", ")}`,
    en: (rows: readonly string[]) => `leaves out ${rows.length === 1 ? "the row" : "the rows"} ${rows.join(", ")}`,
  },
  includesTotal: { sv: (address: string) => `tar med totalraden själv (${address})`, en: (address: string) => `takes in the total row itself (${address})` },
  includesOtherTable: { sv: (range: string) => `tar med celler ur en annan tabell (${range})`, en: (range: string) => `takes in cells of another table (${range})` },
  constant: {
    sv: (where: string, value: Decimal | number, unit: Unit) => `${where}: ett inskrivet tal (${svFigure(value, unit)}) där kolumnens andra rader har formler; det följer inte med när indata ändras.`,
    en: (where: string, value: Decimal | number, unit: Unit) => `${where}: a typed number (${enFigure(value, unit)}) where the column's other rows have formulas; it does not follow when the inputs change.`,
  },
  inconsistentFormula: {
    sv: (where: string, formula: string, usual: string) => `${where}: ${formula} är inte som kolumnens andra formler (här skulle de ge ${usual}).`,
    en: (where: string, formula: string, usual: string) => `${where}: ${formula} is unlike the column's other formulas (here they would give ${usual}).`,
  },
  /** `literal` as the formula writes it; `what` the parameter it is. */
  literalParameter: {
    sv: (where: string, formula: string, literal: string, what: LocalizedText) => `${where}: ${formula} skriver in ${literal} (${what.sv}) i formeln i stället för att hänvisa till en cell som håller värdet.`,
    en: (where: string, formula: string, literal: string, what: LocalizedText) => `${where}: ${formula} writes ${literal} (${what.en}) into the formula instead of referring to a cell that holds it.`,
  },
  /** `by` is the cell whose formula sums the text. */
  textNumberSummed: {
    sv: (where: string, text: string, by: string) => `${where}: "${text}" är ett tal lagrat som text; SUMMA i ${by} hoppar över det utan att säga något.`,
    en: (where: string, text: string, by: string) => `${where}: "${text}" is a number stored as text; the SUM in ${by} skips it without a word.`,
  },
  /** `by` is the cell whose formula divides or multiplies by the text. */
  textNumberDivided: {
    sv: (where: string, text: string, by: string) => `${where}: "${text}" är ett tal lagrat som text; formeln i ${by} räknar med det bara så länge Excel kan tolka texten (annars #VÄRDEFEL!), och en SUMMA skulle hoppa över det.`,
    en: (where: string, text: string, by: string) => `${where}: "${text}" is a number stored as text; the formula in ${by} uses it only as long as Excel can read the text (otherwise #VALUE!), and a SUM would skip it.`,
  },
  emptyReference: {
    sv: (where: string, formula: string, reference: string) => `${where}: ${formula} hänvisar till ${reference}, som är tom.`,
    en: (where: string, formula: string, reference: string) => `${where}: ${formula} refers to ${reference}, which is empty.`,
  },
  // What a formula finding expected (the Exact column of the report).
  expectedFormula: { sv: (formula: string) => formula, en: (formula: string) => formula },
  expectedReferenceTo: {
    sv: (cell: string, name: string | undefined) => `en hänvisning till ${cell}${name ? ` (namnet ${name})` : ""}`,
    en: (cell: string, name: string | undefined) => `a reference to ${cell}${name ? ` (the name ${name})` : ""}`,
  },
  expectedReferenceToValue: { sv: (literal: string) => `en hänvisning till en cell som håller ${literal}`, en: (literal: string) => `a reference to a cell that holds ${literal}` },
  expectedNumber: { sv: (text: string) => `talet ${text}, inte text`, en: (text: string) => `the number ${text}, not text` },
  expectedValueIn: { sv: (reference: string) => `ett värde i ${reference}`, en: (reference: string) => `a value in ${reference}` },
  valuesOnly: {
    sv: () => "Tabellen har bara värden, inga formler: siffrorna är granskade, inte hur de räknas fram.",
    en: () => "The table holds values only, no formulas: the figures are checked, not how they are computed.",
  },
  formulasChecked: {
    sv: (count: number) => `${count === 1 ? "En formel" : `${count} formler`} granskade: summaområden, inskrivna tal, formler som bryter mönstret, inskrivna parametrar, tal lagrade som text och tomma hänvisningar.`,
    en: (count: number) => `${count === 1 ? "One formula" : `${count} formulas`} checked: total ranges, typed numbers, formulas that break the pattern, parameters written into formulas, numbers stored as text and empty references.`,
  },
} as const satisfies Record<string, Bilingual<any[]>>; // eslint-disable-line @typescript-eslint/no-explicit-any
