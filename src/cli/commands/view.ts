// `zhibiao view REPORT [-o FILE.html]`: one self-contained HTML page of a report, every claim
// marked in its text, with a side table to filter. `extract --format html` is the same page;
// `compare --format html` draws the series of several reports (writeChartsPage).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import type { ReportClaims } from '../../pairing/figures.js';
import { buildSeries } from '../../pairing/series.js';
import { governmentName } from '../../compare/print.js';
import type { IdentityOverrides } from '../../identity/identify.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { analyseText } from '../../io/analyse.js';
import { eachDocument } from '../../io/documents.js';
import type { InputDocument } from '../../io/read-input.js';
import { QueryError, type ClaimRow } from '../../query/fields.js';
import { filterClaims } from '../../query/filter.js';
import { parseQueryFlags, type ParsedQuery, type QueryFlags } from '../../query/flags.js';
import { limitClaims, sortClaims } from '../../query/sort.js';
import { makeWordIndex } from '../../query/words.js';
import { cutForSearch, cutWords } from '../../segment/jieba.js';
import { loadAssets } from '../../view/assets.js';
import { chartsFromCompare } from '../../view/chart-series.js';
import type { ChartSeries } from '../../view/page-data.js';
import { renderPage } from '../../view/page.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK } from '../exit-codes.js';
import { addIdentityOptions, identityOverrides } from '../identity-options.js';
import { addInputOptions, addQueryOptions, readOptions, warn } from './extract.js';

const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };
const GENERATOR = `zhibiao ${pkg.version}`;

export interface ViewFlags extends QueryFlags {
  output?: string;
  encoding?: string;
  region?: string;
  level?: string;
  year?: string;
}

export function registerView(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('view')
    .description('one HTML page of a report: every claim marked in its text, a table to filter; opens offline from disk')
    .argument('[report]', 'a report file (.txt .md .htm .html); - or none reads standard input')
    .option('-o, --output <file>', 'write the page to this file (default: standard output, when it is not a terminal)');
  addInputOptions(command);
  addIdentityOptions(command, true);
  addQueryOptions(command);
  command
    .addHelpText('after', `
Examples / 示例:
  zhibiao view fixtures/ganzi-2024.txt -o ganzi.html
      在浏览器中查看报告，每个数字都有标记 / the report in a browser, every figure marked
  zhibiao view report.txt --sector tourism -o tourism.html
      只标记文旅的数字 / mark only the tourism figures
  zhibiao compare reports/ganzi-*.txt --format html > series.html
      各指标历年目标与实绩的图 / a chart per indicator: targets against outcomes

Hover or focus a mark for its fields; filter the table by sector, kind, modality or words;
click a row to scroll to its mark; #claim-N (N as in --json order) links to one claim.
Exit status: 0 page written, 1 written but no claim matched, 2 an error.`)
    .action(async (report: string | undefined, flags: ViewFlags) => setExit(await runView(report ? [report] : [], flags)));
}

/** Reads one report, marks the claims that pass the query, writes the page; returns the exit code. */
export async function runView(inputs: string[], flags: ViewFlags): Promise<number> {
  let parsed: ParsedQuery;
  let overrides: IdentityOverrides;
  try {
    parsed = parseQueryFlags(flags);
    if (flags.encoding) checkEncodingName(flags.encoding);
    overrides = identityOverrides(flags);
  } catch (error) {
    if (!(error instanceof QueryError || error instanceof InputError)) throw error;
    warn(error.message);
    return EXIT_ERROR;
  }
  if (!flags.output && process.stdout.isTTY) {
    warn('the page is HTML: name a file with -o FILE.html, or redirect the output');
    return EXIT_ERROR;
  }
  const documents: InputDocument[] = [];
  // a second document is enough to refuse: the others are not read
  const tally = await eachDocument(inputs, readOptions(flags.encoding), (doc) => documents.push(doc) < 2);
  if (documents.length !== 1) {
    if (documents.length > 1) warn('a page shows one report, and more were given; for figures across reports: zhibiao compare … --format html');
    return EXIT_ERROR;
  }
  const [doc] = documents;
  const { claims, identity } = analyseText(doc.text, doc.name, { overrides });
  const { keywords, ...query } = parsed.query;
  let rows = filterClaims(claims.map((c): ClaimRow => ({ document: doc.name, ...c })), query);
  if (keywords?.length) rows = filterClaims(rows, { keywords }, { wordIndex: makeWordIndex({ cut: cutWords, subwords: cutForSearch }) });
  // The page numbers claims as --json prints them, with the same query: sorted, then limited.
  rows = limitClaims(parsed.sort ? sortClaims(rows, parsed.sort) : rows, parsed.limit);
  const html = renderPage({ report: { document: doc.name, identity, text: doc.text, claims: rows }, generator: GENERATOR }, loadAssets(false));
  if (!writePage(html, flags.output, `${rows.length} claims marked`)) return EXIT_ERROR;
  return tally.failed ? EXIT_ERROR : rows.length ? EXIT_OK : EXIT_NO_MATCH;
}

/**
 * `compare --format html`: a chart per indicator of each government's reports, targets against
 * outcomes over the years. Returns the number of charts drawn, or null when the page could not be written.
 */
export function writeChartsPage(groups: readonly (readonly ReportClaims[])[], output?: string): number | null {
  const charts = groups.flatMap((group) => chartsFromCompare(buildSeries(group)));
  const who = [...new Set(groups.map((g) => governmentName(g[0].identity)))].join(', ');
  const years = groups.flatMap((g) => g.map((r) => r.identity.year).filter((y): y is number => y !== null));
  const span = years.length ? ` ${Math.min(...years)}–${Math.max(...years)}` : '';
  return writeSeriesPage(`${who}${span}: targets against outcomes 目标与实绩`, charts, output) ? charts.length : null;
}

/**
 * A page of charts from plain series (one chart each): what any command that lines figures up
 * by year (compare, panel) writes for `--format html`. False when the file could not be written.
 */
export function writeSeriesPage(title: string, charts: readonly ChartSeries[], output?: string): boolean {
  const html = renderPage({ title, charts, generator: GENERATOR }, loadAssets(true));
  return writePage(html, output, `${charts.length} charts`);
}

/** To the file named, or to standard output (never onto a terminal: the caller checked). */
function writePage(html: string, output: string | undefined, what: string): boolean {
  if (!output || output === '-') {
    process.stdout.write(html);
    return true;
  }
  try {
    writeFileSync(output, html);
  } catch (error) {
    warn(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (error as Error).message}`);
    return false;
  }
  process.stderr.write(`zhibiao: wrote ${output} (${what})\n`);
  return true;
}
