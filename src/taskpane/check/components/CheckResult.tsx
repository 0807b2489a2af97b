import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { qualifiedAddress, CHECK_MESSAGES as M, parameterValue, PARAMETER_LABEL, summaryLine, type CheckReport } from "../../../check";
import { say } from "../../../i18n";
import { useLocale, useStrings } from "../../i18n/context";
import type { CheckController } from "../state/controller";
import { CHECK_STRINGS } from "../strings";
import { FindingList } from "./FindingList";
import { useCheckStyles } from "./styles";

/**
 * The report of a check: the summary, what to do with it (above the findings, so that on a narrow
 * pane the buttons are not below a long list), whether formulas were checked, the problems, the
 * parameters used, the findings.
 */
export function CheckResult({ check, report }: { check: CheckController; report: CheckReport }) {
  const strings = useStrings(CHECK_STRINGS);
  const locale = useLocale();
  const styles = useCheckStyles();
  const { actions } = check;
  return (
    <div className={styles.root} data-testid="check-result">
      <h3 className={styles.subheading}>{strings.result}</h3>
      <Text role="status">{withoutHeading(summaryLine(report, locale), strings.result)}</Text>
      <ResultActions check={check} report={report} />
      {report.status !== "unreadable" && <Text className={styles.small}>{report.valuesOnly ? say(M.valuesOnly, locale) : say(M.formulasChecked, locale, report.counts.formulas)}</Text>}
      {report.problems.length > 0 && <Problems report={report} />}
      {report.parameters.length > 0 && <ParametersUsed report={report} />}
      {report.status !== "unreadable" && <FindingList report={report} onFinding={(finding) => void actions.goTo(finding)} />}
    </div>
  );
}

/** The summary line under its heading: without its own "Resultat: " (the command's line, where there is no heading), so the pane says it once. */
function withoutHeading(line: string, heading: string): string {
  const prefix = `${heading}: `;
  if (!line.startsWith(prefix)) return line;
  const rest = line.slice(prefix.length);
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** Highlight the finding cells, remove the highlights, write the report sheet. */
export function ResultActions({ check, report }: { check: CheckController; report?: CheckReport }) {
  const strings = useStrings(CHECK_STRINGS);
  const styles = useCheckStyles();
  const { state, actions } = check;
  const busy = state.busy !== undefined;
  return (
    <div className={styles.actions}>
      {report && report.findings.length > 0 && (
        <Button disabled={busy} onClick={() => void actions.highlight()}>
          {strings.highlight}
        </Button>
      )}
      {(report || state.highlightsExist) && (
        <Button disabled={busy || !state.highlightsExist} onClick={() => void actions.removeHighlights()}>
          {strings.removeHighlights}
        </Button>
      )}
      {report && report.status !== "unreadable" && (
        <Button disabled={busy} onClick={() => void actions.writeReport()}>
          {strings.writeReport}
        </Button>
      )}
    </div>
  );
}

/** What kept the check from reading the table, or part of it; after the status line, so it does not point "above". */
function Problems({ report }: { report: CheckReport }) {
  const strings = useStrings(CHECK_STRINGS);
  const locale = useLocale();
  const styles = useCheckStyles();
  return (
    <div>
      <h3 className={styles.subheading}>{strings.problems}</h3>
      {report.problems.map((problem, index) => (
        <MessageBar key={index} intent={problem.severity === "fatal" ? "error" : problem.severity === "warning" ? "warning" : "info"}>
          <MessageBarBody>
            {problem.address ? `${qualifiedAddress(problem.sheet, problem.address)}: ` : ""}
            {problem.message[locale]}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}

/** The threshold, years and rates the check used, each with where it came from (given, inferred, computed). */
function ParametersUsed({ report }: { report: CheckReport }) {
  const strings = useStrings(CHECK_STRINGS);
  const locale = useLocale();
  const styles = useCheckStyles();
  return (
    <div>
      <h3 className={styles.subheading}>{strings.parametersUsed}</h3>
      <ul className={styles.parameters}>
        {report.parameters.map((parameter) => (
          <li key={parameter.key}>
            {PARAMETER_LABEL[parameter.key][locale]}: {parameterValue(parameter, locale)} ({strings[parameter.source]})
            <br />
            <span className={styles.small}>{parameter.how[locale]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
