import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useId, useState } from "react";
import type { Locale } from "../../i18n/locale";
import { formatFigure, qualifiedAddress } from "../../check";
import { readCheckFigure } from "./figures";
import { sentence } from "../../i18n/messages";
import type { CheckOptions, CheckReport, Finding, FindingKind } from "../../check";
import {
  checkInExcel,
  hasHighlights,
  highlightFindings,
  listTableNames,
  removeHighlights,
  selectCell,
  writeReportSheet,
  type CheckSource,
  type ExcelRun,
} from "../../excel/check";
import { differenceText, expectedText, parameterValue, PARAMETER_LABEL, statedText, summaryLine } from "../../check/text";
import { CHECK_STRINGS } from "./strings";

/*
 * The check tab: choose the selected range or Excel tables, optionally give threshold and years,
 * check, and see every finding; a finding is a button that selects its cell. Highlighting and the
 * report sheet go through src/excel/check.ts; nothing here computes a figure.
 */

export interface CheckPanelProps {
  readonly locale: Locale;
  readonly run: ExcelRun;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, minWidth: "120px" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    height: "auto",
    paddingBlock: tokens.spacingVerticalS,
    whiteSpace: "normal",
  },
  findingHead: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Why the cell is flagged ("not the sum of its rows", "not the exact total"), in plain weight so
  // it reads as an explanation under the figures.
  explanation: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground1 },
  parameters: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const BADGE_COLOR: Readonly<Record<FindingKind, "danger" | "warning" | "informative">> = {
  error: "danger",
  total: "warning",
  rounding: "informative",
};

export function CheckPanel({ locale, run }: CheckPanelProps) {
  const strings = CHECK_STRINGS[locale];
  const styles = useStyles();
  const headingId = useId();
  const findingsId = useId();
  const [sourceKind, setSourceKind] = useState<"selection" | "tables">("selection");
  const [tableNames, setTableNames] = useState<string[] | undefined>(undefined);
  // Listing the tables failed (the notice says why): no spinner; choosing the source again retries.
  const [tablesFailed, setTablesFailed] = useState(false);
  const [chosenTables, setChosenTables] = useState<string[]>([]);
  const [threshold, setThreshold] = useState("");
  const [years, setYears] = useState("");
  /** Implausible texts the user confirmed (a new text asks again). */
  const [confirmed, setConfirmed] = useState<{ threshold?: string; years?: string }>({});
  const [busy, setBusy] = useState<"check" | "highlight" | "remove" | "report" | undefined>(undefined);
  const [report, setReport] = useState<CheckReport | undefined>(undefined);
  const [notice, setNotice] = useState<{ intent: "success" | "error" | "info"; text: string } | undefined>(undefined);
  const [highlightsExist, setHighlightsExist] = useState(false);

  const describe = useCallback((error: unknown) => strings.failed(error instanceof Error ? error.message : String(error)), [strings]);

  useEffect(() => {
    let live = true;
    hasHighlights(run).then(
      (exists) => live && setHighlightsExist(exists),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [run]);

  useEffect(() => {
    if (sourceKind !== "tables" || tableNames !== undefined) return;
    let live = true;
    setTablesFailed(false);
    listTableNames(run).then(
      (names) => {
        if (!live) return;
        setTableNames(names);
        setChosenTables((chosen) => (chosen.length > 0 ? chosen : names.slice(0, 2)));
      },
      (error) => {
        if (!live) return;
        setTablesFailed(true);
        setNotice({ intent: "error", text: describe(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [sourceKind, tableNames, run, describe]);

  const thresholdValue = readCheckFigure("threshold", threshold, locale);
  const yearsValue = readCheckFigure("years", years, locale);
  const needsTable = sourceKind === "tables" && chosenTables.length === 0;
  const unconfirmed = (thresholdValue.implausible !== undefined && confirmed.threshold !== threshold) || (yearsValue.implausible !== undefined && confirmed.years !== years);
  const canRun = busy === undefined && thresholdValue.message === undefined && yearsValue.message === undefined && !unconfirmed && !needsTable;

  const onRun = async () => {
    if (!canRun) return;
    const source: CheckSource = sourceKind === "selection" ? { kind: "selection" } : { kind: "tables", names: chosenTables };
    const options: CheckOptions = {
      ...(thresholdValue.value !== undefined ? { threshold: thresholdValue.value } : {}),
      ...(yearsValue.value !== undefined ? { years: yearsValue.value } : {}),
    };
    setBusy("check");
    setNotice(undefined);
    try {
      setReport(await checkInExcel(run, source, options));
    } catch (error) {
      setReport(undefined);
      setNotice({ intent: "error", text: describe(error) });
    } finally {
      setBusy(undefined);
    }
  };

  const act = async (kind: "highlight" | "remove" | "report", action: () => Promise<string>) => {
    setBusy(kind);
    try {
      setNotice({ intent: "success", text: await action() });
    } catch (error) {
      setNotice({ intent: "error", text: describe(error) });
    } finally {
      setBusy(undefined);
    }
  };

  const onHighlight = () =>
    act("highlight", async () => {
      const result = await highlightFindings(report!.findings, run);
      setHighlightsExist(true);
      return strings.highlighted(result.highlighted, result.skipped.length);
    });
  const onRemove = () =>
    act("remove", async () => {
      const result = await removeHighlights(run);
      setHighlightsExist(false);
      return strings.removed(result.restored, result.changedSince.length);
    });
  const onReport = () => act("report", async () => strings.reportWritten(await writeReportSheet(report!, run, locale)));
  const onFinding = (finding: Finding) =>
    selectCell(run, finding.sheet, finding.address).catch((error) => setNotice({ intent: "error", text: describe(error) }));

  const sourceLabel = sourceKind === "tables" ? strings.tables : strings.selection;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {strings.heading}
      </h2>
      <Text>{strings.intro}</Text>

      <Field label={strings.source}>
        <RadioGroup value={sourceKind} onChange={(_, data) => setSourceKind(data.value === "tables" ? "tables" : "selection")}>
          <Radio value="selection" label={strings.selection} />
          <Radio value="tables" label={strings.tables} />
        </RadioGroup>
      </Field>

      {sourceKind === "tables" && (
        <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
          <legend className={styles.subheading}>{strings.tables}</legend>
          {tableNames === undefined ? (
            !tablesFailed && <Spinner size="tiny" label={strings.loadingTables} />
          ) : tableNames.length === 0 ? (
            <Text>{strings.noTables}</Text>
          ) : (
            <>
              <Text className={styles.small}>{strings.tablesHint}</Text>
              {tableNames.map((name) => (
                <Checkbox
                  key={name}
                  label={name}
                  checked={chosenTables.includes(name)}
                  onChange={(_, data) => setChosenTables((chosen) => (data.checked ? [...chosen, name] : chosen.filter((other) => other !== name)))}
                />
              ))}
            </>
          )}
          {tableNames !== undefined && needsTable && (
            <Text role="alert" className={styles.small}>
              {strings.chooseTable}
            </Text>
          )}
        </fieldset>
      )}

      <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
        <legend className={styles.subheading}>{strings.parameters}</legend>
        <Text className={styles.small}>{strings.parametersHint}</Text>
        <div className={styles.row}>
          {(
            [
              ["threshold", strings.threshold, threshold, setThreshold, thresholdValue, "decimal"],
              ["years", strings.years, years, setYears, yearsValue, "numeric"],
            ] as const
          ).map(([key, label, text, setText, reading, inputMode]) => (
            <div key={key} className={styles.field}>
              <Field
                label={label}
                validationState={reading.message ? "error" : reading.implausible && confirmed[key] !== text ? "warning" : "none"}
                validationMessage={reading.message ? sentence(reading.message) : reading.implausible && sentence(reading.implausible)}
              >
                <Input value={text} placeholder={strings.inferredPlaceholder} inputMode={inputMode} data-testid={`check-${key}`} onChange={(_, data) => setText(data.value)} />
              </Field>
              {reading.implausible && (
                <Checkbox
                  checked={confirmed[key] === text}
                  label={strings.confirmValue}
                  onChange={(_, data) => setConfirmed((before) => ({ ...before, [key]: data.checked === true ? text : undefined }))}
                />
              )}
            </div>
          ))}
        </div>
      </fieldset>

      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canRun} onClick={onRun} aria-describedby={headingId}>
          {busy === "check" ? strings.running : `${strings.run}: ${sourceLabel.toLocaleLowerCase(locale === "sv" ? "sv-SE" : "en-GB")}`}
        </Button>
        {busy === "check" && <Spinner size="tiny" aria-hidden />}
      </div>

      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {report && (
        <div className={styles.root} data-testid="check-result">
          <h3 className={styles.subheading}>{strings.result}</h3>
          <Text role="status">{summaryLine(report, locale)}</Text>

          {report.problems.length > 0 && (
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
          )}

          {report.parameters.length > 0 && (
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
          )}

          {report.status !== "unreadable" && (
            <div>
              <h3 id={findingsId} className={styles.subheading}>
                {strings.findings(report.findings.length)}
              </h3>
              {report.findings.length === 0 ? (
                <Text>{strings.noFindings}</Text>
              ) : (
                <ul className={styles.list} aria-labelledby={findingsId}>
                  {report.findings.map((finding) => {
                    const where = qualifiedAddress(finding.sheet, finding.address);
                    const details =
                      `${strings.stated} ${statedText(finding, locale)} · ${strings.exact} ${expectedText(finding, locale)}` +
                      (finding.expected !== null ? ` · ${strings.difference} ${differenceText(finding, locale)}` : "") +
                      (finding.rowsSum !== undefined ? ` · ${strings.rowsSum} ${formatFigure(finding.rowsSum, finding.unit, locale)}` : "");
                    // The name holds everything the button shows, in order (WCAG 2.5.3, label in name:
                    // a speech user says what is visible), then where the click goes.
                    // The {" "} keep the shown parts apart as words.
                    return (
                      <li key={`${finding.sheet ?? ""}!${finding.address}`}>
                        <Button
                          appearance="subtle"
                          className={styles.finding}
                          onClick={() => onFinding(finding)}
                          aria-label={`${strings.kinds[finding.kind]}, ${where}, ${finding.row}, ${finding.column}: ${details} ${finding.message[locale]} ${strings.goToCell(where)}`}
                        >
                          <span className={styles.findingHead}>
                            <Badge appearance="tint" color={BADGE_COLOR[finding.kind]}>
                              {strings.kinds[finding.kind]}
                            </Badge>{" "}
                            <strong>{where}</strong>{" "}
                            <span>
                              {finding.row}, {finding.column}
                            </span>
                          </span>{" "}
                          <span className={styles.small}>{details}</span>{" "}
                          <span className={styles.explanation}>{finding.message[locale]}</span>
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          )}

          <div className={styles.actions}>
            {report.findings.length > 0 && (
              <Button disabled={busy !== undefined} onClick={onHighlight}>
                {strings.highlight}
              </Button>
            )}
            {report.status !== "unreadable" && (
              <Button disabled={busy !== undefined} onClick={onReport}>
                {strings.writeReport}
              </Button>
            )}
          </div>
        </div>
      )}

      {(report || highlightsExist) && (
        <div className={styles.actions}>
          <Button disabled={busy !== undefined || !highlightsExist} onClick={onRemove}>
            {strings.removeHighlights}
          </Button>
        </div>
      )}
    </section>
  );
}

export default CheckPanel;
