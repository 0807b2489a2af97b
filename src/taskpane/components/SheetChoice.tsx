import { Checkbox, Field, Radio, RadioGroup, Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { useId } from "react";
import type { PaneController } from "../state/controller";
import { SHEET_GROUPS, SheetGroup } from "../state/store";
import { useStrings } from "../i18n/context";
import type { Strings } from "../i18n/strings";
import { Section } from "./Section";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const LABEL: Record<SheetGroup, keyof Strings> = {
  lou: "sheetLou",
  support: "sheetSupport",
  agreement2026: "sheet2026",
  annualCost: "sheetAnnualCost",
  sources: "sheetSources",
};

export function SheetChoice({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const styles = useStyles();
  const hintId = useId();
  const none = pane.view.sheetKeys.length <= 1;
  return (
    <Section title={t.whatHeading} testId="section-sheets">
      <fieldset className={styles.group} aria-describedby={hintId}>
        <legend className={styles.legend}>{t.sheetsLegend}</legend>
        {SHEET_GROUPS.map((group) => (
          <Checkbox
            key={group}
            label={t[LABEL[group]] as string}
            checked={pane.state.sheets[group]}
            disabled={pane.busy}
            onChange={(_, data) => pane.actions.toggleSheet(group, data.checked === true)}
          />
        ))}
      </fieldset>
      <Text id={hintId} size={200} className={styles.hint}>
        {t.sheetsHint}
      </Text>
      {none && (
        <Text role="alert" size={200}>
          {t.sheetsNone}
        </Text>
      )}
      <Field label={t.roundingLabel}>
        <RadioGroup
          value={pane.state.rounding}
          disabled={pane.busy}
          onChange={(_, data) => pane.actions.setRounding(data.value === "addsUp" ? "addsUp" : "annex")}
        >
          <Radio value="annex" label={t.roundingAnnex} />
          <Radio value="addsUp" label={t.roundingAddsUp} />
        </RadioGroup>
      </Field>
    </Section>
  );
}
