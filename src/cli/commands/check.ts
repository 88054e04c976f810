// `zhibiao check`: fixture checks for CI. Extracts each report and compares its claims with the
// expected file(s) next to it; `--update` writes full snapshots. Reading, writing and printing
// live here; the comparison itself is the pure ../../check module.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { examplesFirst } from '../help.js';
import { glob } from 'tinyglobby';
import { compareClaims } from '../../check/compare.js';
import { ExpectedFileError, parseExpectedFile, type ExpectedFile } from '../../check/expected-file.js';
import { CHECK_FIELDS, FieldListError, parseFieldList, resolveFields, type CheckField } from '../../check/fields.js';
import { checkExitCode, type CheckOutcome } from '../../check/outcome.js';
import { EXPECTED_SUFFIX, mainExpectedPath, pairFixtures, REPORT_SUFFIX } from '../../check/pairing.js';
import { serializeExpectedFile, snapshotClaims } from '../../check/snapshot.js';
import type { Claim } from '../../core/types.js';
import { extract } from '../../index.js';
import { writeFileAtomic, WriteError } from '../../io/atomic-write.js';
import { InputError } from '../../io/decode.js';
import { describeFsError } from '../../io/fs-errors.js';
import { DEFAULT_MAX_BYTES, formatSize, readDocument } from '../../io/read-input.js';
import { printCheckJson, printCheckText } from '../../printers/check-diff.js';
import { decideStyle, type ColorMode } from '../../printers/style.js';
import { UsageError } from '../exit-codes.js';
import { warn } from '../warn.js';
import { openOutput } from '../../io/output.js';

interface CheckFlags {
  expected?: string;
  json?: boolean;
  fields?: string;
  tolerance?: string;
  update?: boolean;
  force?: boolean;
  strict?: boolean;
  color: ColorMode;
  encoding?: string;
}

interface Settings {
  fields: CheckField[] | undefined;
  tolerance: number;
  update: boolean;
  force: boolean;
  encoding?: string;
}

/** A report and the expected files to check it against; `named` when the user named the pair. */
interface Job {
  report: string;
  expected: string[];
  named: boolean;
  /** The expected file was given with --expected: check exactly that one. */
  explicit?: boolean;
}

export function registerCheck(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('check')
    .description('check that reports still give the expected claims (fixtures for CI)')
    .argument('<paths...>', 'reports (X.txt is checked against X.expected.json and X.*.expected.json) or directories of them')
    .option('--expected <file>', 'the expected file for a single report')
    .option('--json', 'print the differences as JSON data')
    .option('--fields <list>', `fields to compare, comma-separated (${CHECK_FIELDS.join(',')}, or all); default value,unit,kind,qualifier,modality`)
    .option('--tolerance <relative>', 'relative tolerance on values, e.g. 1e-9 (default: exact)')
    .option('--update', 'write or refresh the expected files (full snapshots) from the current extraction')
    .option('--force', 'with --update: also replace a corrupt expected file (never a subset file, a report or a link)')
    .option('--strict', 'a report without an expected file (or the reverse) is an error')
    .addOption(new Option('--color <when>', 'colour the diff').choices(['auto', 'always', 'never']).default('auto'))
    .option('--encoding <name>', 'force the reports\' encoding (utf-8, gbk, gb18030, utf-16le…)')
    .addHelpText('after', `
Claims are aligned by content and order, as a text diff aligns lines: text inserted or removed
elsewhere moves a claim without failing it, and a figure that changed shows as changed.
Exit codes: 0 all match, 1 a difference, 2 an error (missing or corrupt expected file, unreadable report).`)
    .action(async (paths: string[], flags: CheckFlags) => setExit(await runCheck(paths, flags)));
  examplesFirst(command, [
    ['zhibiao check fixtures/', '每个X.txt对照X.expected.json和X.*.expected.json / every X.txt against its expected files'],
    ['zhibiao check report.txt --update', '写入完整快照report.expected.json / write report.expected.json, a full snapshot'],
    ['zhibiao check report.txt --expected figures.json', '一份报告对照一个文件 / one report, one expected file'],
    ['zhibiao check fixtures/ --fields all --tolerance 1e-9', '也比较指标和领域 / also compare indicator and sector'],
  ]);
}

async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  const settings = readSettings(flags);
  const outcomes: CheckOutcome[] = [];
  const jobs = await collectJobs(paths, flags.expected, outcomes);
  for (const job of jobs) outcomes.push(...(await runJob(job, settings)));
  for (const o of outcomes) if (o.status === 'error') warn(o.message);
  const code = checkExitCode(outcomes, !!flags.strict);
  const style = decideStyle(flags.color, process.stdout, process.env);
  const shown = outcomes.filter((o) => o.status !== 'error' || outcomes.length > 1);
  await openOutput().write(flags.json ? printCheckJson(outcomes, code) : shown.length ? printCheckText(shown, style) : '');
  return code;
}

function readSettings(flags: CheckFlags): Settings {
  let fields: CheckField[] | undefined;
  try {
    fields = flags.fields === undefined ? undefined : parseFieldList(flags.fields);
  } catch (error) {
    if (error instanceof FieldListError) throw new UsageError(`--fields: ${error.message}; use --fields value,unit,kind or --fields all`);
    throw error;
  }
  const tolerance = flags.tolerance === undefined ? 0 : Number(flags.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0 || flags.tolerance?.trim() === '') {
    throw new UsageError(`--tolerance: expected a relative tolerance ≥ 0 such as 1e-9, got "${flags.tolerance}"; use --tolerance 1e-9`);
  }
  if (flags.force && !flags.update) throw new UsageError('--force only makes sense with --update; add --update');
  return { fields, tolerance, update: !!flags.update, force: !!flags.force, encoding: flags.encoding };
}

/** Paths → jobs. A directory pairs its files by name; a named report looks for its expected files next to it. */
async function collectJobs(paths: string[], expected: string | undefined, outcomes: CheckOutcome[]): Promise<Job[]> {
  if (expected !== undefined) {
    if (paths.length !== 1) throw new UsageError('--expected takes one report; give a directory instead to check several');
    return [{ report: paths[0], expected: [expected], named: true, explicit: true }];
  }
  const jobs: Job[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      outcomes.push({ status: 'error', report: path, message: `${path}: ${describeFsError(error)}` });
      continue;
    }
    if (isDirectory) {
      const files = await glob([`**/*${REPORT_SUFFIX}`, `**/*${EXPECTED_SUFFIX}`], { cwd: path, ignore: ['**/node_modules/**'] });
      const pairs = pairFixtures(files.map((file) => join(path, file)));
      if (!pairs.reports.length) outcomes.push({ status: 'error', message: `${path}: no reports (*${REPORT_SUFFIX}) in this directory` });
      for (const { report, expected: found } of pairs.reports) jobs.push({ report, expected: found, named: false });
      for (const orphan of pairs.orphans) outcomes.push({ status: 'orphan', expected: orphan });
    } else {
      const dir = dirname(path);
      const siblings = readdirSync(dir).filter((name) => name.endsWith(EXPECTED_SUFFIX)).map((name) => join(dir, name));
      // a report not named X.txt (report.pdf, report.md) has report.pdf.expected.json, as --update writes it
      const found = pairFixtures([path, ...siblings]).reports.find((r) => r.report === path)?.expected ?? siblings.filter((s) => s === mainExpectedPath(path));
      jobs.push({ report: path, expected: found, named: true });
    }
  }
  return jobs;
}

/** Extracts a report once and checks (or updates) each of its expected files. */
async function runJob(job: Job, settings: Settings): Promise<CheckOutcome[]> {
  const { report } = job;
  if (!job.expected.length && !settings.update) {
    const wanted = mainExpectedPath(report);
    if (!job.named) return [{ status: 'unpaired', report, expected: wanted }];
    return [{ status: 'error', report, expected: wanted, message: `${report}: no expected file ${wanted} (write one with --update, or name one with --expected)` }];
  }
  let text: string;
  let claims: Claim[];
  try {
    const doc = await readDocument(report, settings.encoding);
    text = doc.text.charCodeAt(0) === 0xfeff ? doc.text.slice(1) : doc.text;
    claims = extract(text).claims;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [{ status: 'error', report, message: error.message }];
  }
  // --update also writes the main X.expected.json when only other expected files exist
  const main = mainExpectedPath(report);
  const targets = settings.update && !job.explicit && !job.expected.includes(main) ? [main, ...job.expected] : job.expected;
  return targets.map((expected) => checkOne({ report, expected, named: job.named, explicit: job.explicit }, text, claims, settings));
}

function checkOne(pair: { report: string; expected: string; named: boolean; explicit?: boolean }, text: string, claims: Claim[], settings: Settings): CheckOutcome {
  const { report, expected } = pair;
  let source: string | null;
  try {
    source = readExpectedText(expected);
  } catch (error) {
    if (error instanceof InputError) return { status: 'error', report, expected, message: error.message };
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { status: 'error', report, expected, message: `${expected}: ${describeFsError(error)}` };
    source = null;
  }
  // Only a .json file that is not the report itself is ever written: a report given as
  // --expected (or anything else) is read, reported, and left alone, with or without --force.
  const refusal = settings.update ? whyNotWritable(report, expected) : null;
  let file: ExpectedFile | null = null;
  if (source !== null) {
    try {
      file = parseExpectedFile(source);
    } catch (error) {
      if (!(error instanceof ExpectedFileError)) throw error;
      if (!(settings.update && settings.force && !refusal)) {
        const hint = settings.update && !refusal ? ' (--update --force replaces it)' : '';
        return { status: 'error', report, expected, message: `${expected}: corrupt expected file: ${error.message}${hint}${refusal ? `; ${refusal}` : ''}` };
      }
    }
  } else if (!settings.update) {
    return { status: 'error', report, expected, message: `${expected}: no such expected file (write it with --update)` };
  }

  // A subset file is written by hand: --update checks it and never replaces it, --force or not.
  if (settings.update && file?.mode !== 'subset') {
    if (refusal) return { status: 'error', report, expected, message: `${expected}: not written: ${refusal}` };
    return update(pair, text, claims, source, file);
  }
  if (settings.update && pair.explicit) {
    const message = `${expected}: is a hand-written subset file, which --update never replaces (without --expected, --update writes ${basename(mainExpectedPath(report))} beside the report)`;
    return { status: 'error', report, expected, message };
  }
  // a plain check (and with --update, the subset files beside a report: checked, never rewritten)
  const fields = resolveFields(settings.fields, file!.fields);
  return { status: 'checked', report, expected, result: compareClaims(text, file!, claims, { fields, tolerance: settings.tolerance }) };
}

/** An expected file is a regular file of at most 64 MB: a FIFO or /dev/zero named as one is refused, not read. */
function readExpectedText(path: string): string {
  const st = statSync(path);
  if (!st.isFile()) throw new InputError(`${path}: not a regular file`);
  if (st.size > DEFAULT_MAX_BYTES) throw new InputError(`${path}: ${formatSize(st.size)}, too large for an expected file`);
  return readFileSync(path, 'utf8');
}

/**
 * Why --update may not write this expected file, or null: an expected file is JSON (`.json`),
 * and never the report itself or another report (`check a.txt --expected b.txt --update`).
 */
function whyNotWritable(report: string, expected: string): string | null {
  if (sameFile(report, expected)) return 'it is the report itself';
  if (!expected.toLowerCase().endsWith('.json')) return '--update writes only .json expected files';
  return null;
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

function update(pair: { report: string; expected: string }, text: string, claims: Claim[], source: string | null, previous: ExpectedFile | null): CheckOutcome {
  const { report, expected } = pair;
  const snapshot = snapshotClaims(text, claims, basename(report));
  if (previous?.fields) snapshot.fields = previous.fields;
  const serialized = serializeExpectedFile(snapshot);
  const since = previous?.mode === 'full' ? compareClaims(text, previous, claims, { fields: [...CHECK_FIELDS], tolerance: 0 }) : null;
  if (serialized === source) return { status: 'updated', report, expected, write: 'unchanged', claims: claims.length, since };
  try {
    writeFileAtomic(expected, serialized); // the old file stays whole if this fails (full disk)
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    return { status: 'error', report, expected, message: `${expected}: not written (the file is unchanged): ${error.message}` };
  }
  return { status: 'updated', report, expected, write: source === null ? 'created' : 'refreshed', claims: claims.length, since };
}
