import { roundHalfAwayFromZero, type Decimal } from "../../engine";
import { formatKronor, formatPercent } from "../../i18n";
import type { Context } from "../options";

/*
 * The notes a sheet puts under its table or parameters. The line under a table that adds up
 * (summerar): why a row may show a krona or 0,01 percentage point off the usual rounding of its exact
 * value, with the table's own first such rows as examples (Solna's 47 759,51 kr shown as 47 759 kr,
 * Norrtälje's 2,6349 % as 2,63 % where the annex prints 2,64 %). The warning of a partial population.
 */

/** One column of a table: each row's exact and shown value; kronor or a share. */
export interface RoundedColumn {
  readonly kind: "kronor" | "share";
  readonly rows: readonly { readonly name: string; readonly exact: Decimal; readonly shown: Decimal }[];
}

/** The note for a table that adds up, or undefined in annex mode. */
export function addsUpNote(ctx: Context, columns: readonly RoundedColumn[]): string | undefined {
  if (!ctx.addsUp) return undefined;
  const { locale } = ctx.options;
  const a = ctx.t.annual.addsUp;
  const examples: string[] = [];
  for (const column of columns) {
    const decimals = column.kind === "kronor" ? 0 : 4;
    // A row the largest remainder rounds the other way, shown with two more decimals than it is
    // rounded to; not one that shows ",50" there (70 454,4999… would read as rounded the wrong way).
    const usualOf = (exact: Decimal) => roundHalfAwayFromZero(exact, decimals);
    const found = column.rows.find((row) => !row.shown.eq(usualOf(row.exact)) && usualOf(roundHalfAwayFromZero(row.exact, decimals + 2)).eq(usualOf(row.exact)));
    if (!found) continue;
    const usual = usualOf(found.exact).toNumber();
    examples.push(
      column.kind === "kronor"
        ? a.example(found.name, formatKronor(found.exact.toNumber(), locale, 2), formatKronor(found.shown.toNumber(), locale), formatKronor(usual, locale))
        : a.example(found.name, formatPercent(found.exact.toNumber(), locale, 4), formatPercent(found.shown.toNumber(), locale), formatPercent(usual, locale)),
    );
  }
  return examples.length > 0 ? `${a.note}${a.examples(examples.join("; "))}` : a.note;
}

/** The warning a partial population puts on Parametrar and Källor och metod, or undefined for the whole county. */
export function partialNote(ctx: Context): string | undefined {
  const partial = ctx.options.partial;
  if (!partial) return undefined;
  const c = ctx.t.completeness;
  const missing = [
    ...(partial.missingMunicipalities.length > 0 ? [c.municipalities(partial.missingMunicipalities.join(", "))] : []),
    ...(partial.noDistricts ? [c.noDistricts] : []),
    ...(partial.missingDistricts.length > 0 ? [c.districts(partial.missingDistricts.join(", "))] : []),
  ];
  return c.partial(missing.join("; "));
}
