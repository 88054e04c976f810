// `zhibiao index DIR --db claims.sqlite`: reports into the corpus index (SQLite). Only files
// whose content hash changed are extracted again; files gone from an indexed directory are dropped.
import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { analyseText, type AnalyseSettings } from '../../io/analyse.js';
import { examplesFirst } from '../help.js';
import { corpusErrorMessage, openCorpus } from '../../corpus/db.js';
import { indexCorpus } from '../../corpus/indexer.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { watchInterrupts } from '../../io/interrupts.js';
import { startProgress } from '../../printers/progress.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from '../exit-codes.js';
import { addIdentityFromOption, addIdentityOptions, identityOverrides, identityPattern } from '../identity-options.js';
import { addMetricsOption, metricTable } from '../metrics-options.js';
import { addInputOptions, warn } from './extract.js';
import { openOutput } from '../../io/output.js';

interface IndexFlags {
  db: string;
  encoding?: string;
  followSymlinks?: boolean;
  region?: string;
  level?: string;
  year?: string;
  identityFrom?: string;
  metrics?: string;
}

export function registerIndex(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('index')
    .description('store the claims of every report in a directory in an SQLite index, for zhibiao query and SQL tools')
    .argument('<inputs...>', 'directories (searched recursively), report files or globs')
    .requiredOption('--db <file>', 'the index file (created when missing), e.g. claims.sqlite');
  addInputOptions(command);
  addIdentityOptions(command, true);
  addIdentityFromOption(command);
  addMetricsOption(command);
  command
    .addHelpText('after', `
The schema is documented in the README ("Corpus index"); DuckDB and pandas read the file directly.
Exit status: 0 indexed, 2 an error (a file that cannot be read is reported; the others are indexed).`)
    .action(async (inputs: string[], flags: IndexFlags) => setExit(await runIndex(inputs, flags)));
  examplesFirst(command, [
    ['zhibiao index reports/ --db claims.sqlite', '建立或更新索引（只重新抽取内容变化的文件）/ build or refresh the index (only changed files are read again)'],
    ['zhibiao index more/*.txt --db claims.sqlite --year 2024', '加入文件，并指定年份 / add files, saying their year'],
    ['zhibiao query --db claims.sqlite --region 甘孜州 --sector tourism --modality target', '然后查询 / then query it'],
  ]);
}

async function runIndex(inputs: string[], flags: IndexFlags): Promise<number> {
  try {
    if (flags.encoding) checkEncodingName(flags.encoding);
    const overrides = identityOverrides(flags);
    const settings = { overrides, identityFrom: identityPattern(flags), metrics: flags.metrics === undefined ? undefined : metricTable(flags.metrics) };
    const db = openCorpus(flags.db, 'create');
    const interrupts = watchInterrupts();
    try {
      let progress: ReturnType<typeof startProgress> | undefined;
      const tally = await indexCorpus(db, inputs, {
        encoding: flags.encoding,
        followSymlinks: flags.followSymlinks,
        settings: settingsMarker(settings),
        analyse: (text, path) => analyseText(text, path, settings),
        interrupts,
        warn: (message) => {
          progress?.done();
          warn(message);
        },
        progress: (done, total, path) => {
          progress ??= startProgress(process.stderr, total);
          progress.step(done, path);
        },
      });
      progress?.done();
      if (tally.interrupted) {
        const { done, total } = tally.interrupted;
        warn(`interrupted after ${done} of ${total} files: the index keeps what was indexed; run the same zhibiao index command again to finish`);
        return interrupts.exitCode;
      }
      const documents = (db.prepare('SELECT count(*) FROM documents').pluck().get() as number);
      await openOutput().write(`${flags.db}: ${tally.added} added, ${tally.changed} changed, ${tally.unchanged} unchanged, ${tally.removed} removed` +
        `${tally.failed ? `, ${tally.failed} failed` : ''}; ${tally.claims} claims extracted; ${documents} documents in the index\n`);
      return tally.failed ? EXIT_ERROR : EXIT_OK;
    } finally {
      interrupts.dispose();
      db.close();
    }
  } catch (error) {
    const message = error instanceof InputError || error instanceof UsageError ? error.message : corpusErrorMessage(error, flags.db);
    if (message === null) throw error;
    warn(message);
    return EXIT_ERROR;
  }
}

/** What of the run's settings changes the stored claims, as one string ('' when nothing does). */
function settingsMarker(settings: AnalyseSettings): string {
  const given = Object.fromEntries(Object.entries(settings.overrides ?? {}).filter(([, v]) => v !== undefined));
  const parts: Record<string, unknown> = {};
  if (Object.keys(given).length) parts.overrides = given;
  if (settings.identityFrom !== undefined) parts.identityFrom = settings.identityFrom;
  if (settings.metrics !== undefined) parts.metrics = createHash('sha256').update(JSON.stringify(settings.metrics)).digest('hex').slice(0, 16);
  return Object.keys(parts).length ? JSON.stringify(parts) : '';
}
