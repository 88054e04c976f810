// Reading every input of a run, one at a time: what each command that reads reports shares.
// A bad input is reported in one line and the run goes on; the caller gets the tally, and a
// batch that lost something ends with one line counting it (`3 files read, 1 skipped, 1 failed`).
import type { IdentityOverrides } from '../identity/identify.js';
import { analyseText, type AnalyseSettings } from './analyse.js';
import { collectInputs, type InputSource } from './collect.js';
import { InputError, type InputProblem } from './decode.js';
import type { Interrupts } from './interrupts.js';
import { readDocument, type InputDocument, type ReadLimits } from './read-input.js';
import { ExtractPool, type ExtractedDocument, type WorkerReply } from './worker-pool.js';
import type { Progress } from '../printers/progress.js';

export interface ReadOptions extends AnalyseSettings {
  encoding?: string;
  /** The size limit of one document (64 MB unless --max-size). */
  limits?: ReadLimits;
  /** --region, --level, --year: what the text says of its government is overridden. */
  overrides?: IdentityOverrides;
  /** Ctrl-C and SIGPIPE: when one came, no further document is read. */
  interrupts?: Interrupts;
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
  /** Binary, empty or garbled files met in a directory or a glob, only noted. */
  skipped: number;
}

/**
 * Calls `visit` for each readable document, in order. `visit` returns false to stop early
 * (enough claims for --limit). Named files that fail count as failures; files found in a
 * directory that are binary, empty or garbled are skipped with a note.
 */
export async function eachDocument(
  args: readonly string[], options: ReadOptions, visit: (doc: InputDocument) => boolean | void,
): Promise<ReadTally> {
  const collected = await collect(args, options);
  if (!collected) return { read: 0, failed: 1, skipped: 0 };
  const tally = await readInOrder(collected.sources, options, collected.tally, visit);
  return summarise(tally, collected, options);
}

/** The inputs the arguments name, with their problems noted; null when nothing was given on a terminal. */
interface Collected {
  sources: InputSource[];
  /** Arguments that gave no input (a glob matching nothing, an unreadable directory): failures. */
  problems: number;
  tally: ReadTally;
}

async function collect(args: readonly string[], options: ReadOptions): Promise<Collected | null> {
  if (!args.length && options.stdinIsTTY) {
    options.warn('no input: name report files or directories, or pipe text in (see --help)');
    return null;
  }
  const { sources, problems } = await collectInputs(args);
  for (const p of problems) options.warn(p);
  return { sources, problems: problems.length, tally: { read: 0, failed: problems.length, skipped: 0 } };
}

/** Reads the sources one after another in this thread. */
async function readInOrder(
  sources: InputSource[], options: ReadOptions, tally: ReadTally, visit: (doc: InputDocument) => boolean | void,
): Promise<ReadTally> {
  const progress = options.progress?.(sources.length);
  try {
    for (const [i, source] of sources.entries()) {
      if (options.interrupts?.stopped) break;
      progress?.step(i + 1, source.path);
      let doc: InputDocument;
      try {
        doc = await readDocument(source.path, options.encoding, options.limits);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        progress?.done();
        noteFailure(source, error.message, error.problem, options, tally);
        continue;
      }
      if (options.interrupts?.stopped) break;
      tally.read++;
      for (const note of doc.notes) options.warn(note);
      if (visit(doc) === false) break;
    }
  } finally {
    progress?.done();
  }
  return tally;
}

/** A named input that fails is an error; a binary, empty or garbled file met in a directory is skipped. */
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
 * Like eachDocument, but hands over each document's claims and identity, extracted by `jobs`
 * worker threads when there are several files. Documents arrive in input order whatever the
 * job count, so the output is the same byte for byte; at most 2 × jobs documents are in flight.
 */
export async function eachExtracted(
  args: readonly string[], options: ReadOptions, jobs: number, visit: (doc: ExtractedDocument) => boolean | void,
): Promise<ReadTally> {
  const collected = await collect(args, options);
  if (!collected) return { read: 0, failed: 1, skipped: 0 };
  const { sources, tally } = collected;
  if (jobs <= 1 || sources.length <= 1 || sources.some((s) => s.path === '-')) {
    await readInOrder(sources, options, tally, (doc) => {
      const analysed = analyseText(doc.text, doc.name, analyseSettings(options));
      for (const note of analysed.notes ?? []) options.warn(note);
      return visit({ name: doc.name, encoding: doc.encoding, notes: doc.notes, claims: analysed.claims, identity: analysed.identity });
    });
  } else {
    await extractInWorkers(sources, options, jobs, tally, visit);
  }
  return summarise(tally, collected, options);
}

/** The task's result, or null as soon as the run is stopped (Ctrl-C) while it waits. */
function untilStopped<T>(task: Promise<T>, interrupts: Interrupts | undefined): Promise<T | null> {
  if (!interrupts) return task;
  return new Promise((resolve, reject) => {
    const off = interrupts.onStop(() => resolve(null));
    task.then(
      (value) => {
        off();
        resolve(value);
      },
      (error) => {
        off();
        reject(error);
      },
    );
  });
}

async function extractInWorkers(
  sources: InputSource[], options: ReadOptions, jobs: number, tally: ReadTally, visit: (doc: ExtractedDocument) => boolean | void,
): Promise<void> {
  const pool = new ExtractPool(Math.min(jobs, sources.length));
  const settings = { encoding: options.encoding, limits: options.limits, ...analyseSettings(options) };
  const progress = options.progress?.(sources.length);
  const window: Promise<WorkerReply>[] = [];
  let next = 0;
  const fill = () => {
    while (window.length < 2 * jobs && next < sources.length) window.push(pool.run(sources[next++].path, settings));
  };
  try {
    fill();
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i];
      progress?.step(i + 1, source.path);
      let reply: WorkerReply | null;
      try {
        reply = await untilStopped(window.shift()!, options.interrupts);
      } catch (error) {
        reply = { id: -1, error: { message: `${source.path}: ${(error as Error).message}`, problem: 'unreadable' } };
      }
      if (!reply || options.interrupts?.stopped) break;
      fill();
      if (reply.error) {
        progress?.done();
        noteFailure(source, reply.error.message, reply.error.problem, options, tally);
        continue;
      }
      tally.read++;
      for (const note of reply.notes) options.warn(note);
      if (visit(reply) === false) break;
    }
  } finally {
    progress?.done();
    await pool.close();
  }
}

/** What the analysis of each document takes from the run's options. */
function analyseSettings(options: ReadOptions): AnalyseSettings {
  return { overrides: options.overrides, identityFrom: options.identityFrom, metrics: options.metrics };
}

/** The batch's last line, when it lost something: `zhibiao: 3 files read, 1 skipped, 1 failed`. */
function summarise(tally: ReadTally, collected: Collected, options: ReadOptions): ReadTally {
  const batch = collected.sources.length + collected.problems > 1;
  if (batch && (tally.skipped || tally.failed) && !options.interrupts?.stopped) {
    const lost = [tally.skipped && `${tally.skipped} skipped`, tally.failed && `${tally.failed} failed`].filter(Boolean).join(', ');
    options.warn(`${tally.read} file${tally.read === 1 ? '' : 's'} read, ${lost}`);
  }
  return tally;
}

function isSkippable(problem: InputProblem): boolean {
  return problem === 'binary' || problem === 'empty' || problem === 'garbled';
}
