// Reading every input of a run, one at a time: what each command that reads reports shares.
// A bad input is reported in one line and the run goes on; the caller gets the tally.
import type { Claim } from '../core/types.js';
import { collectInputs, type InputSource } from './collect.js';
import { ExtractPool, type ExtractedDocument, type WorkerReply } from './worker-pool.js';
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
  const collected = await collect(args, options);
  if (!collected) return { read: 0, failed: 1, skipped: 0 };
  return readInOrder(collected.sources, options, collected.tally, visit);
}

/** The inputs the arguments name, with their problems noted; null when nothing was given on a terminal. */
async function collect(args: readonly string[], options: ReadOptions): Promise<{ sources: InputSource[]; tally: ReadTally } | null> {
  if (!args.length && options.stdinIsTTY) {
    options.warn('no input: name report files or directories, or pipe text in (see --help)');
    return null;
  }
  const { sources, problems } = await collectInputs(args);
  for (const p of problems) options.warn(p);
  return { sources, tally: { read: 0, failed: problems.length, skipped: 0 } };
}

/** Reads the sources one after another in this thread. */
async function readInOrder(
  sources: InputSource[], options: ReadOptions, tally: ReadTally, visit: (doc: InputDocument) => boolean | void,
): Promise<ReadTally> {
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
        noteFailure(source, error.message, error.problem, options, tally);
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

/** A named input that fails is an error; a binary or empty file met in a directory is skipped. */
function noteFailure(source: InputSource, message: string, problem: InputProblem, options: ReadOptions, tally: ReadTally): void {
  if (!source.named && isSkippable(problem)) {
    options.warn(`skipped ${message}`);
    tally.skipped++;
  } else {
    options.warn(message);
    tally.failed++;
  }
}

/**
 * Like eachDocument, but hands over each document's claims, extracted by `jobs` worker
 * threads when there are several files. Documents arrive in input order whatever the job
 * count, so the output is the same byte for byte; at most 2 × jobs documents are in flight.
 */
export async function eachExtracted(
  args: readonly string[], options: ReadOptions, jobs: number,
  extractText: (text: string) => Claim[], visit: (doc: ExtractedDocument) => boolean | void,
): Promise<ReadTally> {
  const collected = await collect(args, options);
  if (!collected) return { read: 0, failed: 1, skipped: 0 };
  const { sources, tally } = collected;
  if (jobs <= 1 || sources.length <= 1 || sources.some((s) => s.path === '-')) {
    return readInOrder(sources, options, tally, (doc) => visit({ name: doc.name, encoding: doc.encoding, claims: extractText(doc.text) }));
  }
  const pool = new ExtractPool(Math.min(jobs, sources.length));
  const progress = options.progress?.(sources.length);
  const window: Promise<WorkerReply>[] = [];
  let next = 0;
  const fill = () => {
    while (window.length < 2 * jobs && next < sources.length) window.push(pool.run(sources[next++].path, options.encoding));
  };
  try {
    fill();
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i];
      progress?.step(i + 1, source.path);
      let reply: WorkerReply;
      try {
        reply = await window.shift()!;
      } catch (error) {
        reply = { id: -1, error: { message: `${source.path}: ${(error as Error).message}`, problem: 'unreadable' } };
      }
      fill();
      if (reply.error) {
        progress?.done();
        noteFailure(source, reply.error.message, reply.error.problem, options, tally);
        continue;
      }
      tally.read++;
      if (visit(reply) === false) break;
    }
  } finally {
    progress?.done();
    await pool.close();
  }
  return tally;
}

function isSkippable(problem: InputProblem): boolean {
  return problem === 'binary' || problem === 'empty';
}
