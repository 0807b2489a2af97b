import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext } from "playwright-core";

/*
 * What the browser tests and the pane bench share: a production build that is not older than the
 * sources, a static server for dist/ on 127.0.0.1, and Debian's chromium started the way this
 * machine allows (ENVIRONMENT.md).
 */

export const ROOT = path.resolve(__dirname, "../..");
/** dist/, or PANE_DIST: an already built directory to serve as it is (no build). */
export const DIST = process.env.PANE_DIST ? path.resolve(process.env.PANE_DIST) : path.join(ROOT, "dist");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/ in production mode when dist/preview.html is missing or older than src/ or the webpack config. */
export function ensureProductionBuild(): void {
  if (process.env.PANE_DIST) {
    return;
  }
  const built = path.join(DIST, "preview.html");
  const sources = Math.max(newestMtime(path.join(ROOT, "src")), fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs);
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) {
    return;
  }
  // One build at a time on a shared checkout: another suite (or helper) may be building too.
  execFileSync("flock", ["/tmp/kostnadsdelning-webpack.lock", "npx", "webpack", "--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
    timeout: 600_000,
  });
}

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
