// `zhibiao index DIR --db claims.sqlite`: reports into the corpus index (SQLite). Only files
// whose content hash changed are extracted again; files gone from an indexed directory are dropped.
import type { Command } from 'commander';
import { examplesFirst } from '../help.js';
import { extract } from '../../index.js';
import { corpusErrorMessage, openCorpus } from '../../corpus/db.js';
import { indexCorpus } from '../../corpus/indexer.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { watchInterrupts } from '../../io/interrupts.js';
import { startProgress } from '../../printers/progress.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import { addIdentityOptions, identityOverrides } from '../identity-options.js';
import { addInputOptions, warn } from './extract.js';

interface IndexFlags {
  db: string;
  encoding?: string;
  region?: string;
  level?: string;
  year?: string;
}

export function registerIndex(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('index')
    .description('store the claims of every report in a directory in an SQLite index, for zhibiao query and SQL tools')
    .argument('<inputs...>', 'directories (searched recursively), report files or globs')
    .requiredOption('--db <file>', 'the index file (created when missing), e.g. claims.sqlite');
  addInputOptions(command);
  addIdentityOptions(command, true);
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
    const db = openCorpus(flags.db, 'create');
    const interrupts = watchInterrupts();
    try {
      let progress: ReturnType<typeof startProgress> | undefined;
      const tally = await indexCorpus(db, inputs, {
        encoding: flags.encoding,
        overrides,
        extract: (text) => extract(text).claims,
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
      process.stdout.write(`${flags.db}: ${tally.added} added, ${tally.changed} changed, ${tally.unchanged} unchanged, ${tally.removed} removed` +
        `${tally.failed ? `, ${tally.failed} failed` : ''}; ${tally.claims} claims extracted; ${documents} documents in the index\n`);
      return tally.failed ? EXIT_ERROR : EXIT_OK;
    } finally {
      interrupts.dispose();
      db.close();
    }
  } catch (error) {
    const message = error instanceof InputError ? error.message : corpusErrorMessage(error, flags.db);
    if (message === null) throw error;
    warn(message);
    return EXIT_ERROR;
  }
}
