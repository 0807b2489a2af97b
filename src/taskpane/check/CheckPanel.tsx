import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useId } from "react";
import type { Locale } from "../../i18n";
import type { ExcelRun } from "../host";
import { LocaleProvider, useLocale, useStrings } from "../i18n/context";
import type { Texts } from "../i18n/catalogue";
import { CheckResult, ResultActions } from "./components/CheckResult";
import { FigureFields } from "./components/FigureFields";
import { SourceChoice } from "./components/SourceChoice";
import { useCheckStyles } from "./components/styles";
import { useCheck, type CheckController } from "./state/controller";
import { defaultCheckServices } from "./state/defaultServices";
import type { CheckServices } from "./state/services";
import type { CheckNoticeMessage } from "./state/store";
import { CHECK_STRINGS } from "./strings";

/*
 * The check tab: choose the selected range or Excel tables, optionally give threshold and years,
 * check, and see every finding; a finding is a button that selects its cell. Its state is its own
 * slice (state/: store, selectors, controller); highlighting and the report sheet go through its
 * services (src/excel/check.ts); nothing here computes a figure.
 */

export interface CheckPanelProps {
  readonly locale: Locale;
  readonly run: ExcelRun;
  /** For tests: another checker than the real one in Excel. */
  readonly services?: CheckServices;
}

export function CheckPanel({ locale, run, services }: CheckPanelProps) {
  const check = useCheck({ locale, run }, services ?? defaultCheckServices);
  return (
    <LocaleProvider value={locale}>
      <CheckTab check={check} />
    </LocaleProvider>
  );
}

function CheckTab({ check }: { check: CheckController }) {
  const strings = useStrings(CHECK_STRINGS);
  const styles = useCheckStyles();
  const headingId = useId();
  const { state } = check;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {strings.heading}
      </h2>
      <Text>{strings.intro}</Text>
      <SourceChoice check={check} />
      <FigureFields check={check} />
      <RunCheck check={check} describedBy={headingId} />
      <div aria-live="polite">
        {state.notice && (
          <MessageBar intent={state.notice.intent}>
            <MessageBarBody>{noticeText(state.notice.message, strings)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.report ? <CheckResult check={check} report={state.report} /> : state.highlightsExist && <ResultActions check={check} />}
    </section>
  );
}

/** The check button, which names the source ("Granska: markerat område"), and a spinner while it checks. */
function RunCheck({ check, describedBy }: { check: CheckController; describedBy: string }) {
  const strings = useStrings(CHECK_STRINGS);
  const locale = useLocale();
  const styles = useCheckStyles();
  const checking = check.state.busy === "check";
  const source = check.state.source === "tables" ? strings.tables : strings.selection;
  return (
    <div className={styles.actions}>
      <Button appearance="primary" disabled={!check.view.canRun} onClick={() => void check.actions.run()} aria-describedby={describedBy}>
        {checking ? strings.running : `${strings.run}: ${source.toLocaleLowerCase(locale === "sv" ? "sv-SE" : "en-GB")}`}
      </Button>
      {checking && <Spinner size="tiny" aria-hidden />}
    </div>
  );
}

/** What a notice says, in the tab's language. */
function noticeText(message: CheckNoticeMessage, strings: Texts<typeof CHECK_STRINGS>): string {
  switch (message.kind) {
    case "failed":
      return strings.failed(message.detail);
    case "highlighted":
      return strings.highlighted(message.count, message.skipped);
    case "removed":
      return strings.removed(message.count, message.changed);
    case "reportWritten":
      return strings.reportWritten(message.sheet);
  }
}

export default CheckPanel;
