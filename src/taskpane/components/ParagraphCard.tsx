import { Button, Field, MessageBar, MessageBarBody, Select, Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { useId, useRef, useState } from "react";
import type { PaneController } from "../state/controller";
import { useStrings } from "../i18n/context";
import { copyText, type CopyOutcome } from "./copyText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginBlockStart: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  text: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: "anywhere",
  },
  copy: { alignSelf: "flex-start" },
});

/** The paragraph for the paper under the summary: the unit it is about, the text, and Copy. */
export function ParagraphCard({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const text = useRef<HTMLParagraphElement>(null);
  const [outcome, setOutcome] = useState<{ for: string; outcome: CopyOutcome } | undefined>(undefined);
  const { paragraph } = pane;
  if (paragraph.text === undefined && paragraph.error === undefined) return null;
  const copied = outcome && outcome.for === paragraph.text ? outcome.outcome : undefined;
  return (
    <div className={styles.root} role="group" aria-labelledby={headingId} data-testid="paragraph-card">
      <h3 id={headingId} className={styles.heading}>
        {t.paragraphHeading}
      </h3>
      <Text size={200} className={styles.hint}>
        {t.paragraphHint}
      </Text>
      <Field label={t.paragraphUnit}>
        <Select value={paragraph.unit ?? ""} onChange={(_, data) => paragraph.choose(data.value)} data-testid="paragraph-unit">
          {paragraph.units.municipalities.length > 0 && (
            <optgroup label={t.paragraphMunicipalities}>
              {paragraph.units.municipalities.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </optgroup>
          )}
          {paragraph.units.districts.length > 0 && (
            <optgroup label={t.paragraphDistricts}>
              {paragraph.units.districts.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      {paragraph.error !== undefined ? (
        <MessageBar intent="error">
          <MessageBarBody>{paragraph.error}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <p ref={text} className={styles.text} data-testid="paragraph">
            {paragraph.text}
          </p>
          <Button
            className={styles.copy}
            appearance="secondary"
            onClick={() => {
              const shown = paragraph.text ?? "";
              void copyText(shown, text.current).then((result) => setOutcome({ for: shown, outcome: result }));
            }}
            data-testid="paragraph-copy"
          >
            {t.paragraphCopy}
          </Button>
        </>
      )}
      <Text size={200} role="status" aria-live="polite" data-testid="paragraph-copied">
        {copied === "copied" ? t.paragraphCopied : copied === "selected" ? t.paragraphSelected : ""}
      </Text>
    </div>
  );
}
