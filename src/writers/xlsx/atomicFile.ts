import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import { basename, dirname, join } from "path";

/**
 * Writes `data` to `path` so that the file at `path` is either the old one or the complete new one,
 * never half-written: the bytes go to a temporary file in the same directory (same file system, so
 * the rename is atomic), are flushed to disk, and only then renamed over `path`. On any error the
 * temporary file is removed and whatever was at `path` stays untouched.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    // "wx": never reuse an existing file as the temporary one.
    handle = await fs.open(temporary, "wx");
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    const target = await fs.stat(path).catch(() => undefined);
    if (target?.isDirectory()) {
      throw Object.assign(new Error(`EISDIR: ${path} is a directory`), { code: "EISDIR", path });
    }
    await fs.rename(temporary, path);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}
