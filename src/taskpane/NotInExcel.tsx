import { FluentProvider, Link, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../i18n/locale";

const TEXT: Record<Locale, { title: string; body: string; preview: string }> = {
  sv: {
    title: "Kostnadsdelning behöver Excel",
    body: "Det här är aktivitetsfönstret till tillägget Kostnadsdelning. Öppna det i Excel, från menyfliksområdet.",
    preview: "Prova fönstret utan Excel",
  },
  en: {
    title: "Cost sharing needs Excel",
    body: "This is the task pane of the Cost sharing add-in. Open it in Excel, from the ribbon.",
    preview: "Try the pane without Excel",
  },
};

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, minHeight: "100vh", boxSizing: "border-box" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Shown when the pane's page is opened outside Excel (or office.js could not be loaded): say so, in plain words. */
export function NotInExcel({ locale }: { locale: Locale }) {
  const styles = useStyles();
  const text = TEXT[locale];
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <main>
        <h1 className={styles.title}>{text.title}</h1>
        <p>{text.body}</p>
        <Link href={`preview.html${locale === "en" ? "?lang=en" : ""}`}>{text.preview}</Link>
      </main>
    </FluentProvider>
  );
}
