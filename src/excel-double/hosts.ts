/*
 * The hosts the double can play: which Excel it is (platform, version) and which requirement sets
 * it has. A member of the Excel API above the host's ExcelApi version is known to the JavaScript of
 * office.js (loaded from the CDN, it always has every member) but not to the host: the sync that
 * carries it fails with ApiNotFound ("The API you are trying to use could not be found. It may be
 * available in a newer version of Excel.", Excel.ErrorCodes.apiNotFound in @types/office-js). That
 * is why a `typeof range.member === "function"` test proves nothing, and code must ask
 * Office.context.requirements.isSetSupported, which the double answers from the same profile.
 *
 * The versions are Microsoft's tables:
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
 */

export interface HostProfile {
  readonly key: string;
  /** What Office.context.diagnostics says: "Excel", "PC" / "OfficeOnline" / "Mac", "16.0.13127.20408". */
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  readonly label: string;
  /** Requirement set → the highest version the host has ("ExcelApi" → "1.12"). */
  readonly sets: Readonly<Record<string, string>>;
  /**
   * Hosts that take `pageLayout.zoom = { horizontalFitToPages, verticalFitToPages }` without
   * applying it (office-js #1860, "fit to pages not applied"): the page keeps the scale it had.
   */
  readonly ignoresFitToPages?: boolean;
}

/**
 * The oldest host the manifest admits: SharedRuntime 1.1 and CustomFunctionsRuntime 1.3 need Microsoft
 * 365 on Windows Version 2008 (CustomFunctionsRuntime 1.3: Build 13127.20296; ExcelApi 1.12: Build
 * 13127.20408), which has ExcelApi up to 1.12 and not 1.13 (Version 2102). Mac 16.40 has the same.
 */
export const OLDEST_ADMITTED: HostProfile = {
  key: "m365-windows-2008",
  host: "Excel",
  platform: "PC",
  version: "16.0.13127.20408",
  label: "Microsoft 365 for Windows, Version 2008",
  sets: { ExcelApi: "1.12", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" },
};

/** Volume-licensed Office LTSC 2021 (Version 2108): ExcelApi 1.14, CustomFunctionsRuntime 1.3 (Build 14332.20011). */
export const OFFICE_2021_LTSC: HostProfile = {
  key: "office-2021-ltsc",
  host: "Excel",
  platform: "PC",
  version: "16.0.14332.20011",
  label: "Office LTSC 2021 for Windows (volume-licensed), Version 2108",
  sets: { ExcelApi: "1.14", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" },
};

/** Microsoft 365 for Windows as of Version 2509: ExcelApi 1.20, SharedRuntime 1.2, CustomFunctionsRuntime 1.5. */
export const NEWEST: HostProfile = {
  key: "m365-windows-2509",
  host: "Excel",
  platform: "PC",
  version: "16.0.19201.20002",
  label: "Microsoft 365 for Windows, Version 2509",
  sets: { ExcelApi: "1.20", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.5" },
};

/** Excel 2019 (ExcelApi 1.8, no shared runtime): below what the manifest admits, for the tests of ApiNotFound. */
export const EXCEL_2019: HostProfile = {
  key: "office-2019",
  host: "Excel",
  platform: "PC",
  version: "16.0.10730.20102",
  label: "Office 2019 for Windows, Version 1808",
  sets: { ExcelApi: "1.8" },
};

export const HOST_PROFILES: readonly HostProfile[] = [EXCEL_2019, OLDEST_ADMITTED, OFFICE_2021_LTSC, NEWEST];

/**
 * The ExcelApi set of each member the double models that is newer than ExcelApi 1.1, as the
 * `[Api set: ExcelApi …]` tags of @types/office-js give them (test/excel-double/hosts.test.ts reads
 * the tags and compares). "Class.member" as the double records calls.
 */
export const API_SET_OF_MEMBER: Readonly<Record<string, string>> = {
  "ChartAxis.reversePlotOrder": "1.7",
  "ChartAxis.setCategoryNames": "1.7",
  "ChartCollection.getCount": "1.4",
  "ChartSeries.chartType": "1.7",
  "ChartSeries.delete": "1.7",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setXAxisValues": "1.7",
  "ChartSeriesCollection.add": "1.7",
  "HeaderFooter.centerFooter": "1.9",
  "HeaderFooter.centerHeader": "1.9",
  "HeaderFooter.leftFooter": "1.9",
  "HeaderFooter.leftHeader": "1.9",
  "HeaderFooter.rightFooter": "1.9",
  "HeaderFooter.rightHeader": "1.9",
  "NamedItem.comment": "1.4",
  "NamedItem.delete": "1.4",
  "NamedItem.formula": "1.7",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getCount": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "PageLayout.orientation": "1.9",
  "PageLayout.paperSize": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.zoom": "1.9",
  "Range.getMergedAreasOrNullObject": "1.13",
  "Range.getResizedRange": "1.2",
  "Range.getUsedRangeOrNullObject": "1.4",
  "Range.merge": "1.2",
  "RangeFill.pattern": "1.9",
  "RangeFormat.autofitColumns": "1.2",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "Table.convertToRange": "1.2",
  "TableCollection.getCount": "1.4",
  "TableCollection.getItemOrNullObject": "1.4",
  "Workbook.getActiveCell": "1.7",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.tabColor": "1.7",
  "WorksheetCollection.getCount": "1.4",
  "WorksheetCollection.getFirst": "1.5",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetFreezePanes.freezeAt": "1.7",
  "WorksheetFreezePanes.freezeColumns": "1.7",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetFreezePanes.getLocationOrNullObject": "1.7",
  "WorksheetFreezePanes.unfreeze": "1.7",
};

/** "1.9" < "1.13": requirement set versions compare part by part, as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Office.context.requirements.isSetSupported on this host. A set not named in the profile is not supported. */
export function profileSupports(profile: HostProfile, set: string, version = "1.1"): boolean {
  const has = profile.sets[set];
  return has !== undefined && compareVersions(has, version) >= 0;
}

/** The set a recorded call needs, when the host lacks it (else undefined). */
export function missingSet(profile: HostProfile, method: string): string | undefined {
  const needed = API_SET_OF_MEMBER[method];
  return needed !== undefined && !profileSupports(profile, "ExcelApi", needed) ? `ExcelApi ${needed}` : undefined;
}
