import { Button, Checkbox, Field, Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { Input } from "../later";
import { useId } from "react";
import { displayValue, shortLabel } from "../../params";
import { sentence, longDate, type Locale } from "../../i18n";
import type { PaneController } from "../state/controller";
import { PARAMETER_KEYS, fieldSpec, type ParamKey } from "../state/parameters";
import { useLocale, useStrings } from "../i18n/context";
import { sourceName, type Strings } from "../i18n/strings";
import { Section } from "./Section";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  reset: { alignSelf: "flex-start" },
  fold: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  folded: { flex: "1 1 auto", minWidth: 0, color: tokens.colorNeutralForeground2 },
  toggle: { flex: "0 0 auto", marginInlineStart: "auto" },
});

/** The agreement's value as the papers print it, for the hint under the field. */
function defaultDisplay(key: ParamKey, locale: Locale): string {
  const value = fieldSpec(key, locale).defaultValue;
  if (key === "referenceDate" || typeof value === "string") return String(value);
  return displayValue(key, value, locale);
}

/** A field's value as the papers print it ("615 312 kr", "19 %"); the text as typed while it is wrong. */
function shownValue(pane: PaneController, key: ParamKey, locale: Locale): string {
  if (key === "referenceDate") return pane.view.checks.referenceDate.ok ? pane.view.checks.referenceDate.value : pane.state.params[key];
  const check = pane.view.checks[key];
  return check.ok ? displayValue(key, check.value, locale) : pane.state.params[key];
}

/**
 * The folded parameters in one sentence, each value after its field's label in the fields' order:
 * "Avtalsvärden: gränsbelopp LOU 615 312 kr, avtalsperiod 8 år, …". Made from the fields, so a
 * figure declared for an agreement is in it without another edit.
 */
function foldedText(pane: PaneController, t: Strings, locale: Locale): string {
  const title = pane.view.parametersChanged.length > 0 ? t.parametersOwn : t.parametersAgreed;
  // A label starts a sentence; inside one it is lower case, but for an abbreviation ("LOU threshold").
  const inSentence = (label: string) => label.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLocaleLowerCase(locale));
  const values = PARAMETER_KEYS.map((key) => `${inSentence(shortLabel(fieldSpec(key, locale).label))} ${shownValue(pane, key, locale)}`);
  return t.parametersFolded(title, values.join(", "));
}

/**
 * The parameters, folded under their values: most users keep the agreements' values, and the fill
 * button should not sit below seven fields they never touch. "Ändra" shows the fields; a field that
 * is wrong or waits for a confirmation shows them by itself (and they cannot be folded until it is
 * right), and so does a value changed (setParam).
 */
export function ParametersForm({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const fieldsId = useId();
  const { parametersOpen: open, parametersAttention } = pane.view;
  const canFold = parametersAttention.length === 0 && pane.view.year.ok;
  return (
    <Section title={t.parametersHeading} testId="section-parameters">
      <div className={styles.fold}>
        {!open && (
          <Text size={200} className={styles.folded} data-testid="parameters-folded">
            {foldedText(pane, t, locale)}
          </Text>
        )}
        <Button
          className={styles.toggle}
          appearance="secondary"
          size="small"
          // Not folded while a field needs attention: its message would go out of sight.
          disabled={open && !canFold}
          aria-expanded={open}
          aria-controls={open ? fieldsId : undefined}
          onClick={() => pane.actions.openParameters(!open)}
          data-testid="parameters-toggle"
        >
          {open ? t.parametersHide : t.parametersEdit}
        </Button>
      </div>
      {open && (
        <div id={fieldsId} className={styles.fields}>
          <YearField pane={pane} />
          {PARAMETER_KEYS.map((key) => (
            <ParameterField key={key} pane={pane} name={key} />
          ))}
          <Button className={styles.reset} appearance="secondary" disabled={pane.busy} onClick={pane.actions.resetParams}>
            {t.parametersReset}
          </Button>
        </div>
      )}
    </Section>
  );
}

/** The budget year (optional): the threshold's default is the one in force on its first day. */
function YearField({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const year = pane.view.year;
  const text = pane.state.year.trim();
  return (
    <Field
      label={t.yearLabel}
      hint={t.yearHint}
      validationState={year.ok ? "none" : "error"}
      validationMessage={year.ok ? undefined : year.problem === "notAYear" ? t.yearNotAYear(text) : t.yearBeforeTable(text, year.first)}
    >
      <Input
        name="year"
        data-testid="param-year"
        value={pane.state.year}
        disabled={pane.busy}
        inputMode="numeric"
        placeholder={t.yearPlaceholder}
        autoComplete="off"
        onChange={(_, data) => pane.actions.setYear(data.value)}
      />
    </Field>
  );
}

/** The threshold's hint for a budget year chosen: the value in force, its source and period ("Gäller 2027: 700 000 kr – …"). */
function thresholdYearHint(pane: PaneController, t: Strings, locale: Locale): string | undefined {
  const chosen = pane.view.year;
  if (!chosen.ok || chosen.year === undefined) return undefined;
  const { year, period } = chosen;
  const when = period.to === undefined ? t.periodSince(longDate(period.from, locale)) : t.periodBetween(longDate(period.from, locale), longDate(period.to, locale));
  return t.thresholdForYear(String(year), displayValue("threshold", period.value, locale), sourceName(period.source.document, period.source.section, locale), when);
}

/** One parameter: its label, the agreement's value and source under it, its message, and the tick for an implausible value. */
function ParameterField({ pane, name: key }: { pane: PaneController; name: ParamKey }) {
  const t = useStrings();
  const locale = useLocale();
  const embedded = pane.state.source === "embedded";
  const check = pane.view.checks[key];
  const spec = fieldSpec(key, locale);
  const isDate = key === "referenceDate";
  // The population's date belongs to the population: fixed for the embedded figures,
  // required for a population read from the workbook.
  const hint = isDate
    ? embedded
      ? t.embeddedDateHint
      : t.dateRequiredHint
    : (key === "threshold" ? thresholdYearHint(pane, t, locale) : undefined) ??
      t.defaultHint(defaultDisplay(key, locale), sourceName(spec.source.document, spec.source.section, locale));
  const implausible = check.ok ? check.implausible : undefined;
  const confirmed = implausible !== undefined && pane.state.confirmed[key] === pane.state.params[key];
  return (
    <div>
      <Field
        label={spec.label}
        hint={hint}
        required={isDate && !embedded}
        validationState={!check.ok ? "error" : implausible && !confirmed ? "warning" : "none"}
        validationMessage={!check.ok ? sentence(check.message) : implausible && sentence(implausible)}
      >
        <Input
          name={key}
          data-testid={`param-${key}`}
          value={pane.state.params[key]}
          disabled={pane.busy || (isDate && embedded)}
          inputMode={isDate ? "text" : "decimal"}
          placeholder={isDate ? t.dateFormatHint : undefined}
          autoComplete="off"
          onChange={(_, data) => pane.actions.setParam(key, data.value)}
        />
      </Field>
      {implausible && (
        <Checkbox
          data-testid={`confirm-${key}`}
          checked={confirmed}
          disabled={pane.busy}
          label={t.confirmValue}
          onChange={(_, data) => pane.actions.confirmParam(key, data.checked === true)}
        />
      )}
    </div>
  );
}
