import { Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { formatKronor, formatNumber } from "../../i18n";
import type { PaneController } from "../state/controller";
import { useLocale, useStrings } from "../i18n/context";
import { MessageBar, MessageBarBody, ParagraphCard } from "../later";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  // Term and figure share a line when they fit and the figure drops under its term when they do not (320 px).
  item: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalM },
  term: { color: tokens.colorNeutralForeground2, flex: "1 1 9em" },
  value: { margin: 0, marginInlineStart: "auto", textAlign: "end", fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The figures the plan will produce, from the plan builder's summary: the pane computes none of them. */
export function SummaryCard({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const summary = pane.summary;
  const rows: [string, string][] = summary
    ? [
        [t.summaryRate, formatKronor(summary.ratePerInhabitantPerYear, locale, 3)],
        [t.summaryLargest, t.summaryLargestValue(summary.largestUnit.name, formatNumber(summary.largestUnit.population, locale))],
        [t.summaryPopulation, formatNumber(summary.totals.population, locale)],
        [t.summaryTotalYear, formatKronor(summary.totals.perYear, locale)],
        [t.summaryTotalPeriod(formatNumber(summary.years, locale)), formatKronor(summary.totals.forPeriod, locale)],
        // Each agreement's own figures, from its components: the support's cost per user, each split's municipal part.
        ...summary.agreements.perUser.map(({ costPerUser }): [string, string] => [t.summarySupportPerUser, formatKronor(costPerUser, locale, 2)]),
        ...summary.agreements.splits.map(({ year, municipalPart }): [string, string] => [t.summaryMunicipalPart(year), formatKronor(municipalPart, locale)]),
      ]
    : [];
  return (
    <Section title={t.summaryHeading} testId="section-summary">
      {summary ? (
        <>
          <dl className={styles.list} data-testid="summary">
            {rows.map(([term, value]) => (
              <div key={term} className={styles.item}>
                <dt className={styles.term}>{term}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
          <ParagraphCard pane={pane} />
        </>
      ) : pane.summaryError ? (
        <MessageBar intent="error">
          <MessageBarBody>{pane.summaryError}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text size={200} className={styles.muted}>
          {t.summaryUnavailable}
        </Text>
      )}
    </Section>
  );
}
