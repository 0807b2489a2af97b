import type { Context } from "../options";
import type { PageTexts } from "../plan";
import { longDate } from "../../i18n";

/*
 * The printed page's words: each sheet's header (its title, the population's date) and footer (the
 * source, the add-in's version, "Sida x av y").
 */

/** A literal text in a header or footer: Excel reads "&" as the start of a code, so it is doubled. */
const literal = (text: string): string => text.replace(/&/g, "&&");

/** The header and footer of a sheet: its title and the population's date; its source, the version and the page. */
export function pageTexts(ctx: Context, title: string, source: string): PageTexts {
  const p = ctx.t.annual.print;
  return {
    header: { left: literal(title), center: "", right: literal(p.populationAsOf(longDate(ctx.options.referenceDate, ctx.options.locale))) },
    // The source and the version one above the other on the left, the page on the right: a centre part would share the width of a portrait page with a long source and overlap it.
    footer: { left: `${literal(p.source(source))}\n${literal(p.madeWith(ctx.version))}`, center: "", right: p.page },
  };
}
