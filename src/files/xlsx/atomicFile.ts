import { randomBytes } from "crypto";
import { constants as fsConstants, promises as fs } from "fs";
import { basename, dirname, join } from "path";

/**
 * Writes `data` to `path` so that the file at `path` is either the old one or the complete new one,
 * never half-written: the bytes go to a temporary file in the same directory (same file system, so
 * the rename is atomic), are flushed to disk, and only then renamed over `path`. On any error the
 * temporary file is removed and whatever was at `path` stays untouched. An existing file keeps its
 * permissions, and a file the user may not write (read-only) is refused rather than renamed over.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const existing = await fs.stat(path).catch(() => undefined);
  if (existing?.isFile()) {
    // A rename would replace a read-only file as if it were writable: refuse as writing in place would.
    // No write bit at all counts too: root may write anything, but the user marked the file read-only.
    const writable = (existing.mode & 0o222) !== 0 && (await fs.access(path, fsConstants.W_OK).then(() => true, () => false));
    if (!writable) throw Object.assign(new Error(`EACCES: ${path} is read-only`), { code: "EACCES", path });
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    // "wx": never reuse an existing file as the temporary one.
    handle = await fs.open(temporary, "wx");
    await handle.writeFile(data);
    if (existing?.isFile()) await handle.chmod(existing.mode & 0o7777);
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
