import { Button, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneController } from "../state/controller";
import { defaultTables, type PreviousView } from "../state/previousAmounts";
import { useStrings } from "../i18n/context";

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
