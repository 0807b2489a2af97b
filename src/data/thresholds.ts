import type { Source } from "./sources";

/*
 * The direct-procurement threshold of LOU (goods and services) by date: the cap of the 2020
 * agreement's LOU model. Each period with its source; a later change is a new entry.
 */

export interface ThresholdPeriod {
  /** First day the value applies (ISO). */
  readonly from: string;
  /** Last day it applies (ISO), or undefined while it is in force. */
  readonly to?: string;
  readonly value: number;
  readonly source: Source;
}

export const THRESHOLDS: readonly ThresholdPeriod[] = [
  {
    from: "2018-01-01",
    to: "2019-12-31",
    value: 586907,
    source: {
      document: "Konkurrensverket",
      title: "Tröskelvärden och direktupphandlingsgränser 1 januari 2018–31 december 2019",
      section: "Direktupphandlingsgränsen enligt LOU",
      quote: "Samtliga upphandlande enheter/myndigheter 586 907",
    },
  },
  {
    from: "2020-01-01",
    to: "2021-12-31",
    value: 615312,
    source: {
      document: "Konkurrensverket",
      title: "Tröskelvärden och direktupphandlingsgränser 1 januari 2020–31 december 2021",
      section: "Tröskelvärden och direktupphandlingsgräns enligt LOU",
      quote: "Direktupphandlingsgräns 615 312",
    },
  },
  {
    from: "2022-01-01",
    to: "2022-01-31",
    value: 626284,
    source: {
      document: "SKR",
      title: "Tröskelvärdena höjs den 1 januari 2022",
      section: "Direktupphandlingsgränsen",
      quote: "Direktupphandlingsgränsen enligt LOU blir 626 284 kronor (till och med den 31 januari 2022)",
    },
  },
  {
    from: "2022-02-01",
    value: 700000,
    source: {
      document: "Upphandlingsmyndigheten",
      title: "Tröskelvärden och direktupphandlingsgränser",
      section: "Direktupphandlingsgräns enligt LOU",
      quote: "700 000 kronor från den 1 februari 2022; ett fast belopp i lagen sedan 2024",
    },
  },
];

/** The threshold in force on an ISO date, or undefined before the first period known here. */
export function thresholdOn(isoDate: string): ThresholdPeriod | undefined {
  return THRESHOLDS.find((period) => isoDate >= period.from && (period.to === undefined || isoDate <= period.to));
}

/** The threshold of a budget year: the one in force on its first day. */
export function thresholdForYear(year: number): ThresholdPeriod | undefined {
  return thresholdOn(`${String(year).padStart(4, "0")}-01-01`);
}
