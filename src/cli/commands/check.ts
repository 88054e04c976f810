// `zhibiao check`: fixture checks for CI. Extracts each report and compares its claims with the
// expected file(s) next to it; `--update` writes full snapshots. Reading, writing and printing
// live here; the comparison itself is the pure ../../check module.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { glob } from 'tinyglobby';
import { compareClaims } from '../../check/compare.js';
import { ExpectedFileError, parseExpectedFile, type ExpectedFile } from '../../check/expected-file.js';
import { CHECK_FIELDS, FieldListError, parseFieldList, resolveFields, type CheckField } from '../../check/fields.js';
import { checkExitCode, type CheckOutcome } from '../../check/outcome.js';
import { EXPECTED_SUFFIX, mainExpectedPath, pairFixtures, REPORT_SUFFIX } from '../../check/pairing.js';
import { serializeExpectedFile, snapshotClaims } from '../../check/snapshot.js';
import type { Claim } from '../../core/types.js';
import { extract } from '../../index.js';
import { InputError } from '../../io/decode.js';
import { readDocument } from '../../io/read-input.js';
import { printCheckJson, printCheckText } from '../../printers/check-diff.js';
import { decideStyle, type ColorMode } from '../../printers/style.js';
import { UsageError } from '../exit-codes.js';

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
  program
    .command('check')
    .description('check that reports still give the expected claims (fixtures for CI)')
    .argument('<paths...>', 'reports (X.txt is checked against X.expected.json and X.*.expected.json) or directories of them')
    .option('--expected <file>', 'the expected file for a single report')
    .option('--json', 'print the differences as JSON data')
    .option('--fields <list>', `fields to compare, comma-separated (${CHECK_FIELDS.join(',')}, or all); default value,unit,kind,qualifier,modality`)
    .option('--tolerance <relative>', 'relative tolerance on values, e.g. 1e-9 (default: exact)')
    .option('--update', 'write or refresh the expected files (full snapshots) from the current extraction')
    .option('--force', 'with --update: also replace a hand-written subset file or an unreadable one')
    .option('--strict', 'a report without an expected file (or the reverse) is an error')
    .addOption(new Option('--color <when>', 'colour the diff').choices(['auto', 'always', 'never']).default('auto'))
    .option('--encoding <name>', 'force the reports\' encoding (utf-8, gbk, gb18030, utf-16le…)')
    .addHelpText('after', `
Exit codes: 0 all match, 1 a difference, 2 an error (missing or corrupt expected file, unreadable report).

Examples:
  zhibiao check fixtures/                                  every X.txt against X.expected.json and X.*.expected.json
  zhibiao check report.txt --expected figures.json        one report, one expected file
  zhibiao check report.txt --update                       write report.expected.json (a full snapshot)
  zhibiao check fixtures/ --fields all --tolerance 1e-9    also compare indicator and sector`)
    .action(async (paths: string[], flags: CheckFlags) => setExit(await runCheck(paths, flags)));
}

async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  const settings = readSettings(flags);
  const outcomes: CheckOutcome[] = [];
  const jobs = await collectJobs(paths, flags.expected, outcomes);
  for (const job of jobs) outcomes.push(...(await runJob(job, settings)));
  for (const o of outcomes) if (o.status === 'error') process.stderr.write(`zhibiao: ${o.message}\n`);
  const code = checkExitCode(outcomes, !!flags.strict);
  const style = decideStyle(flags.color, process.stdout, process.env);
  const shown = outcomes.filter((o) => o.status !== 'error' || outcomes.length > 1);
  process.stdout.write(flags.json ? printCheckJson(outcomes, code) : shown.length ? printCheckText(shown, style) : '');
  return code;
}

function readSettings(flags: CheckFlags): Settings {
  let fields: CheckField[] | undefined;
  try {
    fields = flags.fields === undefined ? undefined : parseFieldList(flags.fields);
  } catch (error) {
    if (error instanceof FieldListError) throw new UsageError(`--fields: ${error.message}`);
    throw error;
  }
  const tolerance = flags.tolerance === undefined ? 0 : Number(flags.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0 || flags.tolerance?.trim() === '') {
    throw new UsageError(`--tolerance: expected a relative tolerance ≥ 0 such as 1e-9, got "${flags.tolerance}"`);
  }
  if (flags.force && !flags.update) throw new UsageError('--force only makes sense with --update');
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
  return targets.map((expected) => checkOne({ report, expected, named: job.named }, text, claims, settings));
}

function checkOne(pair: { report: string; expected: string; named: boolean }, text: string, claims: Claim[], settings: Settings): CheckOutcome {
  const { report, expected } = pair;
  let source: string | null;
  try {
    source = readFileSync(expected, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { status: 'error', report, expected, message: `${expected}: ${describeFsError(error)}` };
    source = null;
  }
  let file: ExpectedFile | null = null;
  if (source !== null) {
    try {
      file = parseExpectedFile(source);
    } catch (error) {
      if (!(error instanceof ExpectedFileError)) throw error;
      if (!(settings.update && settings.force)) {
        const hint = settings.update ? ' (--update --force replaces it)' : '';
        return { status: 'error', report, expected, message: `${expected}: corrupt expected file: ${error.message}${hint}` };
      }
    }
  } else if (!settings.update) {
    return { status: 'error', report, expected, message: `${expected}: no such expected file (write it with --update)` };
  }

  if (settings.update && !(file?.mode === 'subset' && !settings.force)) return update(pair, text, claims, source, file);
  if (settings.update && pair.named) {
    const message = `${expected}: is a hand-written subset file; --update would replace it with a full snapshot (add --force to do so)`;
    return { status: 'error', report, expected, message };
  }
  // a plain check (and, in a directory --update, the subset files: checked, never rewritten)
  const fields = resolveFields(settings.fields, file!.fields);
  return { status: 'checked', report, expected, result: compareClaims(text, file!, claims, { fields, tolerance: settings.tolerance }) };
}

function update(pair: { report: string; expected: string }, text: string, claims: Claim[], source: string | null, previous: ExpectedFile | null): CheckOutcome {
  const { report, expected } = pair;
  const snapshot = snapshotClaims(text, claims, basename(report));
  if (previous?.fields) snapshot.fields = previous.fields;
  const serialized = serializeExpectedFile(snapshot);
  const since = previous?.mode === 'full' ? compareClaims(text, previous, claims, { fields: [...CHECK_FIELDS], tolerance: 0 }) : null;
  if (serialized === source) return { status: 'updated', report, expected, write: 'unchanged', claims: claims.length, since };
  try {
    writeFileSync(expected, serialized);
  } catch (error) {
    return { status: 'error', report, expected, message: `${expected}: cannot write: ${describeFsError(error)}` };
  }
  return { status: 'updated', report, expected, write: source === null ? 'created' : 'refreshed', claims: claims.length, since };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}
