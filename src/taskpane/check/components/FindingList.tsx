import { Badge, Button, Text } from "@fluentui/react-components";
import { useId } from "react";
import { qualifiedAddress, differenceText, expectedText, kindName, rowsSumText, statedText, type CheckReport, type Finding, type Severity } from "../../../check";
import type { Locale } from "../../../i18n";
import { useLocale, useStrings } from "../../i18n/context";
import type { Texts } from "../../i18n/catalogue";
import { CHECK_STRINGS, SEVERITY_NAMES } from "../strings";
import { useCheckStyles } from "./styles";

const BADGE_COLOR: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  error: "danger",
  warning: "warning",
  rounding: "informative",
};

/**
 * Every finding of the report, each a button that selects its cell: errors first, then warnings; the
 * rounding differences (the figures hold, only their rounding differs) folded into one line that
 * opens to their list, so they do not weigh as much as an error.
 */
export function FindingList({ report, onFinding }: { report: CheckReport; onFinding: (finding: Finding) => void }) {
  const strings = useStrings(CHECK_STRINGS);
  const styles = useCheckStyles();
  const findingsId = useId();
  const bySeverity = (severity: Severity) => report.findings.filter((finding) => finding.severity === severity);
  const listed = [...bySeverity("error"), ...bySeverity("warning")];
  const rounding = bySeverity("rounding");
  const items = (findings: readonly Finding[], labelledBy?: string) => (
    <ul className={styles.list} {...(labelledBy ? { "aria-labelledby": labelledBy } : {})}>
      {/* A cell may hold several findings of one kind (the paragraph under Årskostnad, one per figure): the index keeps their keys apart. */}
      {findings.map((finding, index) => (
        <li key={`${finding.sheet ?? ""}!${finding.address}!${finding.kind}!${index}`}>
          <FindingButton finding={finding} onClick={() => onFinding(finding)} />
        </li>
      ))}
    </ul>
  );
  return (
    <div>
      <h3 id={findingsId} className={styles.subheading}>
        {strings.findings(listed.length)}
      </h3>
      {listed.length === 0 && rounding.length === 0 && <Text>{strings.noFindings}</Text>}
      {listed.length > 0 && items(listed, findingsId)}
      {rounding.length > 0 && (
        <details data-testid="rounding-folded">
          <summary>
            <Text size={200}>{strings.roundingFolded(rounding.length)}</Text>
          </summary>
          {items(rounding)}
        </details>
      )}
    </div>
  );
}

/** The figures of a finding: stated, exact, the difference and the rows' sum where there are. */
function findingDetails(finding: Finding, strings: Texts<typeof CHECK_STRINGS>, locale: Locale): string {
  return (
    `${strings.stated} ${statedText(finding, locale)} · ${strings.exact} ${expectedText(finding, locale)}` +
    (differenceText(finding, locale) ? ` · ${strings.difference} ${differenceText(finding, locale)}` : "") +
    (rowsSumText(finding, locale) !== undefined ? ` · ${strings.rowsSum} ${rowsSumText(finding, locale)}` : "")
  );
}

function FindingButton({ finding, onClick }: { finding: Finding; onClick: () => void }) {
  const strings = useStrings(CHECK_STRINGS);
  const severities = useStrings(SEVERITY_NAMES);
  const locale = useLocale();
  const styles = useCheckStyles();
  const where = qualifiedAddress(finding.sheet, finding.address);
  const details = findingDetails(finding, strings, locale);
  const label = [finding.row, finding.column].filter((part) => part !== "").join(", ");
  // The name holds everything the button shows, in order (WCAG 2.5.3, label in name: a speech user
  // says what is visible), then where the click goes. The {" "} keep the shown parts apart as words.
  return (
    <Button
      appearance="subtle"
      className={styles.finding}
      onClick={onClick}
      aria-label={`${severities[finding.severity]}, ${kindName(finding.kind, locale)}, ${where}, ${label}: ${details} ${finding.message[locale]} ${strings.goToCell(where)}`}
    >
      <span className={styles.findingHead}>
        <Badge appearance="tint" color={BADGE_COLOR[finding.severity]}>
          {severities[finding.severity]}
        </Badge>{" "}
        <span className={styles.small}>{kindName(finding.kind, locale)}</span> <strong>{where}</strong> <span>{label}</span>
      </span>{" "}
      <span className={styles.small}>{details}</span>{" "}
      <span className={styles.explanation}>{finding.message[locale]}</span>
    </Button>
  );
}
