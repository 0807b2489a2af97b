import { existsSync } from "fs";

/**
 * Tests that need a system program (Debian's chromium, LibreOffice's soffice) run where it is
 * installed. On CI (CI=true, where .ci/run installs them) a missing program is a failure, never a
 * silent skip; on a developer's machine without it the tests are skipped with a note saying why.
 */
export function systemTool(name: "chromium" | "soffice"): { available: boolean; path: string } {
  const candidates = name === "chromium" ? ["/usr/bin/chromium", "/usr/bin/chromium-browser"] : ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path && process.env.CI) {
    throw new Error(`${name} is required on CI (see .ci/run) but was not found in ${candidates.join(", ")}`);
  }
  if (!path) {
    console.warn(`Skipping tests that need ${name}: install it (apt-get install ${name === "soffice" ? "libreoffice-calc" : "chromium"}) to run them.`);
  }
  return { available: Boolean(path), path: path ?? "" };
}

/** `describe` when the tool is there, `describe.skip` otherwise (see systemTool). */
export function describeWithTool(name: "chromium" | "soffice", title: string, body: (path: string) => void): void {
  const tool = systemTool(name);
  (tool.available ? describe : describe.skip)(`${title} (${name})`, () => body(tool.path));
}
