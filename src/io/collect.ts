// Command-line arguments → the inputs to read: files, directories (recursive), globs, or `-`.
import { accessSync, constants, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError } from './fs-errors.js';
import { DOCUMENT_EXTENSIONS } from './readers/index.js';

export interface InputSource {
  /** A path as the user can find it again, or '-' for standard input. */
  path: string;
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
}

/** No argument reads standard input, like `cat`; each path is listed once, in argument order. */
export async function collectInputs(args: readonly string[]): Promise<CollectedInputs> {
  const sources: InputSource[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, named: boolean) => {
    const key = path === '-' ? path : resolve(path); // ./a.txt and a.txt are one file
    if (key !== '-' && seen.has(key)) return;
    seen.add(key);
    sources.push({ path, named });
  };
  for (const arg of args.length ? args : ['-']) {
    if (arg === '-') {
      add('-', true);
      continue;
    }
    const kind = pathKind(arg);
    if (kind === 'directory') {
      const { files, unreadable } = await reportFilesIn(arg);
      for (const dir of unreadable) problems.push(`${dir}: permission denied (directory not read)`);
      if (!files.length && !unreadable.length) problems.push(`${arg}: no ${REPORT_EXTENSIONS.map((e) => `.${e}`).join(', ')} files in this directory`);
      for (const f of files) add(f, false);
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
  return { sources, problems };
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
 * The report files under a directory, and the directories in it that cannot be listed: the
 * walk passes over those silently, so each directory met is checked for read and search rights.
 */
async function reportFilesIn(dir: string): Promise<{ files: string[]; unreadable: string[] }> {
  try {
    const entries = await glob('**', { cwd: dir, onlyFiles: false }); // directories end with /
    const files = entries.filter((e) => !e.endsWith('/') && REPORT_FILE.test(e));
    const dirs = ['', ...entries.filter((e) => e.endsWith('/'))].map((d) => (d ? join(dir, d.slice(0, -1)) : dir));
    return { files: files.sort(byPath).map((r) => join(dir, r)), unreadable: dirs.filter((d) => !canList(d)).sort(byPath) };
  } catch (error) {
    throw new Error(`${dir}: ${describeFsError(error)}`);
  }
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
