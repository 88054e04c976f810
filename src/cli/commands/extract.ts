// `zhibiao extract`: the claims of one or more reports, filtered, in the format asked for.
import { Option, type Command } from 'commander';
import { examplesFirst } from '../help.js';
import { availableParallelism } from 'node:os';
import type { IdentityOverrides } from '../../identity/identify.js';
import { LEVELS } from '../../identity/places.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { eachExtracted, type ReadTally } from '../../io/documents.js';
import { watchInterrupts } from '../../io/interrupts.js';
import { openOutput, type Output } from '../../io/output.js';
import { DEFAULT_MAX_BYTES, formatSize, MAX_DOCUMENT_BYTES, parseSize, type ReadLimits } from '../../io/read-input.js';
import { QueryError, type ClaimRow } from '../../query/fields.js';
import { filterClaims, KEYWORD_SCOPES, type ClaimQuery } from '../../query/filter.js';
import { collect, outputFormat, parseQueryFlags, type ParsedQuery, type QueryFlags } from '../../query/flags.js';
import { limitClaims, sortClaims } from '../../query/sort.js';
import { makeWordIndex } from '../../query/words.js';
import { cutForSearch, cutWords } from '../../segment/jieba.js';
import { csvChunks } from '../../printers/csv.js';
import type { Printable } from '../../printers/fields.js';
import { jsonArrayItem, jsonChunks, jsonDocument, ndjsonChunks } from '../../printers/json.js';
import { markdownChunks } from '../../printers/markdown.js';
import { startProgress } from '../../printers/progress.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { tableChunks } from '../../printers/table.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK, UsageError } from '../exit-codes.js';
import { addIdentityFromOption, addIdentityOptions, identityOverrides, identityPattern } from '../identity-options.js';
import { addMetricsOption, metricTable } from '../metrics-options.js';
import type { MetricDefinition } from '../../core/types.js';
import { warn } from '../warn.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

interface ExtractFlags extends QueryFlags {
  jobs?: string;
  json?: boolean;
  format?: Format | 'html';
  color: ColorMode;
  encoding?: string;
  followSymlinks?: boolean;
  bom?: boolean;
  maxSize?: string;
  region?: string;
  level?: string;
  year?: string;
  identityFrom?: string;
  metrics?: string;
}

export function registerExtract(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('extract')
    .description('extract numeric claims from reports: files, directories, globs, or - for standard input')
    .argument('[inputs...]', 'report files (.txt .md .htm .html .pdf .docx .doc), directories (searched recursively), globs; - or none reads standard input');
  addInputOptions(command);
  command.option('--max-size <size>', `the largest document read (default: ${formatSize(DEFAULT_MAX_BYTES)}); e.g. 200M, 1G`);
  addIdentityOptions(command, true);
  addIdentityFromOption(command);
  addMetricsOption(command);
  addQueryOptions(command);
  command
    .addOption(new Option('--format <format>', 'output format (default: table); html: one page of the report, as zhibiao view').choices([...FORMATS, 'html']))
    .option('--json', 'the same as --format json: one object per document, an array for several')
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark, for Excel')
    .option('--jobs <n>', `extract files in n worker threads (default: the core count, ${availableParallelism()}); output order never changes`)
    .addOption(new Option('--color <when>', 'colour the table').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
More: cat report.txt | zhibiao extract --format ndjson | jq .indicator  (standard input in, one JSON claim a line out)

Every claim carries its document's government, level and year (region, level, year), read from
the text; --region, --level and --year override them.
Exit status: 0 claims printed, 1 no claim matched, 2 an error (a bad input is reported and the others still run);
130 after Ctrl-C (the lines printed so far are whole).`)
    .action(async (inputs: string[], flags: ExtractFlags) => setExit(await runExtract(inputs, flags)));
  examplesFirst(command, [
    ['zhibiao extract fixtures/ganzi-2024.txt', '每个数字一行的表格 / a table, one row per claim'],
    ['zhibiao extract fixtures/ganzi-2024.txt --sector tourism --modality target', '报告为2024年文旅定了哪些目标？/ what did the report promise for tourism?'],
    ['zhibiao extract reports/ --keyword 光伏 --keyword 风电 --format csv --bom > energy.csv', '目录下所有报告中光伏或风电的数字，存为Excel可读的CSV / solar or wind figures of every report, as CSV'],
    ['zhibiao extract report.txt --kind change --sort -value --limit 5', '增幅最大的五项 / the five largest changes'],
    ['zhibiao extract report.txt --min 100亿元 --fields line,value,indicator', '一百亿元以上的金额 / amounts of 10 billion yuan or more'],
  ]);
}

/** Where the reports come from: shared with every command that reads reports. */
export function addInputOptions(command: Command): Command {
  return command
    .option('--encoding <name>', 'force the input encoding (utf-8, gbk, gb18030, big5, utf-16le…); detected otherwise')
    .option('--follow-symlinks', 'in a directory, also follow links that lead out of it (by default only links inside it)');
}

/** Which documents, by their identity (query --db, panel): ../../query/flags.ts parseDocumentFlags. */
export function addDocumentOptions(command: Command): Command {
  return command
    .option('--region <names>', 'only these governments: 甘孜州 (= 甘孜藏族自治州), 四川省, or a prefix such as 甘孜', collect)
    .option('--level <levels>', `only these levels: ${LEVELS.join(', ')}`, collect)
    .option('--year <years>', 'only reports of these years (the year a report is delivered and plans)', collect);
}

/** The query flags of ../../query/flags.ts: the filters, then which fields, in which order, how many. */
export function addQueryOptions(command: Command): Command {
  return addFilterOptions(command)
    .option('--fields <list>', 'these columns, in this order: document,region,level,year,line,kind,value,high,unit,qualifier,modality,indicator,sector,metric,period,text,start,end,sentence')
    .option('--sort <field>', 'sort by a field; -field sorts descending (e.g. -value)')
    .option('--limit <n>', 'print at most n claims');
}

/** Which claims: the filters of ../../query/flags.ts (extract, query, panel). */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--sector <ids>', 'only these sectors, by id or Chinese name, e.g. energy,tourism or 文化旅游 (list them: zhibiao sectors)', collect)
    .option('--metric <ids>', 'only claims of these metrics, e.g. gdp,cpi (list them: zhibiao metrics)', collect)
    .option('--keyword <word>', 'only claims whose indicator has this whole word (repeatable; any matches); see --keyword-in', collect)
    .addOption(new Option('--keyword-in <where>', 'where --keyword looks: indicator (default: what the number measures) or sentence (also the words around it)').choices(KEYWORD_SCOPES))
    .option('--kind <kinds>', 'only these kinds: amount, change, ratio, gap, rank', collect)
    .option('--modality <m>', 'actual (achieved) or target (planned)', collect)
    .option('--unit <units>', 'only these units, e.g. 元, %, 人次, 百分点 (亿元 is 元: values are normalised)', collect)
    .option('--min <n>', 'normalised value at least n: 1e9, 100亿, 100亿元 (in 元: agrees with --unit), 8.5')
    .option('--max <n>', 'normalised value at most n (written like --min)')
    .option('--indicator <regex>', 'only indicators matching this regular expression, e.g. "收入$"');
}

/** Checks the flags, reads every input, prints the claims; returns the exit code. */
async function runExtract(inputs: string[], flags: ExtractFlags): Promise<number> {
  if (flags.format === 'html' && !flags.json) return (await import('./view.js')).runView(inputs, flags);
  let parsed: ParsedQuery;
  let overrides: IdentityOverrides;
  let limits: ReadLimits;
  let metrics: readonly MetricDefinition[] | undefined;
  let identityFrom: string | undefined;
  let chosenFormat: Format;
  try {
    metrics = flags.metrics === undefined ? undefined : metricTable(flags.metrics);
    parsed = parseQueryFlags(flags, metrics?.map((m) => m.id));
    chosenFormat = outputFormat(flags as { json?: boolean; format?: Format }, 'table');
    if (flags.encoding) checkEncodingName(flags.encoding);
    overrides = identityOverrides(flags);
    identityFrom = identityPattern(flags);
    limits = sizeLimit(flags.maxSize);
  } catch (error) {
    if (!(error instanceof QueryError || error instanceof InputError || error instanceof UsageError)) throw error;
    warn(error.message);
    return EXIT_ERROR;
  }
  const format = chosenFormat; // a const, so that TypeScript narrows it below
  const { keywords, keywordIn, ...rest } = parsed.query;
  const perDocument: ClaimQuery = rest;
  const jobs = parseJobs(flags.jobs);
  if (jobs === null) {
    warn(`--jobs takes a whole number from 1 to 64, not "${flags.jobs}"`);
    return EXIT_ERROR;
  }
  const cores = availableParallelism();
  if (flags.jobs !== undefined && jobs > cores) warn(`--jobs ${jobs}: this machine has ${cores} core${cores === 1 ? '' : 's'}, using ${cores}`);
  const out = openOutput();
  // Keyword matching loads jieba's full dictionary: only then, and after every document is
  // extracted, so that the claims are the same with and without --keyword. Without it and
  // without --sort, JSON, NDJSON and CSV are written a document at a time (a corpus of any
  // size in bounded memory); tables and Markdown need every row to size their columns.
  // (JSON and CSV on a terminal are printed at the end, clear of the progress line.)
  const streaming = !parsed.sort && !keywords?.length && (format === 'ndjson' || ((format === 'json' || format === 'csv') && !process.stdout.isTTY));
  const stream = streaming ? documentStream(format, out, parsed.fields, flags.bom) : null;
  const documents: Printable['documents'] = [];
  const interrupts = watchInterrupts();
  const options = { ...readOptions(flags.encoding, flags.followSymlinks), overrides, identityFrom, metrics, limits, interrupts };
  const tally = await eachExtracted(inputs, options, Math.min(jobs, cores), async (doc) => {
    const { region, level, year } = doc.identity;
    const rows = doc.claims.map((c): ClaimRow => ({ document: doc.name, region, level, year, ...c }));
    const claims = filterClaims(rows, perDocument);
    if (!stream) {
      documents.push({ document: doc.name, identity: doc.identity, claims });
      return;
    }
    const room = parsed.limit === undefined ? claims.length : Math.max(0, parsed.limit - stream.printed);
    await stream.add({ document: doc.name, identity: doc.identity, claims: claims.slice(0, room) });
    // NDJSON and CSV stop at the limit; JSON lists every document read, as without streaming
    return format === 'json' || parsed.limit === undefined || stream.printed < parsed.limit;
  }).finally(() => interrupts.dispose());
  if (interrupts.stopped) {
    if (interrupts.byUser) {
      await stream?.end(); // JSON printed so far is closed into a whole array
      warn('interrupted'); // a closed pipe or SIGPIPE ends quietly
    }
    return interrupts.exitCode; // what was printed stays: whole lines
  }
  if (!tally.read) return EXIT_ERROR;
  if (stream) {
    await stream.end();
    return exitCode(tally, stream.printed);
  }

  if (keywords?.length) {
    const wordIndex = makeWordIndex({ cut: cutWords, subwords: cutForSearch });
    for (const d of documents) d.claims = filterClaims(d.claims, { keywords, keywordIn }, { wordIndex });
  }
  const all = documents.flatMap((d) => d.claims);
  const rows = limitClaims(parsed.sort ? sortClaims(all, parsed.sort) : all, parsed.limit);
  const printable: Printable = { documents: regroup(documents, rows), rows, fields: parsed.fields };
  await out.writeAll(render(format, printable, flags));
  if (!rows.length && (format === 'table' || format === 'markdown')) warn('no claim matched');
  return exitCode(tally, rows.length);
}

type PrintedDocument = Printable['documents'][number];

/**
 * JSON, NDJSON or CSV written as the documents come, the same bytes as printed at the end: JSON
 * holds back its first document until a second one shows whether the output is an object or
 * an array; CSV writes its header with the first document.
 */
function documentStream(format: 'json' | 'ndjson' | 'csv', out: Output, fields: Printable['fields'], bom: boolean | undefined) {
  let printed = 0;
  let documents = 0;
  let first: PrintedDocument | null = null;
  return {
    get printed() {
      return printed;
    },
    async add(doc: PrintedDocument): Promise<void> {
      printed += doc.claims.length;
      documents++;
      if (format === 'ndjson') return out.writeAll(ndjsonChunks({ rows: doc.claims, fields }));
      if (format === 'csv') return out.writeAll(csvChunks({ rows: doc.claims, fields }, { bom, header: documents === 1 }));
      if (documents === 1) {
        first = doc;
        return;
      }
      if (first) await out.write(`[\n${jsonArrayItem(first, fields)}`);
      first = null;
      await out.write(`,\n${jsonArrayItem(doc, fields)}`);
    },
    async end(): Promise<void> {
      if (format !== 'json' || !documents) return;
      await out.write(documents === 1 && first ? `${jsonDocument(first, fields)}\n` : '\n]\n');
    },
  };
}

function render(format: Format, printable: Printable, flags: ExtractFlags): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(printable);
    case 'ndjson':
      return ndjsonChunks(printable);
    case 'csv':
      return csvChunks(printable, { bom: flags.bom });
    case 'markdown':
      return markdownChunks(printable);
    case 'table':
      return printable.rows.length ? tableChunks(printable, decideStyle(flags.color, process.stdout, process.env)) : [];
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
  // one document becomes one string, and a V8 string holds at most 2^29 - 24 characters
  if (maxBytes > MAX_DOCUMENT_BYTES) throw new InputError(`--max-size ${spec}: one document can be at most ${formatSize(MAX_DOCUMENT_BYTES)} (the longest text Node holds)`, 'usage');
  return { maxBytes, flag: '--max-size' };
}

/** --jobs: a whole number from 1 to 64; the machine's core count when not given. */
export function parseJobs(value: string | undefined): number | null {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : null;
}

/** Like grep: an error anywhere wins (2), then whether anything was printed (0) or not (1). */
function exitCode(tally: ReadTally, printed: number): number {
  return tally.failed ? EXIT_ERROR : printed ? EXIT_OK : EXIT_NO_MATCH;
}

export function readOptions(encoding: string | undefined, followSymlinks?: boolean) {
  return {
    encoding,
    followSymlinks,
    warn,
    progress: (total: number) => startProgress(process.stderr, total),
    stdinIsTTY: !!process.stdin.isTTY,
  };
}

export { warn };
