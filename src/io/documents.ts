// Reading every input of a run, one at a time: what each command that reads reports shares.
// A bad input is reported in one line and the run goes on; the caller gets the tally.
import { collectInputs } from './collect.js';
import { InputError, type InputProblem } from './decode.js';
import { readDocument, type InputDocument } from './read-input.js';
import type { Progress } from '../printers/progress.js';

export interface ReadOptions {
  encoding?: string;
  /** One line to the user (the CLI writes `zhibiao: …` on stderr). */
  warn(message: string): void;
  /** Given the number of inputs found, returns the progress display for them. */
  progress?(total: number): Progress;
  /** Whether standard input is a terminal (nobody piped anything in). */
  stdinIsTTY?: boolean;
}

export interface ReadTally {
  read: number;
  /** Inputs that failed: named ones that could not be read, arguments that matched nothing. */
  failed: number;
  /** Binary or empty files met in a directory or a glob, only noted. */
  skipped: number;
}

/**
 * Calls `visit` for each readable document, in order. `visit` returns false to stop early
 * (enough claims for --limit). Named files that fail count as failures; files found in a
 * directory that are binary or empty are skipped with a note.
 */
export async function eachDocument(
  args: readonly string[], options: ReadOptions, visit: (doc: InputDocument) => boolean | void,
): Promise<ReadTally> {
  const tally: ReadTally = { read: 0, failed: 0, skipped: 0 };
  if (!args.length && options.stdinIsTTY) {
    options.warn('no input: name report files or directories, or pipe text in (see --help)');
    return { ...tally, failed: 1 };
  }
  const { sources, problems } = await collectInputs(args);
  for (const p of problems) options.warn(p);
  tally.failed += problems.length;
  const progress = options.progress?.(sources.length);
  try {
    for (const [i, source] of sources.entries()) {
      progress?.step(i + 1, source.path);
      let doc: InputDocument;
      try {
        doc = await readDocument(source.path, options.encoding);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        progress?.done();
        if (!source.named && isSkippable(error.problem)) {
          options.warn(`skipped ${error.message}`);
          tally.skipped++;
        } else {
          options.warn(error.message);
          tally.failed++;
        }
        continue;
      }
      tally.read++;
      if (visit(doc) === false) break;
    }
  } finally {
    progress?.done();
  }
  return tally;
}

function isSkippable(problem: InputProblem): boolean {
  return problem === 'binary' || problem === 'empty';
}
