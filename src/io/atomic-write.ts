// Replacing a file so that it is never seen half written: the new text goes to a temporary
// file beside it (same directory, so the same file system), every byte is written (a short
// write on a full disk is retried, and so fails with ENOSPC instead of being accepted), the
// data is flushed to disk, and only then is the temporary file renamed over the target. A
// failure at any step leaves the old file as it was and removes the temporary one.
//
// A symbolic link is never written through: replacing the link would cut it, writing through
// it would change a file elsewhere (`fixtures/x.expected.json -> /etc/passwd`). Either is a
// choice the user must make, so it is refused with a message saying so.
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Why a file was not replaced: a message for the user, without the syscall noise. */
export class WriteError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/** Writes every byte of `data` to `fd`, however many calls it takes; a short write is never accepted. */
export function writeAll(fd: number, data: Uint8Array, write: (fd: number, data: Uint8Array, offset: number, length: number) => number = writeSync): void {
  let offset = 0;
  while (offset < data.length) {
    const written = write(fd, data, offset, data.length - offset);
    if (written <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    offset += written;
  }
}

/**
 * Replaces (or creates) `path` with `text`, atomically: readers see the old file or the new
 * one, never a part. Throws WriteError naming the problem (`no space left on device`,
 * `is a symbolic link`, `permission denied`).
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  let mode = 0o666;
  try {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) throw new WriteError('is a symbolic link; zhibiao does not write through links (replace the link by the file to update it)', 'ELINK');
    if (!st.isFile()) throw new WriteError('is not a regular file', 'ENOTFILE');
    mode = st.mode & 0o7777;
  } catch (error) {
    if (error instanceof WriteError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw asWriteError(error);
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx', mode); // exclusive: never an existing file or a link planted there
    writeAll(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the first error is the one to report
      }
    }
    try {
      unlinkSync(temporary);
    } catch {
      // not created, or already renamed
    }
    throw asWriteError(error);
  }
}

function asWriteError(error: unknown): WriteError {
  const code = (error as NodeJS.ErrnoException).code;
  const messages: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOENT: 'no such directory',
    EISDIR: 'is a directory',
  };
  return new WriteError(code && messages[code] ? messages[code] : (error as Error).message, code);
}
