import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { qualifiedAddress, type CheckReport } from "../../../check";
import { parameterValue, PARAMETER_LABEL, summaryLine } from "../../../check/text";
import { useLocale, useStrings } from "../../i18n/context";
import type { CheckController } from "../state/controller";
import { CHECK_STRINGS } from "../strings";
import { FindingList } from "./FindingList";
import { useCheckStyles } from "./styles";

/** The report of a check: the summary, the problems, the parameters used, the findings, and what to do with them. */
export function CheckResult({ check, report }: { check: CheckController; report: CheckReport }) {
  const strings = useStrings(CHECK_STRINGS);
  const locale = useLocale();
  const styles = useCheckStyles();
  const { state, actions } = check;
  return (
    <div className={styles.root} data-testid="check-result">
      <h3 className={styles.subheading}>{strings.result}</h3>
      <Text role="status">{summaryLine(report, locale)}</Text>
      {report.problems.length > 0 && <Problems report={report} />}
      {report.parameters.length > 0 && <ParametersUsed report={report} />}
      {report.status !== "unreadable" && <FindingList report={report} onFinding={(finding) => void actions.goTo(finding)} />}
      <div className={styles.actions}>
        {report.findings.length > 0 && (
          <Button disabled={state.busy !== undefined} onClick={() => void actions.highlight()}>
            {strings.highlight}
          </Button>
        )}
        {report.status !== "unreadable" && (
          <Button disabled={state.busy !== undefined} onClick={() => void actions.writeReport()}>
            {strings.writeReport}
          </Button>
        )}
      </div>
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
