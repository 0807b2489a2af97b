import { useEffect, useMemo, useState } from "react";
import type { CountyPopulation } from "../../engine";
import { isEmbeddedCounty, type PlanOptions } from "../../workbook";
import type { PaneServices } from "./services";

/*
 * The paragraph for the committee paper (issue 12), shown under the summary to be copied: the
 * workbook's own text (annualCostParagraph, the same sentences as the Årskostnad sheet's formula)
 * for the plan options the pane would fill with and the unit the user picks. The pane writes none of
 * its words or figures. The unit chosen also goes into the fill, so the sheet's paragraph names it.
 */

/** The units a paragraph can be about: the procuring units, municipalities then districts. */
export interface ParagraphUnits {
  readonly municipalities: readonly string[];
  readonly districts: readonly string[];
}

export interface ParagraphController {
  readonly units: ParagraphUnits;
  /** The unit the paragraph is about (the user's, or the workbook's default). */
  readonly unit?: string;
  readonly text?: string;
  /** The rules' refusal, in plain words (should a unit not be one of the population's). */
  readonly error?: string;
  choose(unit: string): void;
}

/** Every municipality but the divided city, then the divided city's districts. */
export function paragraphUnits(county: CountyPopulation | undefined): ParagraphUnits {
  if (!county) return { municipalities: [], districts: [] };
  const city = county.dividedCity?.name;
  return {
    municipalities: county.municipalities.map((unit) => unit.name).filter((name) => name !== city),
    districts: (county.dividedCity?.districts ?? []).map((unit) => unit.name),
  };
}

/** The unit the workbook's paragraph is about when none is chosen: Farsta for the embedded population, else the largest unit (as src/workbook/sheets/paragraph.ts). */
export function defaultParagraphUnit(options: PlanOptions, largestUnit: string | undefined): string | undefined {
  return isEmbeddedCounty(options.county) ? "Farsta" : largestUnit;
}

type ParagraphResult = { readonly text?: string; readonly error?: string };

function refused(error: unknown): ParagraphResult {
  return { error: error instanceof Error ? error.message : String(error) };
}

/** The paragraph for `options` (undefined while the pane cannot fill) and the unit picked. */
export function useParagraph(options: PlanOptions | undefined, largestUnit: string | undefined, services: Pick<PaneServices, "paragraph">): ParagraphController {
  const [chosen, choose] = useState<string | undefined>(undefined);
  const units = useMemo(() => paragraphUnits(options?.county), [options?.county]);
  const all = useMemo(() => [...units.municipalities, ...units.districts], [units]);
  // A unit chosen for another population that lacks it gives way to the default.
  const unit = options === undefined ? undefined : chosen !== undefined && all.includes(chosen) ? chosen : defaultParagraphUnit(options, largestUnit);
  const asked = useMemo((): ParagraphResult | Promise<ParagraphResult> => {
    if (!options || unit === undefined) return {};
    try {
      const text = services.paragraph({ ...options, paragraphUnit: unit });
      return typeof text === "string" ? { text } : text.then((late) => ({ text: late }), refused);
    } catch (error) {
      return refused(error);
    }
  }, [options, unit, services]);
  // The plan builder is fetched the first time: the paragraph follows when it has arrived.
  const [arrived, setArrived] = useState<{ readonly for: Promise<ParagraphResult>; readonly result: ParagraphResult } | undefined>(undefined);
  useEffect(() => {
    if (!(asked instanceof Promise)) return;
    let current = true;
    void asked.then((result) => current && setArrived({ for: asked, result }));
    return () => {
      current = false;
    };
  }, [asked]);
  const result = asked instanceof Promise ? (arrived?.for === asked ? arrived.result : {}) : asked;
  return { units, ...(unit !== undefined ? { unit } : {}), ...result, choose };
}
