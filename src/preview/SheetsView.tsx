import { FluentProvider, Tab, TabList, makeStyles, webLightTheme } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { memo, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Locale } from "../i18n";
import { textsIn } from "../taskpane/i18n/catalogue";
import type { ChangeSignal } from "./changes";
import { sheetGrid, visibleSheets, type GridSource, type SheetGrid } from "./sheetGrid";
import { PREVIEW_STRINGS } from "./strings";

/*
 * The filled sheets under the pane: one tab per sheet of the double, each a plain read-only table of
 * what Excel would show (values under their number formats), with the column letters and row
 * numbers as its headers. It reads the double again after every batch the page runs, and follows the
 * workbook's active sheet (the fill shows its first sheet; "Gå till Kommuner" shows Kommuner).
 */

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  tabs: { flexWrap: "wrap" },
  scroller: {
    maxWidth: "100%",
    maxHeight: "70vh",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // As wide as its cells want (the region scrolls): a narrow page must not squeeze a column to a letter.
  table: { width: "max-content", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    minWidth: "3em",
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  rowHeader: {
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: "end",
  },
  cell: {
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: "1px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    // A long text (a title, a note, the paragraph) wraps at its words inside a column of its own width.
    maxWidth: "24em",
    verticalAlign: "top",
    overflowWrap: "break-word",
  },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface SheetsViewProps {
  readonly source: GridSource;
  readonly locale: Locale;
  readonly changes: ChangeSignal;
}

export function SheetsView({ source, locale, changes }: SheetsViewProps) {
  const t = textsIn(PREVIEW_STRINGS, locale);
  const styles = useStyles();
  const version = useSyncExternalStore(changes.subscribe, changes.version);
  const names = useMemo(() => visibleSheets(source), [source, version]);
  const active = useMemo(() => source.activeSheet(), [source, version]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const followed = useRef<string | undefined>(undefined);
  useEffect(() => {
    // The workbook's active sheet changed (a fill, "Gå till …"): show it, as Excel would.
    if (active !== followed.current) {
      followed.current = active;
      setChosen(active);
    }
  }, [active]);
  const shown = chosen !== undefined && names.includes(chosen) ? chosen : names.includes(active) ? active : names[0];
  const grid = useMemo(() => (shown === undefined ? undefined : sheetGrid(source, shown, locale)), [source, shown, locale, version]);
  const tabId = (name: string) => `preview-sheet-tab-${names.indexOf(name)}`;
  return (
    <FluentProvider theme={webLightTheme} lang={locale === "sv" ? "sv-SE" : "en"}>
      <section className={styles.root} aria-labelledby="preview-sheets-heading" data-testid="preview-sheets">
        <h2 id="preview-sheets-heading" className={styles.heading}>
          {t.sheetsHeading}
        </h2>
        <p className={styles.hint}>{t.sheetsHint}</p>
        <TabList className={styles.tabs} size="small" selectedValue={shown} onTabSelect={(_, data) => setChosen(String(data.value))} aria-label={t.sheetsLabel}>
          {names.map((name) => (
            <Tab key={name} id={tabId(name)} value={name} aria-controls="preview-sheet-panel">
              {name}
            </Tab>
          ))}
        </TabList>
        {grid && (
          <div id="preview-sheet-panel" role="tabpanel" aria-labelledby={tabId(grid.name)}>
            <Grid grid={grid} label={t.sheetGrid(grid.name)} rowHeader={t.rowHeader} empty={t.emptySheet} />
            {grid.clipped && <p className={styles.muted}>{t.clipped(grid.rows.length, grid.columns.length)}</p>}
          </div>
        )}
      </section>
    </FluentProvider>
  );
}

/** One sheet as a table: column letters and row numbers as headers, every cell as Excel shows it. */
const Grid = memo(function Grid({ grid, label, rowHeader, empty }: { grid: SheetGrid; label: string; rowHeader: string; empty: string }) {
  const styles = useStyles();
  if (grid.rows.length === 0) return <p className={styles.muted}>{empty}</p>;
  return (
    // Scrolls on its own (a sheet is wider than the pane): focusable, so a keyboard can scroll it too.
    <div className={styles.scroller} role="region" aria-label={label} tabIndex={0} data-testid="preview-grid">
      <table className={styles.table} data-sheet={grid.name}>
        <caption className={styles.hidden}>{label}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.columnHeader}>
              <span className={styles.hidden}>{rowHeader}</span>
            </th>
            {grid.columns.map((letter) => (
              <th key={letter} scope="col" className={styles.columnHeader}>
                {letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.number}>
              <th scope="row" className={styles.rowHeader}>
                {row.number}
              </th>
              {row.cells.map((cell, c) => (
                <td key={c} className={cell.numeric ? `${styles.cell} ${styles.number}` : styles.cell}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
