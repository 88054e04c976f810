// `zhibiao query --db claims.sqlite`: the claims of an index, with extract's filters and
// formats, plus --region, --level and --year. Every row names its document's government.
import { Option, type Command } from 'commander';
import { METRICS } from '../../core/lexicon/metrics.js';
import { examplesFirst } from '../help.js';
import { corpusErrorMessage, openCorpus, type CorpusDb } from '../../corpus/db.js';
import { identifiedChunks, QUERY_FORMATS, withIdentity, type QueryFormat } from '../../corpus/print.js';
import { openOutput } from '../../io/output.js';
import { queryCorpus, type CorpusQuery } from '../../corpus/query.js';
import { fixFor, QueryError } from '../../query/fields.js';
import { collect, outputFormat, parseDocumentFlags, parseQueryFlags, type DocumentFlags, type QueryFlags } from '../../query/flags.js';
import { limitClaims, sortClaims } from '../../query/sort.js';
import { makeWordIndex } from '../../query/words.js';
import { cutForSearch, cutWords } from '../../segment/jieba.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK } from '../exit-codes.js';
import { addDocumentOptions, addQueryOptions, warn } from './extract.js';

interface QueryCommandFlags extends QueryFlags, DocumentFlags {
  db: string;
  format?: QueryFormat;
  json?: boolean;
  bom?: boolean;
  color: ColorMode;
}

export function registerQuery(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('query')
    .description('the claims of a corpus index (zhibiao index), filtered like extract, plus region, level and year')
    .requiredOption('--db <file>', 'the index file written by zhibiao index');
  addQueryOptions(command);
  addDocumentOptions(command);
  command
    .addOption(new Option('--format <format>', 'output format (default: table)').choices(QUERY_FORMATS))
    .option('--json', 'the same as --format json')
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark, for Excel')
    .addOption(new Option('--color <when>', 'colour the table').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
Exit status: 0 claims printed, 1 no claim matched, 2 an error (a bad flag, a missing or damaged index).`)
    .action(async (flags: QueryCommandFlags) => setExit(await runQuery(flags)));
  examplesFirst(command, [
    ['zhibiao query --db claims.sqlite --region 甘孜州 --year 2024 --modality target', '甘孜州2024年的全部目标 / every target of 甘孜州 for 2024'],
    ['zhibiao query --db claims.sqlite --level county --sector tourism --kind change --min 20 --format csv', '文旅增幅20%以上的县 / counties whose tourism grew 20% or more, as CSV'],
    ['zhibiao query --db claims.sqlite --indicator \'生产总值$\' --kind change --sort -value --limit 10', 'GDP增速最高的十份报告 / the ten fastest GDP growths'],
    ['zhibiao query --db claims.sqlite --keyword 光伏 --sort -year', '光伏，按年份从新到旧 / solar figures, newest report first'],
  ]);
}

async function runQuery(flags: QueryCommandFlags): Promise<number> {
  let query: CorpusQuery;
  let parsed: ReturnType<typeof parseQueryFlags>;
  let format: QueryFormat;
  try {
    // metric ids are checked against the index too (it may hold a --metrics FILE's ids), once it is open
    parsed = parseQueryFlags(flags, split(flags.metric));
    format = outputFormat(flags, 'table');
    query = { ...parsed.query, ...parseDocumentFlags(flags) };
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    warn(error.message);
    return EXIT_ERROR;
  }
  try {
    const db = openCorpus(flags.db, 'read');
    try {
      const unknown = unknownMetric(db, query.metrics ?? []);
      if (unknown) {
        warn(`unknown metric "${unknown}" (run \`zhibiao metrics\` to list them); ${fixFor('--metric', unknown, METRICS.map((m) => m.id), 'gdp')}`);
        return EXIT_ERROR;
      }
      const wordIndex = query.keywords?.length ? makeWordIndex({ cut: cutWords, subwords: cutForSearch }) : undefined;
      const result = queryCorpus(db, query, { wordIndex, limit: parsed.sort ? undefined : parsed.limit });
      // the identity first, so that --sort year (or region, level) has something to sort by
      const identified = withIdentity(result.rows, result.identities);
      const rows = limitClaims(parsed.sort ? sortClaims(identified, parsed.sort) : identified, parsed.limit);
      const style = decideStyle(flags.color, process.stdout, process.env);
      await openOutput().writeAll(identifiedChunks({ rows, identities: result.identities, fields: parsed.fields }, format, { style, bom: flags.bom }));
      if (!rows.length && (format === 'table' || format === 'markdown')) warn('no claim matched');
      return rows.length ? EXIT_OK : EXIT_NO_MATCH;
    } finally {
      db.close();
    }
  } catch (error) {
    const message = corpusErrorMessage(error, flags.db);
    if (message === null) throw error;
    warn(message);
    return EXIT_ERROR;
  }
}

/** The first id that is neither in the metric table nor stored in the index. */
function unknownMetric(db: CorpusDb, ids: readonly string[]): string | undefined {
  const known = new Set<string>(METRICS.map((m) => m.id));
  const stored = db.prepare('SELECT 1 FROM claims WHERE metric = ? LIMIT 1').pluck();
  return ids.find((id) => !known.has(id) && stored.get(id) === undefined);
}

// `--metric gdp,cpi --metric m2`; full-width commas too.
function split(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(/[,，、]/)).map((v) => v.trim()).filter(Boolean);
}
