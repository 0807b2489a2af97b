import { Button, Checkbox, Field, Radio, RadioGroup, Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { useState } from "react";
import type { PaneController } from "../state/controller";
import { useLocale, useStrings } from "../i18n/context";
import { formatNumber } from "../../i18n";
import { ImportPreview, MessageBar, MessageBarBody, MessageBarTitle, Select } from "../later";
import { PreviousAmounts } from "./PreviousAmounts";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  grow: { flexGrow: 1, minWidth: "140px" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function DataSection({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const styles = useStyles();
  const { state, actions, busy } = pane;
  const reading = state.imported.status === "reading";
  // Something read: another range or table may be added to it (SCB's municipalities beside the city's districts).
  const canAdd = state.imported.status === "read";
  const tableNames = state.tables.status === "loaded" ? state.tables.names : [];
  return (
    <Section title={t.dataHeading} testId="section-data">
      <Field label={t.dataSourceLabel}>
        <RadioGroup
          value={state.source}
          disabled={busy}
          onChange={(_, data) => actions.setSource(data.value === "range" ? "range" : data.value === "table" ? "table" : "embedded")}
        >
          <Radio value="embedded" label={t.dataEmbedded} />
          <Radio value="range" label={t.dataRange} />
          <Radio value="table" label={t.dataTable} />
        </RadioGroup>
      </Field>
      {state.source !== "embedded" && (
        <Text size={200} className={styles.hint}>
          {t.dataColumnsHint}
        </Text>
      )}
      {state.source !== "embedded" && <TemplateButton pane={pane} />}
      {state.source === "range" && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || reading} onClick={() => void actions.readRange()}>
            {t.readRange}
          </Button>
          {canAdd && (
            <Button appearance="secondary" data-testid="add-range" disabled={busy || reading} onClick={() => void actions.addRange()}>
              {t.addRange}
            </Button>
          )}
        </div>
      )}
      {state.source === "table" && (
        <div className={styles.row}>
          <Field
            className={styles.grow}
            label={t.tableLabel}
            validationState={state.tables.status === "failed" || (state.tables.status === "loaded" && tableNames.length === 0) ? "warning" : "none"}
            validationMessage={
              state.tables.status === "failed"
                ? t.readFailed(state.tables.message)
                : state.tables.status === "loaded" && tableNames.length === 0
                  ? t.noTables
                  : undefined
            }
          >
            <Select
              value={state.tableName}
              disabled={busy || tableNames.length === 0}
              onChange={(_, data) => actions.chooseTable(data.value)}
            >
              {tableNames.length === 0 && <option value="">{t.chooseTable}</option>}
              {tableNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" disabled={busy || reading || state.tableName === ""} onClick={() => void actions.readTable()}>
            {t.readTable}
          </Button>
          {canAdd && (
            <Button appearance="secondary" data-testid="add-table" disabled={busy || reading || state.tableName === ""} onClick={() => void actions.addTable()}>
              {t.addTable}
            </Button>
          )}
          <Button appearance="subtle" disabled={busy || state.tables.status === "loading"} onClick={() => void actions.loadTables()}>
            {t.refreshTables}
          </Button>
        </div>
      )}
      {state.source !== "embedded" && (
        <Checkbox
          data-testid="scb-noise"
          checked={state.scbNoise}
          disabled={busy || reading}
          label={t.scbNoise}
          onChange={(_, data) => void actions.setScbNoise(data.checked === true)}
        />
      )}
      {state.source !== "embedded" && <ImportPreview pane={pane} />}
      {state.source !== "embedded" && <PartialCountyNotice pane={pane} />}
      <PreviousAmounts pane={pane} />
    </Section>
  );
}

/** A population that lacks units of the county: what it lacks, and the user's explicit choice to fill anyway. */
function PartialCountyNotice({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const locale = useLocale();
  const completeness = pane.view.completeness;
  const data = pane.state.imported.status === "read" ? pane.state.imported.data : undefined;
  const derived = data?.stockholmDerived;
  const derivedNote = (
    <>
      {derived !== undefined && (
        <Text size={200} data-testid="stockholm-derived">
          {t.stockholmDerived(formatNumber(derived, locale))}
        </Text>
      )}
      {data?.rest && (
        <Text size={200} data-testid="rest-derived">
          {t.restDerived(data.rest.rest, data.rest.cityTotal, data.rest.districts)}
        </Text>
      )}
      {data?.noise && (
        <Text size={200} data-testid="noise-note">
          {t.noiseNote(data.noise.stated, data.noise.summed, data.noise.margin)}
        </Text>
      )}
    </>
  );
  const dateMismatch = pane.view.dataBlock === "dateMismatch" && data?.dataDate !== undefined && (
    <MessageBar intent="error" data-testid="data-date-mismatch">
      <MessageBarBody>{t.dataDateMismatch(data.dataDate)}</MessageBarBody>
    </MessageBar>
  );
  if (!completeness || completeness.complete)
    return (
      <>
        {derivedNote}
        {dateMismatch}
      </>
    );
  return (
    <>
    {derivedNote}
    {dateMismatch}
    <MessageBar intent="warning" layout="multiline" data-testid="partial-county">
      <MessageBarBody>
        <MessageBarTitle>{t.partialHeading}</MessageBarTitle>
        {completeness.missingMunicipalities.length > 0 && <div>{t.partialMunicipalities(completeness.missingMunicipalities.join(", "))}</div>}
        {completeness.noDistricts && <div>{t.partialNoDistricts}</div>}
        {completeness.missingDistricts.length > 0 && <div>{t.partialDistricts(completeness.missingDistricts.join(", "))}</div>}
        <Checkbox
          data-testid="confirm-partial"
          checked={pane.state.partialConfirmed}
          disabled={pane.busy}
          label={t.partialConfirm}
          onChange={(_, data) => pane.actions.confirmPartial(data.checked === true)}
        />
      </MessageBarBody>
    </MessageBar>
    </>
  );
}

/**
 * Today's county as an Excel table to paste figures into: the 26 municipalities, Stockholm, the
 * districts of the layout in force on the population's date (required: the field above) and the rest
 * post, on a new sheet; the pane then reads from that table.
 */
function TemplateButton({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const styles = useStyles();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const dateOk = pane.view.checks.referenceDate.ok;
  return (
    <div className={styles.row}>
      <Button
        appearance="secondary"
        data-testid="insert-template"
        disabled={pane.busy || !dateOk}
        onClick={() =>
          void pane.actions.insertTemplate().then((result) => setStatus(result.ok ? { ok: true, text: t.templateInserted(result.sheet) } : { ok: false, text: result.message }))
        }
      >
        {t.insertTemplate}
      </Button>
      <Text size={200} className={styles.hint} role="status" data-testid="template-status">
        {status ? status.text : dateOk ? "" : t.templateNeedsDate}
      </Text>
    </div>
  );
}
