import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { useRef, useState } from "react";
import packageJson from "../../../package.json";
import { requirementReport, testThisExcel, type ProbeResult } from "../../excel";
import type { PaneHost } from "../host";
import { useStrings } from "../i18n/context";
import type { Strings } from "../i18n/strings";
import { copyText, type CopyOutcome } from "./copyText";

/*
 * "Om tillägget", folded at the foot of the pane: which Excel this is, each requirement set that
 * matters and whether this Excel has it, and "Testa det här Excel" (src/excel/diagnostics.ts), all as
 * one text to copy: what a user sends when something fails.
 */

const useStyles = makeStyles({
  text: {
    whiteSpace: "pre-wrap",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const NEEDS: Record<ReturnType<typeof requirementReport>[number]["needs"], keyof Strings> = {
  fill: "aboutNeedsFill",
  cellEdit: "aboutNeedsCellEdit",
  merged: "aboutNeedsMerged",
  runtime: "aboutNeedsRuntime",
  functions: "aboutNeedsFunctions",
};

/** The diagnostics as plain text, one fact a line, in the pane's language. */
export function diagnosticsText(host: PaneHost, t: Strings, probes: readonly ProbeResult[] | undefined): string {
  const d = host.diagnostics;
  const lines = [
    `Kostnadsdelning ${packageJson.version}`,
    `Excel: ${d ? `${d.host} ${d.platform} ${d.version}` : t.aboutUnknown}${host.kind === "preview" ? " (preview)" : ""}`,
    `${t.aboutLanguage}: ${host.displayLanguage}`,
    ...requirementReport(host.run).map((r) => `${r.set} ${r.version}: ${r.supported ? t.aboutSupported : t.aboutUnsupported} (${t[NEEDS[r.needs]] as string})`),
    ...(probes ?? []).map((p) => `${t.aboutProbe(p.key)}: ${t.aboutOutcome(p.outcome)} (${p.detail})`),
  ];
  return lines.join("\n");
}

export function AboutSection({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const t = useStrings();
  const [probes, setProbes] = useState<readonly ProbeResult[] | undefined>(undefined);
  const [testing, setTesting] = useState(false);
  const [copied, setCopied] = useState<CopyOutcome | undefined>(undefined);
  const textRef = useRef<HTMLPreElement>(null);
  const text = diagnosticsText(host, t, probes);
  const test = async () => {
    setTesting(true);
    setCopied(undefined);
    try {
      setProbes(await testThisExcel(host.run));
    } finally {
      setTesting(false);
    }
  };
  return (
    <Accordion collapsible data-testid="about">
      <AccordionItem value="about">
        <AccordionHeader as="h2">{t.aboutHeading}</AccordionHeader>
        <AccordionPanel>
          <pre className={styles.text} ref={textRef} data-testid="about-text">
            {text}
          </pre>
          <Text as="p">{t.aboutTestHint}</Text>
          <div className={styles.actions}>
            <Button onClick={() => void test()} disabled={testing}>
              {testing ? t.aboutTesting : t.aboutTest}
            </Button>
            {testing && <Spinner size="tiny" />}
            <Button appearance="subtle" onClick={() => void copyText(text, textRef.current).then(setCopied)}>
              {t.aboutCopy}
            </Button>
            <Text aria-live="polite">{copied === "copied" ? t.aboutCopied : copied === "selected" ? t.aboutSelected : ""}</Text>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
