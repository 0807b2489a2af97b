/*
 * What the pane fetches the first time it needs the whole plan (state/services.ts: planBuilder): the
 * sheets' builder and the paragraph, which shares its figures and texts. One chunk, so both arrive
 * with one request.
 */
export { buildWorkbookPlan } from "../../workbook";
export { annualCostParagraph } from "../../workbook";
