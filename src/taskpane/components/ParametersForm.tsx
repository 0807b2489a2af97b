import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { displayValue } from "../../params";
import { sentence } from "../../i18n/messages";
import type { Locale } from "../../i18n/locale";
import type { PaneController } from "../state/controller";
import { PARAMETER_KEYS, fieldSpec, type ParamKey } from "../state/parameters";
import { useLocale, useStrings } from "../i18n/context";
import { sourceName } from "../i18n/strings";
import { Section } from "./Section";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  reset: { alignSelf: "flex-start" },
});

/** The agreement's value as the papers print it, for the hint under the field. */
function defaultDisplay(key: ParamKey, locale: Locale): string {
  const value = fieldSpec(key, locale).defaultValue;
  if (key === "referenceDate" || typeof value === "string") return String(value);
  return displayValue(key, value, locale);
}

export function ParametersForm({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const embedded = pane.state.source === "embedded";
  return (
    <Section title={t.parametersHeading} testId="section-parameters">
      <div className={styles.fields}>
        {PARAMETER_KEYS.map((key) => {
          const check = pane.view.checks[key];
          const spec = fieldSpec(key, locale);
          const isDate = key === "referenceDate";
          // The population's date belongs to the population: fixed for the embedded figures,
          // required for a population read from the workbook.
          const hint = isDate
            ? embedded
              ? t.embeddedDateHint
              : t.dateRequiredHint
            : t.defaultHint(defaultDisplay(key, locale), sourceName(spec.source.document, spec.source.section, locale));
          const implausible = check.ok ? check.implausible : undefined;
          const confirmed = implausible !== undefined && pane.state.confirmed[key] === pane.state.params[key];
          return (
            <div key={key}>
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
        })}
      </div>
      <Button className={styles.reset} appearance="secondary" disabled={pane.busy} onClick={pane.actions.resetParams}>
        {t.parametersReset}
      </Button>
    </Section>
  );
}
