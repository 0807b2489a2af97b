import { Button, Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { useCallback, useEffect, useId, useRef, type RefObject } from "react";
import type { PaneController } from "../state/controller";
import type { Strings } from "../i18n/strings";
import { useStrings } from "../i18n/context";
import { ExistingSheetsDialog, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar } from "../later";

const useStyles = makeStyles({
  // The fill button stays in view at the bottom of the pane while the parts above it are scrolled
  // (a narrow pane is far taller than the window); where it stands in the page, it stands there.
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: `0 -6px 6px -6px ${tokens.colorNeutralShadowAmbient}`,
  },
  heading: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  fill: { alignSelf: "stretch" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** Why the fill button is off, in words that say what to do next. */
function blockedReason(pane: PaneController, t: Strings): string {
  const { view } = pane;
  if (view.sheetKeys.length <= 1) return t.fillNeedsTable;
  // Reading the population comes first: its date (a parameter) is asked for only with it.
  if (view.dataBlock === "notRead" || view.dataBlock === "noTable" || view.dataBlock === "reading") return t.fillNeedsData;
  if (!view.parametersValid) return t.fillBlocked;
  if (view.unconfirmed.length > 0) return t.fillNeedsConfirmation;
  if (view.dataBlock === "partialUnconfirmed") return t.fillNeedsPartialConfirmation;
  if (view.dataBlock === "dateMismatch") return t.fillNeedsDataDate;
  return t.fillBlocked;
}

/**
 * The fill's result is where the user's eyes and keyboard go next: scrolled into view and focused
 * (a screen reader reads it), not left at the foot of a tall pane. The ref goes on the result, which
 * exists only once the fill is done or failed: focused when it appears (its component may arrive
 * after the phase changed, src/taskpane/later.tsx).
 */
function useOutcomeFocus() {
  return useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    element.scrollIntoView?.({ block: "nearest" });
    element.focus({ preventScroll: true });
  }, []);
}

/** The first field the user must correct (Fluent's Field marks it aria-invalid), in the pane around `from`. */
function firstFaultyField(from: HTMLElement | null): HTMLElement | null {
  const pane = from?.closest('[role="tabpanel"]') ?? from?.ownerDocument ?? null;
  return pane?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
}

/** When the existing-sheets question closes, the focus goes back to the fill button. */
function useFocusBackAfterDialog(phaseNow: string, button: RefObject<HTMLButtonElement>) {
  const previousPhase = useRef(phaseNow);
  const restoreTimer = useRef<number | undefined>(undefined);
  useEffect(() => {
    // When the existing-sheets question closes, the focus goes back to the fill button (where the
    // user was), not to the top of the page. The dialog keeps the focus while it fades out, so wait
    // until it has let go of it; if the user has moved on meanwhile, leave the focus where it is.
    const phase = phaseNow;
    const closed = previousPhase.current === "confirm" && phase !== "confirm";
    previousPhase.current = phase;
    if (!closed) return;
    const dialog = document.querySelector('[data-testid="existing-dialog"]');
    let tries = 0;
    window.clearInterval(restoreTimer.current);
    // Not cleared when the phase moves on (writing, done): only when the pane goes away.
    const timer = window.setInterval(() => {
      const active = document.activeElement;
      const inDialog = dialog !== null && active !== null && dialog.contains(active) && active.isConnected;
      if (!inDialog || ++tries > 40) {
        window.clearInterval(timer);
        if (active === null || active === document.body || !active.isConnected || inDialog) button.current?.focus();
      }
    }, 50);
    restoreTimer.current = timer;
  }, [phaseNow]);
  useEffect(() => () => window.clearInterval(restoreTimer.current), []);
}

export function FillSection({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const styles = useStyles();
  const reasonId = useId();
  const headingId = useId();
  const blocked = !pane.canFill && !pane.busy;
  // Blocked by a field with an error: the (still disabled) button takes the user there, focus on the first faulty field, instead of only saying so.
  const faulty = blocked && !pane.view.parametersValid && blockedReason(pane, t) === t.fillBlocked;
  const toFaultyField = () => {
    const field = firstFaultyField(button.current);
    field?.scrollIntoView?.({ block: "nearest" });
    field?.focus();
  };
  const button = useRef<HTMLButtonElement>(null);
  const outcome = useOutcomeFocus();
  useFocusBackAfterDialog(pane.state.fill.phase, button);
  const { fill } = pane.state;
  const statusText =
    fill.phase === "checking" ? t.checking : fill.phase === "writing" ? `${t.writing} ${t.progress(fill.done, fill.total)}` : "";
  return (
    <>
      <section className={styles.bar} aria-labelledby={headingId} data-testid="section-fill">
        <h2 id={headingId} className={styles.heading}>
          {t.fillHeading}
        </h2>
        <Button
          ref={button}
          className={styles.fill}
          appearance="primary"
          size="large"
          // Focusable while off: a keyboard or screen-reader user can reach it and hear why (aria-describedby),
          // and it keeps the focus while the fill runs and after the existing-sheets question closes.
          disabledFocusable={!pane.canFill}
          aria-describedby={blocked ? reasonId : undefined}
          // Fluent swallows a disabled-focusable button's click and Enter/Space: caught before it, to take the user to the faulty field.
          onClickCapture={faulty ? toFaultyField : undefined}
          onKeyDownCapture={faulty ? (event) => (event.key === "Enter" || event.key === " ") && toFaultyField() : undefined}
          onClick={() => void pane.actions.fill()}
          data-testid="fill"
        >
          {t.fillButton}
        </Button>
        {blocked && (
          <Text id={reasonId} size={200} className={styles.muted}>
            {blockedReason(pane, t)}
          </Text>
        )}
      </section>
      {/* One polite live region for the whole fill, so a screen reader hears each step once. */}
      <div role="status" aria-live="polite" className={styles.status} data-testid="fill-status">
        {(fill.phase === "checking" || fill.phase === "writing") && (
          <>
            <Text size={200}>{statusText}</Text>
            <ProgressBar
              aria-label={t.writing}
              value={fill.phase === "writing" && fill.total > 0 ? fill.done / fill.total : undefined}
              thickness="large"
            />
          </>
        )}
        {fill.phase === "done" && (
          <MessageBar intent="success" layout="multiline" data-testid="fill-done" ref={outcome} tabIndex={-1}>
            <MessageBarBody>
              <MessageBarTitle>{t.doneHeading}</MessageBarTitle>
              {t.doneText(fill.created.length)}
              <ul className={styles.list}>
                {fill.created.map((sheet) => (
                  <li key={sheet.name}>
                    <Link as="button" onClick={() => void pane.actions.activate(sheet.name)} aria-label={t.goTo(sheet.name)}>
                      {sheet.name}
                    </Link>
                  </li>
                ))}
              </ul>
              {fill.chartError !== undefined && (
                <Text as="p" data-testid="chart-failed">
                  {t.chartFailed(fill.chartError)}
                </Text>
              )}
              {pane.state.activateError && <Text role="alert">{t.activateFailed(pane.state.activateError)}</Text>}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="transparent" onClick={pane.actions.dismiss}>
                {t.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {fill.phase === "cancelled" && (
          <MessageBar intent="info">
            <MessageBarBody>{t.cancelled}</MessageBarBody>
          </MessageBar>
        )}
        {fill.phase === "failed" && (
          <MessageBar intent="error" layout="multiline" data-testid="fill-failed" ref={outcome} tabIndex={-1}>
            <MessageBarBody>
              <MessageBarTitle>{t.fillFailed}</MessageBarTitle>
              {fill.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ExistingSheetsDialog pane={pane} />
    </>
  );
}
