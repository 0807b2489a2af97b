import { describeWriteError } from "../../excel";
import { later } from "../parts";
import { planServices, PaneServices } from "./services";

/** The Office.js writer: fetched when a fill begins, not with the pane. */
const writer = later(() => import("./writer"));

/** The real plan builder and Office.js writer, as the pane uses them inside Excel and in the preview page. */
export const defaultServices: PaneServices = {
  ...planServices,
  findExisting: async (plan, run) => {
    const existing = await (await writer.load()).findExistingPlanSheets(plan, run);
    return existing.map(String);
  },
  write: async (plan, request) => {
    const ask = request.ask;
    const { writePlanToExcel } = await writer.load();
    const result = await writePlanToExcel(plan, {
      existing: request.existing,
      run: request.run,
      onProgress: request.onProgress,
      ...(request.existingSheets ? { existingSheets: request.existingSheets } : {}),
      ...(ask
        ? {
            ask: (question) =>
              ask({
                existing: question.sheets,
                carryOver: {
                  carried: question.carryOver.carried.length,
                  lost: question.carryOver.lost.map(({ sheet, unit, field, value, replacedBy, column }) => ({
                    sheet,
                    unit,
                    field,
                    value,
                    ...(replacedBy !== undefined ? { replacedBy } : {}),
                    ...(column !== undefined ? { column } : {}),
                  })),
                },
                ...(question.changed ? { changed: true } : {}),
              }),
          }
        : {}),
    });
    return {
      created: result.sheets.map((sheet) => ({ key: sheet.key, name: sheet.name })),
      cancelled: result.cancelled === true,
      ...(result.chartError !== undefined ? { chartError: result.chartError } : {}),
    };
  },
  describeError: (error, locale) => describeWriteError(error, locale),
};
