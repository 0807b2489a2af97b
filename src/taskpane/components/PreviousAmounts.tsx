import { Button, Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { useId, useState } from "react";
import type { PaneController } from "../state/controller";
import type { PreviousView } from "../state/previousAmounts";
import { PreviousAmountsPanel } from "../later";
import { useStrings } from "../i18n/context";
import type { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingBlockStart: tokens.spacingVerticalS },
  fold: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  folded: { flex: "1 1 auto", minWidth: 0, display: "flex", flexDirection: "column" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: { flex: "0 0 auto", marginInlineStart: "auto" },
  status: { color: tokens.colorNeutralForeground2 },
});

/** One line on what was read, shown under the folded heading. */
function statusLine(view: PreviousView, t: Strings): string | undefined {
  if (view.status === "reading") return t.reading;
  if (view.status === "failed") return t.readFailed(view.message);
  if (view.status === "waiting") return t.previousWaiting;
  if (view.status !== "read") return undefined;
  const { result } = view;
  if (!result.ok) return t.errorsHeading(result.issueCount);
  const given = Object.keys(result.amounts).length;
  return t.previousGiven(given, given + result.missing.length);
}

/**
 * Last period's amounts per unit (issue 12), folded under the population to one line (what was read,
 * or that nothing was): "Läs in" shows the choice of range or tables, the errors to fix (each with its
 * cell) and the units that get no amount.
 */
export function PreviousAmounts({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.part} role="group" aria-labelledby={headingId} data-testid="previous-amounts">
      <div className={styles.fold}>
        <div className={styles.folded}>
          <h3 id={headingId} className={styles.heading}>
            {t.previousHeading}
          </h3>
          {!open && (
            <Text size={200} className={styles.status} data-testid="previous-status">
              {statusLine(pane.previous.view, t) ?? t.previousNone}
            </Text>
          )}
        </div>
        <Button
          className={styles.toggle}
          appearance="secondary"
          size="small"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          aria-describedby={headingId}
          onClick={() => setOpen(!open)}
          data-testid="previous-toggle"
        >
          {open ? t.previousHide : t.previousShow}
        </Button>
      </div>
      {open && <PreviousAmountsPanel pane={pane} id={panelId} />}
    </div>
  );
}
