import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { formatKronor, formatNumber, type Locale } from "../../i18n";
import type { PaneController } from "../state/controller";
import type { LostValue } from "../state/store";
import { useLocale, useStrings } from "../i18n/context";
import type { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  surface: { maxWidth: "min(440px, calc(100vw - 24px))" },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  lost: { margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorPaletteRedForeground1 },
  carried: { margin: `${tokens.spacingVerticalS} 0` },
  actions: { display: "flex", flexWrap: "wrap", justifyContent: "flex-end", gap: tokens.spacingHorizontalS },
});

/** A lost value as the user typed it: kronor for a previous cost, a count for users. */
function lostText(item: LostValue, t: Strings, locale: Locale): string {
  const shown = (raw: string | number | boolean) => {
    const decimals = typeof raw === "number" && !Number.isInteger(raw) ? 2 : 0;
    return typeof raw !== "number" ? String(raw) : item.field === "previousCost" ? formatKronor(raw, locale, decimals) : formatNumber(raw, locale, decimals);
  };
  // A value for another period is named by its old column ("Belopp före 2020/år"), which says which.
  const field = item.column ?? (item.field === "users" ? t.fieldUsers : t.fieldPreviousCost);
  return item.replacedBy !== undefined
    ? t.existingReplacedItem(item.sheet, item.unit, field, shown(item.value), shown(item.replacedBy))
    : t.existingLostItem(item.sheet, item.unit, field, shown(item.value));
}

/**
 * Asked every time the plan's sheets exist already: nothing of the user's is overwritten without a
 * yes. Before anything is replaced it says what replacing does with the values typed into the old
 * sheets: first those it would lose (their unit is not in the new tables), then how many it carries over.
 */
export function ExistingSheetsDialog({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const fill = pane.state.fill;
  const open = fill.phase === "confirm";
  const lost = open ? fill.carryOver.lost.filter((item) => item.replacedBy === undefined) : [];
  const replaced = open ? fill.carryOver.lost.filter((item) => item.replacedBy !== undefined) : [];
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open && open) void pane.actions.decide("cancel");
      }}
    >
      <DialogSurface className={styles.surface} data-testid="existing-dialog">
        <DialogBody>
          <DialogTitle>{t.existingTitle}</DialogTitle>
          <DialogContent>
            {open && fill.changed && (
              <p className={styles.lost} data-testid="existing-changed">
                {t.existingChanged}
              </p>
            )}
            {t.existingText}
            <ul className={styles.list}>{open && fill.existing.map((name) => <li key={name}>{name}</li>)}</ul>
            {lost.length > 0 && (
              <div data-testid="existing-lost">
                <p className={styles.lost}>{t.existingLost(lost.length)}</p>
                <ul className={styles.list}>
                  {lost.map((item, index) => (
                    <li key={index}>{lostText(item, t, locale)}</li>
                  ))}
                </ul>
              </div>
            )}
            {replaced.length > 0 && (
              <div data-testid="existing-replaced">
                <p className={styles.lost}>{t.existingReplaced(replaced.length)}</p>
                <ul className={styles.list}>
                  {replaced.map((item, index) => (
                    <li key={index}>{lostText(item, t, locale)}</li>
                  ))}
                </ul>
              </div>
            )}
            {open && (
              <p className={styles.carried} data-testid="existing-carried">
                {t.existingCarried(fill.carryOver.carried)}
              </p>
            )}
            {t.existingQuestion}
          </DialogContent>
          <DialogActions className={styles.actions}>
            {/* Keeping both loses nothing, so it comes first and has the focus when the dialog opens. */}
            <Button appearance="primary" onClick={() => void pane.actions.decide("keepBoth")}>
              {t.existingKeepBoth}
            </Button>
            <Button appearance="secondary" onClick={() => void pane.actions.decide("replace")}>
              {t.existingReplace}
            </Button>
            <Button appearance="secondary" onClick={() => void pane.actions.decide("cancel")}>
              {t.existingCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
