import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneController } from "../state/controller";
import { useStrings } from "../i18n/context";

const useStyles = makeStyles({
  surface: { maxWidth: "min(440px, calc(100vw - 24px))" },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", justifyContent: "flex-end", gap: tokens.spacingHorizontalS },
});

/** Asked every time the plan's sheets exist already: nothing of the user's is overwritten without a yes. */
export function ExistingSheetsDialog({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const styles = useStyles();
  const fill = pane.state.fill;
  const open = fill.phase === "confirm";
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
            {t.existingText}
            <ul className={styles.list}>{open && fill.existing.map((name) => <li key={name}>{name}</li>)}</ul>
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
