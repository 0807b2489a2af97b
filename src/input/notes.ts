import { formatNumber } from "../i18n";

/*
 * The population reader's two notes (not faults), which the pane shows in its first view: a module
 * of their own, apart from every other message of the reader (./messages.ts, which lists them too),
 * so that the pane's first load does not carry the whole catalogue. A module the first load holds is
 * the one the later chunks use as well, so sharing messages.ts would pull it all in.
 */

const svNumber = (value: number) => formatNumber(value, "sv");
const enNumber = (value: number) => formatNumber(value, "en");

/** The rest post derived from the city's total (a note, not a fault). */
export const REST_DERIVED = {
  sv: (rest: number, city: number, districts: number) => `Restposten (${svNumber(rest)}) härledd som Stockholms ${svNumber(city)} minus stadsdelarnas ${svNumber(districts)}`,
  en: (rest: number, city: number, districts: number) => `The rest post (${enNumber(rest)}) derived as Stockholm's ${enNumber(city)} less the districts' ${enNumber(districts)}`,
};

/** Stockholm's stated total within SCB's noise (a note). */
export const NOISE_NOTE = {
  sv: (stated: number, summed: number, margin: number) =>
    `Stockholms angivna ${svNumber(stated)} och summan av stadsdelarna och restposten ${svNumber(summed)} skiljer sig med ${svNumber(Math.abs(stated - summed))}, inom SCB:s brus (högst ${svNumber(margin)}); den angivna summan gäller och restposten tar skillnaden`,
  en: (stated: number, summed: number, margin: number) =>
    `Stockholm's stated ${enNumber(stated)} and the districts plus rest post ${enNumber(summed)} differ by ${enNumber(Math.abs(stated - summed))}, within SCB's noise (at most ${enNumber(margin)}); the stated total stands and the rest post takes the difference`,
};
