import { FluentProvider, Link, makeStyles, webLightTheme } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import type { Locale } from "../i18n";
import { paneStrings } from "./i18n/strings";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, minHeight: "100vh", boxSizing: "border-box" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Shown when the pane's page is opened outside Excel (or office.js could not be loaded): say so, in plain words. */
export function NotInExcel({ locale }: { locale: Locale }) {
  const styles = useStyles();
  const t = paneStrings(locale);
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <main>
        <h1 className={styles.title}>{t.notInExcelTitle}</h1>
        <p>{t.notInExcelBody}</p>
        <Link href={`preview.html${locale === "en" ? "?lang=en" : ""}`}>{t.notInExcelPreview}</Link>
      </main>
    </FluentProvider>
  );
}
