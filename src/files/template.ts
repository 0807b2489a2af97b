import { promises as fs } from "fs";
import type { CountyTemplate } from "../data";
import type { Locale } from "../i18n";
import { TEMPLATE_HEADER } from "../input";
import { writeFileAtomic } from "./xlsx/atomicFile";

/*
 * The county template as a CSV file to fill in: UTF-8 with BOM, `;` and CRLF as Swedish Excel saves
 * "CSV UTF-8", the header the population reader knows (namn;typ;kod;invånare;datum), the population
 * column empty and the date on every row, so the figures and their date travel together.
 */

export function templateCsv(template: CountyTemplate, locale: Locale): string {
  const header = TEMPLATE_HEADER.map((column) => column[locale]());
  const lines = [header, ...template.rows.map((row) => [row.name, row.kind, row.code ?? "", "", template.date])];
  return `\ufeff${lines.map((fields) => fields.join(";")).join("\r\n")}\r\n`;
}

export type TemplateWriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: "exists" | "folderMissing" | "isFolder" | "notWritable" | "other"; readonly detail?: string };

/** Writes the template; never over an existing file (it may hold the figures someone typed). */
export async function writeTemplateCsv(path: string, template: CountyTemplate, locale: Locale): Promise<TemplateWriteResult> {
  const existing = await fs.stat(path).catch(() => undefined);
  if (existing) return { ok: false, reason: existing.isDirectory() ? "isFolder" : "exists" };
  try {
    await writeFileAtomic(path, templateCsv(template, locale));
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, reason: "folderMissing" };
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return { ok: false, reason: "notWritable" };
    return { ok: false, reason: "other", detail: code ?? String(error) };
  }
}
