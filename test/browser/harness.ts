import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ROOT } from "../helpers/productionBuild";

/*
 * What the browser tests and the pane bench share: a production build that is not older than the
 * sources, a static server for dist/ on 127.0.0.1, and Debian's chromium started the way this
 * machine allows (ENVIRONMENT.md).
 */

export { ROOT, productionBuild } from "../helpers/productionBuild";

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Serves a directory over http on 127.0.0.1 and a random port. */
export async function serveDirectory(dir: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pane-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly targets: readonly string[];
}

let axeSource: string | undefined;

/**
 * The serious and critical accessibility violations axe-core finds on the page as it is now.
 * axe is injected through the DevTools protocol, not as a <script> from another origin, so the
 * page's CSP stays as shipped. Fluent UI's focus manager (Tabster) puts aria-hidden, focusable
 * <i data-tabster-dummy> bumpers around focus groups to redirect focus; they never keep it, and
 * Microsoft's own checker (Accessibility Insights) excludes them from aria-hidden-focus
 * (microsoft/tabster#288). Every other node, and every other rule, counts.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes
          .filter((node) => !(violation.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(node.html)))
          .map((node) => node.target.join(" ")),
      }))
      .filter((violation) => violation.targets.length > 0);
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
