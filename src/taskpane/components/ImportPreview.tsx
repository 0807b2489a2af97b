import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import type { RowKind } from "../../input";
import { formatNumber } from "../../i18n";
import type { PaneController } from "../state/controller";
import { useLocale, useStrings } from "../i18n/context";
import type { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  status: { color: tokens.colorNeutralForeground2 },
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  scroller: {
    maxHeight: "260px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", padding: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  th: {
    textAlign: "start",
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  bad: { backgroundColor: tokens.colorStatusDangerBackground1, color: tokens.colorStatusDangerForeground3 },
});

function kindText(kind: RowKind | null, t: Strings): string {
  switch (kind) {
    case "municipality":
      return t.typeMunicipality;
    case "district":
      return t.typeDistrict;
    case "rest":
      return t.typeRest;
    case "aggregate":
      return t.typeAggregate;
    case "outside":
      return t.typeOutside;
    default:
      return "–";
  }
}

/** What was read from the workbook: every wrong row with its cell, then the rows themselves. */
export function ImportPreview({ pane }: { pane: PaneController }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const imported = pane.state.imported;
  return (
    <div aria-live="polite" data-testid="import-preview">
      {imported.status === "none" && (
        <Text size={200} className={styles.status}>
          {t.notRead}
        </Text>
      )}
      {imported.status === "reading" && (
        <Text size={200} className={styles.status}>
          {t.reading}
        </Text>
      )}
      {imported.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.readFailed(imported.message)}</MessageBarBody>
        </MessageBar>
      )}
      {imported.status === "read" && (
        <>
          <Text as="p" size={200} className={styles.status}>
            {imported.data.addresses ? t.readFromSeveral(imported.data.addresses) : t.readFrom(imported.data.address)}
            {" · "}
            {t.readSummary(
              imported.data.rows.filter((row) => row.kind === "municipality").length,
              imported.data.rows.filter((row) => row.kind === "district").length,
            )}
          </Text>
          {(imported.data.notes ?? []).length > 0 && (
            <ul className={styles.issues} data-testid="import-notes">
              {imported.data.notes!.map((note) => (
                <li key={note}>
                  <Text size={200}>{note}</Text>
                </li>
              ))}
            </ul>
          )}
          {imported.data.issues.length > 0 && (
            <MessageBar intent="error" layout="multiline" data-testid="import-errors">
              <MessageBarBody>
                <MessageBarTitle>{t.errorsHeading(imported.data.issueCount ?? imported.data.issues.length)}</MessageBarTitle>
                <ul className={styles.issues}>
                  {imported.data.issues.map((issue, index) => (
                    <li key={index} data-cell={issue.cell ?? ""}>
                      {issue.message}
                    </li>
                  ))}
                </ul>
                {t.errorsHint}
              </MessageBarBody>
            </MessageBar>
          )}
          {imported.data.rows.length > 0 && (
            <div className={styles.scroller} tabIndex={0} role="region" aria-label={t.previewCaption}>
              <table className={styles.table}>
                <caption className={styles.caption}>{t.previewCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={styles.th}>
                      #
                    </th>
                    <th scope="col" className={styles.th}>
                      {t.colName}
                    </th>
                    <th scope="col" className={styles.th}>
                      {t.colType}
                    </th>
                    <th scope="col" className={`${styles.th} ${styles.number}`}>
                      {t.colPopulation}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {imported.data.rows.map((row) => (
                    <tr key={`${row.source ?? ""}${row.row}:${row.name}`} className={row.valid ? undefined : styles.bad} data-valid={row.valid}>
                      <td className={styles.td}>{row.row}</td>
                      <td className={styles.td}>{row.name || "–"}</td>
                      <td className={styles.td}>{kindText(row.kind, t)}</td>
                      <td className={`${styles.td} ${styles.number}`}>{row.population === null ? "–" : formatNumber(row.population, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
