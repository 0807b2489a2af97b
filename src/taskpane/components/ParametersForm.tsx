import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { formatKronor, formatNumber, formatPercent, Locale } from "../../i18n/locale";
import type { PaneController } from "../state/controller";
import { PARAMETER_KEYS, PARAMETER_SPECS, ParamKey } from "../state/parameters";
import { useLocale, useStrings } from "../i18n/context";
import { sourceName } from "../i18n/strings";
import { Section } from "./Section";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  reset: { alignSelf: "flex-start" },
});

const KRONOR: readonly ParamKey[] = ["threshold", "supportBudget", "budget2026"];

/** The agreement's value as the papers print it, for the hint under the field. */
function defaultDisplay(key: ParamKey, locale: Locale): string {
  const value = PARAMETER_SPECS[key].defaultValue;
  if (typeof value === "string") return value;
  if (KRONOR.includes(key)) return formatKronor(value, locale);
  if (key === "municipalShare") return formatPercent(value / 100, locale, 0);
  return formatNumber(value, locale);
}

export function ParametersForm({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <Section title={t.parametersHeading} testId="section-parameters">
      <div className={styles.fields}>
        {PARAMETER_KEYS.map((key) => {
          const check = pane.view.checks[key];
          const spec = PARAMETER_SPECS[key];
          const hint = t.defaultHint(defaultDisplay(key, locale), sourceName(spec.source.document, spec.source.section, locale));
          return (
            <Field
              key={key}
              label={t.paramLabel[key]}
              hint={hint}
              validationState={check.ok ? "none" : "error"}
              validationMessage={check.ok ? undefined : t.problem[check.problem]}
            >
              <Input
                name={key}
                data-testid={`param-${key}`}
                value={pane.state.params[key]}
                disabled={pane.busy}
                inputMode={spec.kind === "date" ? "text" : "decimal"}
                placeholder={spec.kind === "date" ? t.dateFormatHint : undefined}
                autoComplete="off"
                onChange={(_, data) => pane.actions.setParam(key, data.value)}
              />
            </Field>
          );
        })}
      </div>
      <Button className={styles.reset} appearance="secondary" disabled={pane.busy} onClick={pane.actions.resetParams}>
        {t.parametersReset}
      </Button>
    </Section>
  );
}
