// `zhibiao query --db claims.sqlite`: the claims of an index, with extract's filters and
// formats, plus --region, --level and --year. Every row names its document's government.
import { Option, type Command } from 'commander';
import { examplesFirst } from '../help.js';
import { corpusErrorMessage, openCorpus } from '../../corpus/db.js';
import { printIdentified, QUERY_FORMATS, withIdentity, type QueryFormat } from '../../corpus/print.js';
import { queryCorpus, type CorpusQuery } from '../../corpus/query.js';
import { LEVELS, type Level } from '../../identity/places.js';
import { QueryError } from '../../query/fields.js';
import { collect, outputFormat, parseQueryFlags, splitList, type QueryFlags } from '../../query/flags.js';
import { limitClaims, sortClaims } from '../../query/sort.js';
import { makeWordIndex } from '../../query/words.js';
import { cutForSearch, cutWords } from '../../segment/jieba.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK } from '../exit-codes.js';
import { addQueryOptions, warn } from './extract.js';

interface QueryCommandFlags extends QueryFlags {
  db: string;
  region?: string[];
  level?: string[];
  year?: string[];
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
  command
    .option('--region <names>', 'only these governments: 甘孜州 (= 甘孜藏族自治州), 四川省, or a prefix such as 甘孜', collect)
    .option('--level <levels>', `only these levels: ${LEVELS.join(', ')}`, collect)
    .option('--year <years>', 'only reports of these years (the year a report is delivered and plans)', collect)
    .addOption(new Option('--format <format>', 'output format (default: table)').choices(QUERY_FORMATS))
    .option('--json', 'the same as --format json')
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark, for Excel')
    .addOption(new Option('--color <when>', 'colour the table').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
Exit status: 0 claims printed, 1 no claim matched, 2 an error (a bad flag, a missing or damaged index).`)
    .action((flags: QueryCommandFlags) => setExit(runQuery(flags)));
  examplesFirst(command, [
    ['zhibiao query --db claims.sqlite --region 甘孜州 --year 2024 --modality target', '甘孜州2024年的全部目标 / every target of 甘孜州 for 2024'],
    ['zhibiao query --db claims.sqlite --level county --sector tourism --kind change --min 20 --format csv', '文旅增幅20%以上的县 / counties whose tourism grew 20% or more, as CSV'],
    ['zhibiao query --db claims.sqlite --indicator \'生产总值$\' --kind change --sort -value --limit 10', 'GDP增速最高的十份报告 / the ten fastest GDP growths'],
    ['zhibiao query --db claims.sqlite --keyword 光伏 --sort -year', '光伏，按年份从新到旧 / solar figures, newest report first'],
  ]);
}

function runQuery(flags: QueryCommandFlags): number {
  let query: CorpusQuery;
  let parsed: ReturnType<typeof parseQueryFlags>;
  let format: QueryFormat;
  try {
    parsed = parseQueryFlags(flags);
    format = outputFormat(flags, 'table');
    query = { ...parsed.query, regions: splitList(flags.region, '--region', '甘孜州'), levels: levelsOf(flags.level), years: yearsOf(flags.year) };
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    warn(error.message);
    return EXIT_ERROR;
  }
  try {
    const db = openCorpus(flags.db, 'read');
    try {
      const wordIndex = query.keywords?.length ? makeWordIndex({ cut: cutWords, subwords: cutForSearch }) : undefined;
      const result = queryCorpus(db, query, { wordIndex, limit: parsed.sort ? undefined : parsed.limit });
      // the identity first, so that --sort year (or region, level) has something to sort by
      const identified = withIdentity(result.rows, result.identities);
      const rows = limitClaims(parsed.sort ? sortClaims(identified, parsed.sort) : identified, parsed.limit);
      const style = decideStyle(flags.color, process.stdout, process.env);
      process.stdout.write(printIdentified({ rows, identities: result.identities, fields: parsed.fields }, format, { style, bom: flags.bom }));
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

function levelsOf(values: string[] | undefined): Level[] {
  const levels = splitList(values, '--level', 'city');
  for (const l of levels) if (!(LEVELS as readonly string[]).includes(l)) throw new QueryError(`unknown level "${l}" (one of: ${LEVELS.join(', ')}); use --level ${LEVELS[0]}`);
  return levels as Level[];
}

function yearsOf(values: string[] | undefined): number[] {
  return splitList(values, '--year', '2024').map((y) => {
    if (!/^(19|20)\d\d$/.test(y)) throw new QueryError(`--year needs years such as 2024 (got "${y}"); use --year 2024`);
    return Number(y);
  });
}
