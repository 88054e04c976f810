// `zhibiao extract`: the claims of one or more reports, filtered, in the format asked for.
import { Option, type Command } from 'commander';
import { availableParallelism } from 'node:os';
import type { IdentityOverrides } from '../../identity/identify.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { eachExtracted, type ReadTally } from '../../io/documents.js';
import { watchInterrupts } from '../../io/interrupts.js';
import { DEFAULT_MAX_BYTES, formatSize, parseSize, type ReadLimits } from '../../io/read-input.js';
import { QueryError, type ClaimRow } from '../../query/fields.js';
import { filterClaims, type ClaimQuery } from '../../query/filter.js';
import { collect, parseQueryFlags, type ParsedQuery, type QueryFlags } from '../../query/flags.js';
import { limitClaims, sortClaims } from '../../query/sort.js';
import { makeWordIndex } from '../../query/words.js';
import { cutForSearch, cutWords } from '../../segment/jieba.js';
import { printCsv } from '../../printers/csv.js';
import type { Printable } from '../../printers/fields.js';
import { printJson, printNdjson } from '../../printers/json.js';
import { printMarkdown } from '../../printers/markdown.js';
import { startProgress } from '../../printers/progress.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { printTable } from '../../printers/table.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK } from '../exit-codes.js';
import { addIdentityOptions, identityOverrides } from '../identity-options.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

interface ExtractFlags extends QueryFlags {
  jobs?: string;
  json?: boolean;
  format?: Format;
  color: ColorMode;
  encoding?: string;
  bom?: boolean;
  maxSize?: string;
  region?: string;
  level?: string;
  year?: string;
}

export function registerExtract(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('extract')
    .description('extract numeric claims from reports: files, directories, globs, or - for standard input')
    .argument('[inputs...]', 'report files (.txt .md .htm .html .pdf .docx .doc), directories (searched recursively), globs; - or none reads standard input');
  addInputOptions(command);
  command.option('--max-size <size>', `the largest document read (default: ${formatSize(DEFAULT_MAX_BYTES)}); e.g. 200M, 1G`);
  addIdentityOptions(command, true);
  addQueryOptions(command);
  command
    .addOption(new Option('--format <format>', 'output format (default: table)').choices(FORMATS))
    .option('--json', 'the same as --format json: one object per document, an array for several')
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark, for Excel')
    .option('--jobs <n>', `extract files in n worker threads (default: the core count, ${availableParallelism()}); output order never changes`)
    .addOption(new Option('--color <when>', 'colour the table').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
Examples / 示例:
  zhibiao extract fixtures/ganzi-2024.txt
      每个数字一行的表格 / a table, one row per claim
  zhibiao extract fixtures/ganzi-2024.txt --sector tourism --modality target
      报告为2024年文旅定了哪些目标？/ what did the report promise for tourism?
  zhibiao extract reports/ --keyword 光伏 --keyword 风电 --format csv --bom > energy.csv
      目录下所有报告中光伏或风电的数字，存为Excel可读的CSV / solar or wind figures of every report, as CSV
  zhibiao extract report.txt --kind change --sort -value --limit 5
      增幅最大的五项 / the five largest changes
  zhibiao extract report.txt --unit 元 --min 100亿 --fields line,value,indicator
      一百亿元以上的金额 / amounts of 10 billion yuan or more
  cat report.txt | zhibiao extract --format ndjson | jq .indicator
      从标准输入读，每行一条JSON / standard input in, one JSON claim a line out

Every claim carries its document's government, level and year (region, level, year), read from
the text; --region, --level and --year override them.
Exit status: 0 claims printed, 1 no claim matched, 2 an error (a bad input is reported and the others still run);
130 after Ctrl-C (the lines printed so far are whole).`)
    .action(async (inputs: string[], flags: ExtractFlags) => setExit(await runExtract(inputs, flags)));
}

/** Where the reports come from: shared with every command that reads reports. */
export function addInputOptions(command: Command): Command {
  return command.option('--encoding <name>', 'force the input encoding (utf-8, gbk, gb18030, big5, utf-16le…); detected otherwise');
}

/** The query flags of ../../query/flags.ts. */
export function addQueryOptions(command: Command): Command {
  return command
    .option('--sector <ids>', 'only these sectors, e.g. energy,tourism (list them: zhibiao sectors)', collect)
    .option('--keyword <word>', 'only claims whose indicator or sentence has this whole word (repeatable; any matches)', collect)
    .option('--kind <kinds>', 'only these kinds: amount, change, ratio, gap, rank', collect)
    .option('--modality <m>', 'actual (achieved) or target (planned)', collect)
    .option('--unit <units>', 'only these canonical units, e.g. 元, %, 人次, 百分点', collect)
    .option('--min <n>', 'normalised value at least n (1e9, 100亿, 8.5)')
    .option('--max <n>', 'normalised value at most n')
    .option('--indicator <regex>', 'only indicators matching this regular expression, e.g. "收入$"')
    .option('--fields <list>', 'these columns, in this order: document,region,level,year,line,kind,value,high,unit,qualifier,modality,indicator,sector,text,start,end,sentence')
    .option('--sort <field>', 'sort by a field; -field sorts descending (e.g. -value)')
    .option('--limit <n>', 'print at most n claims');
}

/** Checks the flags, reads every input, prints the claims; returns the exit code. */
async function runExtract(inputs: string[], flags: ExtractFlags): Promise<number> {
  let parsed: ParsedQuery;
  let overrides: IdentityOverrides;
  let limits: ReadLimits;
  try {
    parsed = parseQueryFlags(flags);
    if (flags.encoding) checkEncodingName(flags.encoding);
    overrides = identityOverrides(flags);
    limits = sizeLimit(flags.maxSize);
  } catch (error) {
    if (!(error instanceof QueryError || error instanceof InputError)) throw error;
    warn(error.message);
    return EXIT_ERROR;
  }
  const format: Format = flags.json ? 'json' : flags.format ?? 'table';
  const { keywords, ...rest } = parsed.query;
  const perDocument: ClaimQuery = rest;
  // Keyword matching loads jieba's full dictionary: only then, and after every document is
  // extracted, so that the claims are the same with and without --keyword.
  const streaming = format === 'ndjson' && !parsed.sort && !keywords?.length;
  const documents: Printable['documents'] = [];
  let streamed = 0;
  const jobs = parseJobs(flags.jobs);
  if (jobs === null) {
    warn(`--jobs takes a whole number from 1 to 64, not "${flags.jobs}"`);
    return EXIT_ERROR;
  }
  const interrupts = watchInterrupts();
  const options = { ...readOptions(flags.encoding), overrides, limits, interrupts };
  const tally = await eachExtracted(inputs, options, jobs, (doc) => {
    const { region, level, year } = doc.identity;
    const rows = doc.claims.map((c): ClaimRow => ({ document: doc.name, region, level, year, ...c }));
    const claims = filterClaims(rows, perDocument);
    if (!streaming) {
      documents.push({ document: doc.name, identity: doc.identity, claims });
      return;
    }
    const room = parsed.limit === undefined ? claims.length : parsed.limit - streamed;
    process.stdout.write(printNdjson({ rows: claims.slice(0, room), fields: parsed.fields }));
    streamed += Math.min(room, claims.length);
    return parsed.limit === undefined || streamed < parsed.limit;
  }).finally(() => interrupts.dispose());
  if (interrupts.stopped) {
    if (interrupts.byUser) warn('interrupted'); // a closed pipe or SIGPIPE ends quietly
    return interrupts.exitCode; // what was printed stays: whole lines
  }
  if (!tally.read) return EXIT_ERROR;
  if (streaming) return exitCode(tally, streamed);

  if (keywords?.length) {
    const wordIndex = makeWordIndex({ cut: cutWords, subwords: cutForSearch });
    for (const d of documents) d.claims = filterClaims(d.claims, { keywords }, { wordIndex });
  }
  const all = documents.flatMap((d) => d.claims);
  const rows = limitClaims(parsed.sort ? sortClaims(all, parsed.sort) : all, parsed.limit);
  const printable: Printable = { documents: regroup(documents, rows), rows, fields: parsed.fields };
  process.stdout.write(render(format, printable, flags));
  if (!rows.length && (format === 'table' || format === 'markdown')) warn('no claim matched');
  return exitCode(tally, rows.length);
}

function render(format: Format, printable: Printable, flags: ExtractFlags): string {
  switch (format) {
    case 'json':
      return printJson(printable);
    case 'ndjson':
      return printNdjson(printable);
    case 'csv':
      return printCsv(printable, { bom: flags.bom });
    case 'markdown':
      return printMarkdown(printable);
    case 'table':
      return printable.rows.length ? printTable(printable, decideStyle(flags.color, process.stdout, process.env)) : '';
  }
}

// JSON groups the printed rows by document again, in the documents' order, each in sorted order.
function regroup(documents: Printable['documents'], rows: ClaimRow[]): Printable['documents'] {
  const byDocument = new Map(documents.map((d) => [d, [] as ClaimRow[]]));
  const owner = new Map<ClaimRow, ClaimRow[]>();
  for (const d of documents) for (const c of d.claims) owner.set(c, byDocument.get(d)!);
  for (const row of rows) owner.get(row)!.push(row);
  return documents.map((d) => ({ ...d, claims: byDocument.get(d)! }));
}

/** --max-size 200M: the size limit of one document, named in the message when one is over it. */
function sizeLimit(spec: string | undefined): ReadLimits {
  if (spec === undefined) return { maxBytes: DEFAULT_MAX_BYTES, flag: '--max-size' };
  const maxBytes = parseSize(spec);
  if (maxBytes === null) throw new InputError(`--max-size takes a size such as 64M, 200MB or 1G (got "${spec}")`, 'usage');
  return { maxBytes, flag: '--max-size' };
}

/** --jobs: a whole number from 1 to 64; the machine's core count when not given. */
function parseJobs(value: string | undefined): number | null {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : null;
}

/** Like grep: an error anywhere wins (2), then whether anything was printed (0) or not (1). */
function exitCode(tally: ReadTally, printed: number): number {
  return tally.failed ? EXIT_ERROR : printed ? EXIT_OK : EXIT_NO_MATCH;
}

export function readOptions(encoding: string | undefined) {
  return {
    encoding,
    warn,
    progress: (total: number) => startProgress(process.stderr, total),
    stdinIsTTY: !!process.stdin.isTTY,
  };
}

export function warn(message: string): void {
  process.stderr.write(`zhibiao: ${message}\n`);
}
