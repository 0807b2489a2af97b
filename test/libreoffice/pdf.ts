import { execFileSync } from "child_process";
import { existsSync } from "fs";

/*
 * Reading a printed PDF with poppler's pdfinfo and pdftotext (Debian's poppler-utils): the number of
 * pages, each page's size, and each page's text as laid out. On CI (CI=true, where .ci/run installs
 * poppler-utils) a missing tool is a failure, never a silent skip; elsewhere the tests that need it
 * are skipped with a note saying how to install it, as test/helpers/system.ts does for soffice.
 */

const TOOLS = ["/usr/bin/pdfinfo", "/usr/bin/pdftotext"];

/** Whether pdfinfo and pdftotext are installed (throws on CI when they are not). */
export function popplerAvailable(): boolean {
  const missing = TOOLS.filter((tool) => !existsSync(tool));
  if (missing.length > 0 && process.env.CI) throw new Error(`${missing.join(", ")} required on CI (see .ci/run: poppler-utils) but not found`);
  if (missing.length > 0) console.warn("Skipping the tests that read the printed PDF: install poppler-utils (apt-get install poppler-utils) to run them.");
  return missing.length === 0;
}

export interface PdfPage {
  /** 1, 2, ... */
  readonly number: number;
  /** Width and height in points (A4: 595.3 × 841.9, either way round). */
  readonly width: number;
  readonly height: number;
  /** The page's text as pdftotext lays it out (-layout): one line per printed line. */
  readonly text: string;
}

/** Every page of the PDF with its size and text. */
export function readPdf(path: string): PdfPage[] {
  const info = execFileSync(TOOLS[0], [path], { encoding: "utf8" });
  const count = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
  if (!(count > 0)) throw new Error(`pdfinfo found no pages in ${path}`);
  const sizes = execFileSync(TOOLS[0], ["-f", "1", "-l", String(count), path], { encoding: "utf8" });
  return Array.from({ length: count }, (_, i) => {
    const size = new RegExp(`^Page\\s+${i + 1} size:\\s+([\\d.]+) x ([\\d.]+) pts`, "m").exec(sizes);
    if (!size) throw new Error(`pdfinfo gave no size for page ${i + 1}`);
    const text = execFileSync(TOOLS[1], ["-layout", "-f", String(i + 1), "-l", String(i + 1), path, "-"], { encoding: "utf8" });
    return { number: i + 1, width: Number(size[1]), height: Number(size[2]), text };
  });
}
