/*
 * What the language room offers the rest of the house (docs/ARCHITECTURE.md): the bilingual messages,
 * numbers, percentages and kronor written as each language writes them, dates and Excel's serials,
 * numbers read back from text. The other rooms import these from here, not from the files.
 */
export { isNullOrWhitespace } from "./blank";
export { FIRST_SERIAL_DATE, excelDateSerial, longDate, stockholmTime } from "./dates";
export { PERCENT_DECIMALS, PER_USER_DECIMALS, RATE_DECIMALS, RATE_FOR_PERIOD_DECIMALS, formatKronor, formatNumber, formatPercent, formatRate, localeFromLanguageTag, withPercentSign } from "./locale";
export type { Locale } from "./locale";
export { inLanguage, quoted, say, sentence } from "./messages";
export type { Bilingual, BilingualOf } from "./messages";
export { excelText } from "./numberFormat";
export { conventionOf, readNumberText } from "./numberText";
export type { NumberConvention, NumberTextProblem, NumberTextResult, NumberUnit } from "./numberText";
