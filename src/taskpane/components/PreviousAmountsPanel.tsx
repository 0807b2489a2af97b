import { Button, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { adjacentAgreement, periodChoices, periodWords, samePeriod } from "../../data";
import type { PaneController } from "../state/controller";
import { PANE_AGREEMENTS, defaultTables, type PreviousView } from "../state/previousAmounts";
import { useLocale, useStrings } from "../i18n/context";

/*
 * The opened part of "Tidigare belopp" (PreviousAmounts.tsx holds the folded line): the choice of
 * range or tables, what was read, the errors and the units without an amount. Its own chunk, fetched
 * the first time the part is opened (src/taskpane/later.tsx).
 */

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBlockEnd: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  hint: { color: tokens.colorNeutralForeground3 },
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: "200px", overflowY: "auto" },
  preview: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  tables: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
});

export function PreviousAmountsPanel({ pane, id }: { pane: PaneController; id: string }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div id={id} className={styles.panel}>
      <Text size={200} className={styles.hint}>
        {t.previousIntro}
      </Text>
      <PreviousSource pane={pane} />
      <PreviousPeriodChoice pane={pane} />
      <PreviousPreview view={pane.previous.view} />
      {pane.previous.state.read.status !== "none" && (
        <div className={styles.row}>
          <Button appearance="secondary" disabled={pane.busy} onClick={pane.previous.actions.clear}>
            {t.previousClear}
          </Button>
        </div>
      )}
    </div>
  );
}

/** Where the amounts are: the selected range, or tables of the workbook (the add-in's own two chosen first). */
function PreviousSource({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const styles = useStyles();
  const { previous, busy } = pane;
  const { state, actions } = previous;
  const reading = state.read.status === "reading";
  const names = pane.state.tables.status === "loaded" ? pane.state.tables.names : [];
  const chosen = state.chosenTables ?? defaultTables(names);
  return (
    <>
      <Field label={t.previousSourceLabel}>
        <RadioGroup
          value={state.source}
          disabled={busy}
          onChange={(_, data) => {
            actions.setSource(data.value === "tables" ? "tables" : "range");
            if (data.value === "tables" && pane.state.tables.status === "none") void pane.actions.loadTables();
          }}
        >
          <Radio value="range" label={t.previousRange} />
          <Radio value="tables" label={t.previousTables} />
        </RadioGroup>
      </Field>
      {state.source === "range" && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || reading} onClick={() => void actions.readRange()}>
            {t.readRange}
          </Button>
        </div>
      )}
      {state.source === "tables" && (
        <fieldset className={styles.tables}>
          <legend className={styles.hint}>{t.previousChooseTables}</legend>
          {pane.state.tables.status === "loading" && <Spinner size="tiny" label={t.reading} />}
          {pane.state.tables.status === "failed" && <Text size={200}>{t.readFailed(pane.state.tables.message)}</Text>}
          {pane.state.tables.status === "loaded" && names.length === 0 && <Text size={200}>{t.noTables}</Text>}
          {names.map((name) => (
            <Checkbox key={name} label={name} checked={chosen.includes(name)} disabled={busy} onChange={(_, data) => actions.chooseTable(name, data.checked === true, names)} />
          ))}
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy || reading || chosen.length === 0} onClick={() => void actions.readTables(chosen)}>
              {t.previousReadTables}
            </Button>
            <Button appearance="subtle" disabled={busy || pane.state.tables.status === "loading"} onClick={() => void pane.actions.loadTables()}>
              {t.refreshTables}
            </Button>
          </div>
        </fieldset>
      )}
    </>
  );
}

/**
 * The period the amounts are from: just before the 2020 agreement, or the year before 2026; each
 * said with the agreement its amounts are compared with. A table with a period column says it
 * itself, and one no agreement follows directly is refused.
 */
function PreviousPeriodChoice({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { previous, busy } = pane;
  const view = previous.view;
  const text = (period: Parameters<typeof periodWords>[0]) => periodWords(period)[locale];
  const choices = periodChoices(PANE_AGREEMENTS);
  const key = (period: Parameters<typeof periodWords>[0]) => `${period.kind}:${period.year}`;
  if (view.status === "read" && view.fromTable) {
    return view.notAdjacent ? (
      <MessageBar intent="error" data-testid="previous-period-error">
        <MessageBarBody>{t.previousPeriodNotAdjacent(text(view.period), choices.map(text).join(t.orBetween))}</MessageBarBody>
      </MessageBar>
    ) : (
      <Text size={200} className={styles.hint} data-testid="previous-period-from-table">
        {t.previousPeriodFromTable(text(view.period))}
      </Text>
    );
  }
  return (
    <Field label={t.previousPeriodLabel}>
      <RadioGroup
        value={key(previous.state.period)}
        disabled={busy}
        onChange={(_, data) => {
          const chosen = choices.find((period) => key(period) === data.value);
          if (chosen && !samePeriod(chosen, previous.state.period)) previous.actions.setPeriod(chosen);
        }}
      >
        {choices.map((period) => (
          <Radio key={key(period)} value={key(period)} label={t.previousPeriodChoice(text(period), PANE_AGREEMENTS[adjacentAgreement(period, PANE_AGREEMENTS)!].name[locale])} />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** What was read: where from, how many units have an amount, every error with its cell, and the units without an amount. */
function PreviousPreview({ view }: { view: PreviousView }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div aria-live="polite" data-testid="previous-preview" className={styles.preview}>
      {view.status === "reading" && <Text size={200}>{t.reading}</Text>}
      {view.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.readFailed(view.message)}</MessageBarBody>
        </MessageBar>
      )}
      {view.status === "waiting" && <Text size={200}>{t.previousWaiting}</Text>}
      {view.status === "read" && (
        <>
          <Text as="p" size={200}>
            {t.readFrom(view.address)}
            {view.result.ok ? ` · ${t.previousGiven(Object.keys(view.result.amounts).length, Object.keys(view.result.amounts).length + view.result.missing.length)}` : ""}
          </Text>
          {!view.result.ok && (
            <MessageBar intent="error" layout="multiline" data-testid="previous-errors">
              <MessageBarBody>
                <MessageBarTitle>{t.errorsHeading(view.result.issueCount)}</MessageBarTitle>
                <ul className={styles.issues}>
                  {view.result.issues.map((issue, index) => (
                    <li key={index} data-cell={issue.cell ?? ""}>
                      {issue.message}
                    </li>
                  ))}
                </ul>
                {t.previousErrorsHint}
              </MessageBarBody>
            </MessageBar>
          )}
          {view.result.ok && view.result.missing.length > 0 && (
            <Text as="p" size={200} className={styles.hint} data-testid="previous-missing">
              {t.previousMissing(view.result.missing.length)} {view.result.missing.join(", ")}
            </Text>
          )}
        </>
      )}
    </div>
  );
}
