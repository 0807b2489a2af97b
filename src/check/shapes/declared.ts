import { DEFAULT_AGREEMENTS, type AgreementDeclaration, type AmountComponent, type PopulationShare } from "../../data";

/*
 * The table shapes an agreement declares (src/data/agreements): where its population-share tables
 * stand (the sheet's name and title, the Excel tables' names, in both languages). The checker takes the agreements of the check (the default ones, or the one given with
 * --agreement) so that every workbook the add-in writes is read as the shapes it was written in.
 */

const folded = (text: string) => text.normalize("NFC").toLocaleLowerCase("sv-SE").replace(/\s+/g, " ").trim();

/** The agreement whose population-share table a sheet, Excel table or title names, if any. */
export function declaredPopulationShare(texts: readonly unknown[], agreements: readonly AgreementDeclaration[] = DEFAULT_AGREEMENTS): AgreementDeclaration | undefined {
  const said = texts.filter((text): text is string => typeof text === "string" && text.trim() !== "").map(folded);
  return agreements.find((agreement) =>
    agreement.components
      .filter((component): component is PopulationShare => component.kind === "populationShare")
      .some((component) => {
        const names = [component.sheet.name.sv, component.sheet.name.en, component.sheet.title.sv, component.sheet.title.en, component.tables.municipalities, component.tables.districts].map(folded);
        return said.some((text) => names.includes(text));
      }),
  );
}

/**
 * A title that says a later period than the LOU model's (a year from 2026 on: "Avtal 2026–2030",
 * "Avtal 2031"): what a population-share table made by hand is headed with.
 */
export function titledLaterPeriod(texts: readonly unknown[]): boolean {
  return texts.some((text) => typeof text === "string" && [...text.matchAll(/(?:^|\D)(20\d\d)(?!\d)/g)].some((match) => Number(match[1]) >= 2026));
}

/**
 * The agreement whose Årskostnad table (one column per amount component, as it declares them) a header
 * row is, for an agreement declared only as data (--agreement): the checker knows the default
 * agreements' Årskostnad (its LOU, support and 2026 columns) but not yet a declared one's, so that
 * table is named as not checked instead of being read as a population-share table it is not.
 */
export function declaredAnnualCost(headerTexts: readonly unknown[], agreements: readonly AgreementDeclaration[]): AgreementDeclaration | undefined {
  const said = new Set(headerTexts.filter((text): text is string => typeof text === "string").map(folded));
  return agreements
    .filter((agreement) => !DEFAULT_AGREEMENTS.includes(agreement))
    .find((agreement) => {
      const columns = agreement.components.filter((component): component is AmountComponent => "column" in component);
      return columns.length > 0 && columns.every((component) => said.has(folded(component.column.sv)) || said.has(folded(component.column.en)));
    });
}
