// Command-line arguments → the inputs to read: files, directories (recursive), globs, or `-`.
import { accessSync, constants, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError } from './fs-errors.js';
import { DOCUMENT_EXTENSIONS } from './readers/index.js';

export interface InputSource {
  /** A path as the user can find it again, or '-' for standard input. */
  path: string;
  /** The file's real path (absolute, links resolved): one file is one document, however named. */
  realPath: string;
  /**
   * Named on the command line (a failure there is an error, exit 2), or found in a directory or
   * by a glob (a binary or empty file there is only skipped, as grep -r skips binary files).
   */
  named: boolean;
}

/** The report files a directory holds: plain text, Markdown, saved web pages, PDF and Word. */
export const REPORT_EXTENSIONS = ['txt', 'md', 'htm', 'html', ...DOCUMENT_EXTENSIONS] as const;

export interface CollectedInputs {
  sources: InputSource[];
  /** One line per argument that gave nothing: a missing path, a glob with no match, an empty directory. */
  problems: string[];
  /** Notes that lose nothing: a link out of a directory that was not followed. */
  notes: string[];
  /**
   * The directories listed whole, by real path: every file under them was seen, so a file once
   * under one and no longer found may be gone (`index` prunes only there, and only what is gone).
   */
  listed: string[];
}

export interface CollectOptions {
  /** Follow symbolic links that lead out of a directory being walked (--follow-symlinks). */
  followSymlinks?: boolean;
}

/** No argument reads standard input, like `cat`; each file is listed once (by its real path), in argument order. */
export async function collectInputs(args: readonly string[], options: CollectOptions = {}): Promise<CollectedInputs> {
  const sources: InputSource[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const listed: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, named: boolean) => {
    const realPath = path === '-' ? path : realPathOf(path); // ./a.txt, /abs/a.txt and a link to it are one file
    if (realPath !== '-' && seen.has(realPath)) return;
    seen.add(realPath);
    sources.push({ path, realPath, named });
  };
  for (const arg of args.length ? args : ['-']) {
    if (arg === '-') {
      add('-', true);
      continue;
    }
    const kind = pathKind(arg);
    if (kind === 'directory') {
      const walk = walkDirectory(arg, options);
      for (const dir of walk.unreadable) problems.push(`${dir}: permission denied (directory not read)`);
      notes.push(...walk.notes);
      if (!walk.files.length && !walk.unreadable.length) problems.push(`${arg}: no ${REPORT_EXTENSIONS.map((e) => `.${e}`).join(', ')} files in this directory`);
      if (walk.files.length && !walk.unreadable.length) listed.push(realPathOf(arg));
      for (const f of walk.files) add(f, false);
    } else if (kind === 'file') {
      add(arg, true);
    } else if (isDynamicPattern(arg)) {
      const files = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false })).sort(byPath);
      if (!files.length) problems.push(`${arg}: no files match this pattern`);
      for (const f of files) add(f, false);
    } else {
      add(arg, true); // reading it reports why it cannot be read (missing, permission denied)
    }
  }
  return { sources, problems, notes, listed };
}

/** The real path of an existing file; the absolute path of one that cannot be resolved (reading it says why). */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function pathKind(path: string): 'file' | 'directory' | 'other' {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'directory' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'other' : 'file'; // EACCES etc: reading says why
  }
}

const REPORT_FILE = new RegExp(`\\.(?:${REPORT_EXTENSIONS.join('|')})$`, 'i');

/**
 * The report files under a directory, recursively, and its directories that cannot be listed.
 * Walked here rather than by a glob library: a glob skips file names holding a newline, and
 * either follows every link or none. A link is followed when it stays in the tree (its real
 * path is under the directory's): a file so reached is read once, by its real path; a linked
 * directory inside the tree is walked anyway. A link out of the tree (to /etc, to a mount) is
 * followed only with --follow-symlinks, and each directory is walked once, so a link loop ends.
 * Names starting with a dot (.git) are left out, as globs do.
 */
function walkDirectory(root: string, options: CollectOptions): { files: string[]; unreadable: string[]; notes: string[] } {
  const files: string[] = [];
  const unreadable: string[] = [];
  const notes: string[] = [];
  const rootReal = realPathOf(root);
  const inTree = (real: string) => real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
  const walked = new Set<string>([rootReal]);
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
      if (!canList(dir)) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') unreadable.push(dir);
      else throw new Error(`${dir}: ${describeFsError(error)}`);
      continue;
    }
    const subdirs: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let real: string;
        let st: Stats;
        try {
          real = realpathSync(path);
          st = statSync(real);
        } catch {
          continue; // a dangling link: nothing to read
        }
        if (!inTree(real) && !options.followSymlinks) {
          if (st.isDirectory() || REPORT_FILE.test(entry.name)) notes.push(`skipped ${path}: a link out of ${root} (--follow-symlinks follows it)`);
          continue;
        }
        if (st.isDirectory()) {
          if (inTree(real) || walked.has(real)) continue; // walked anyway, or already
          walked.add(real);
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) subdirs.push(path);
      else if (isFile && REPORT_FILE.test(entry.name)) files.push(path);
    }
    for (const sub of subdirs) pending.push(sub);
  }
  return { files: files.sort(byPath), unreadable: unreadable.sort(byPath), notes };
}

function canList(dir: string): boolean {
  try {
    accessSync(dir, constants.R_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// Code-point order, so a run lists the same files in the same order on every machine.
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
