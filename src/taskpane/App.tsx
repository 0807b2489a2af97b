import { FluentProvider, Tab, TabList, makeStyles, webLightTheme } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { lazy, Suspense, useState } from "react";
import type { PaneHost } from "./host";
import { usePane } from "./state/controller";
import type { PaneServices } from "./state/services";
import { defaultServices } from "./state/defaultServices";
import { LocaleProvider } from "./i18n/context";
import { paneStrings } from "./i18n/strings";
import { FillPanel } from "./components/FillPanel";

// The check tab is its own chunk: the fill tab, which the pane opens on, does not wait for it.
const CheckPanel = lazy(() => import("./check/CheckPanel").then((module) => ({ default: module.CheckPanel })));
// "Om tillägget" too: folded at the foot of the pane, it is seldom opened.
const AboutSection = lazy(() => import("./components/AboutSection").then((module) => ({ default: module.AboutSection })));

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "640px",
    minWidth: "0",
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  header: { paddingBlock: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

type TabValue = "fill" | "check";

export interface AppProps {
  readonly host: PaneHost;
  /** For tests: other plan builders and writers than the real ones. */
  readonly services?: PaneServices;
}

/** The whole pane; the same tree runs inside Excel and in the preview page, only `host` differs. */
export function App({ host, services }: AppProps) {
  const styles = useStyles();
  const pane = usePane(host, services ?? defaultServices);
  const t = paneStrings(host.locale);
  const [tab, setTab] = useState<TabValue>("fill");
  const tabId = (value: TabValue) => `pane-tab-${value}`;
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={host.locale === "sv" ? "sv-SE" : "en"}>
      <LocaleProvider value={host.locale}>
        <main className={styles.root}>
          <header className={styles.header}>
            <h1 className={styles.title}>{t.appTitle}</h1>
            <p className={styles.subtitle}>{t.appSubtitle}</p>
          </header>
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, data) => setTab(data.value === "check" ? "check" : "fill")}
            aria-label={t.tabsLabel}
          >
            <Tab id={tabId("fill")} value="fill" aria-controls="pane-tabpanel">
              {t.tabFill}
            </Tab>
            <Tab id={tabId("check")} value="check" aria-controls="pane-tabpanel">
              {t.tabCheck}
            </Tab>
          </TabList>
          <div id="pane-tabpanel" role="tabpanel" aria-labelledby={tabId(tab)}>
            {tab === "fill" ? (
              <FillPanel pane={pane} />
            ) : (
              <Suspense fallback={null}>
                <CheckPanel locale={host.locale} run={host.run} />
              </Suspense>
            )}
          </div>
          <Suspense fallback={null}>
            <AboutSection host={host} />
          </Suspense>
        </main>
      </LocaleProvider>
    </FluentProvider>
  );
}
