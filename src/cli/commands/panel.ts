// `zhibiao panel <inputs…>` or `zhibiao panel --db claims.sqlite`: the same figures of many
// reports side by side, one headline row per document, metric, kind, modality and period;
// `--outcomes` judges each target against the next year's report.
import { Option, type Command } from 'commander';
import { corpusErrorMessage, openCorpus } from '../../corpus/db.js';
import { queryCorpus } from '../../corpus/query.js';
import { regionKey } from '../../identity/identify.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { eachExtracted, type ReadOptions } from '../../io/documents.js';
import { watchInterrupts } from '../../io/interrupts.js';
import type { ReportClaims } from '../../pairing/figures.js';
import { PANEL_FORMATS, printOutcomes, printPanel, type PanelFormat } from '../../panel/print.js';
import { metricName, metricOrder, metricsById, type MetricTable } from '../../pairing/metric-table.js';
import { panelOutcomes, panelRows, reportFigures } from '../../panel/rows.js';
import { QueryError } from '../../query/fields.js';
import { documentMatches, filterClaims, type ClaimQuery, type DocumentQuery } from '../../query/filter.js';
import { parseDocumentFlags, parseQueryFlags, type DocumentFlags, type QueryFlags } from '../../query/flags.js';
import { makeWordIndex } from '../../query/words.js';
import { cutForSearch, cutWords } from '../../segment/jieba.js';
import { chartsFromPanel } from '../../view/chart-series.js';
import type { ChartSeries } from '../../view/page-data.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import type { Claim, MetricDefinition } from '../../core/types.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK, UsageError } from '../exit-codes.js';
import { addIdentityFromOption, identityPattern } from '../identity-options.js';
import { addMetricsOption, metricTable } from '../metrics-options.js';
import { addDocumentOptions, addFilterOptions, addInputOptions, parseJobs, readOptions, warn } from './extract.js';

interface PanelFlags extends QueryFlags, DocumentFlags {
  db?: string;
  metrics?: string;
  identityFrom?: string;
  all?: boolean;
  outcomes?: boolean;
  wide?: boolean;
  format?: PanelFormat | 'html';
  json?: boolean;
  bom?: boolean;
  jobs?: string;
  color: ColorMode;
  encoding?: string;
}

export function registerPanel(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('panel')
    .description('the same figures of many reports side by side: one row per report, metric, kind, modality and period')
    .argument('[inputs...]', 'report files, directories, globs (or --db an index built by zhibiao index)')
    .option('--db <file>', 'read the claims of this index (zhibiao index) instead of files');
  addInputOptions(command);
  addIdentityFromOption(command);
  addMetricsOption(command);
  addFilterOptions(command);
  addDocumentOptions(command);
  command
    .option('--all', 'every statement of each metric, not only the headline one')
    .option('--outcomes', "each target beside the outcome the next year's report gives, judged met, missed or cannot judge")
    .option('--wide', 'CSV: reports in rows and figures in columns, as the table shows them')
    .addOption(new Option('--format <format>', 'output format (default: table); html: a page with a chart per government and metric').choices([...PANEL_FORMATS, 'html']))
    .option('--json', 'the same as --format json')
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark, for Excel')
    .option('--jobs <n>', 'extract files in n worker threads (default: the core count)')
    .addOption(new Option('--color <when>', 'colour the table').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
Examples / 示例:
  zhibiao panel reports/2025/ --modality target --metric gdp,cpi
      各省2025年的GDP和物价目标 / each report's 2025 GDP and CPI targets
  zhibiao panel reports/qinghai-*.txt --metric gdp --outcomes
      青海历年GDP增速目标完成了吗？/ were 青海's GDP growth targets met, year by year?
  zhibiao panel --db claims.sqlite --level provincial --year 2025 --format csv --wide > targets.csv
  zhibiao panel reports/dalian-*.txt --format html > dalian.html
      大连历年目标与实绩的图 / a chart per metric: targets against outcomes over the years

The headline of a target is its first statement in the report's targets; of an outcome, the
first statement of the year the report reviews. Five-year figures and averages have their own
period, and rows. Long formats (ndjson, json, csv) give one figure a row: document, region, level,
year, metric, name, kind, modality, period, value, high, unit, qualifier, line, text, sentence.
Exit status: 0 rows printed, 1 nothing matched, 2 an error (a bad input is reported, the others still run).`)
    .action(async (inputs: string[], flags: PanelFlags) => setExit(await runPanel(inputs, flags)));
}

async function runPanel(inputs: string[], flags: PanelFlags): Promise<number> {
  let claimQuery: ClaimQuery;
  let documentQuery: DocumentQuery;
  let metrics: readonly MetricDefinition[];
  let identityFrom: string | undefined;
  try {
    metrics = metricTable(flags.metrics);
    claimQuery = parseQueryFlags(flags, metrics.map((m) => m.id)).query;
    documentQuery = parseDocumentFlags(flags);
    identityFrom = identityPattern(flags);
    if (flags.db && identityFrom) throw new QueryError('--identity-from reads file names; an index keeps the identity it was built with');
    if (flags.encoding) checkEncodingName(flags.encoding);
    if (flags.db && inputs.length) throw new QueryError('give either report files or --db, not both');
    if (flags.wide && flags.outcomes) throw new QueryError('--wide lays out the panel; --outcomes prints one target a row');
    if (flags.format === 'html') {
      if (flags.wide || flags.all || flags.json) throw new QueryError(`--format html draws each year's headline figures; it takes no ${flags.wide ? '--wide' : flags.all ? '--all' : '--json'}`);
      if (process.stdout.isTTY) throw new QueryError('the page is HTML: redirect the output to a file (> panel.html)');
    }
  } catch (error) {
    if (!(error instanceof QueryError || error instanceof InputError || error instanceof UsageError)) throw error;
    warn(error.message);
    return EXIT_ERROR;
  }
  const table = metricsById(metrics);
  const jobs = parseJobs(flags.jobs);
  if (jobs === null) {
    warn(`--jobs takes a whole number from 1 to 64, not "${flags.jobs}"`);
    return EXIT_ERROR;
  }
  const loaded = flags.db ? reportsOfIndex(flags.db, documentQuery, claimQuery.metrics, flags) : await reportsOfFiles(inputs, jobs, { identityFrom, metrics: flags.metrics === undefined ? undefined : metrics }, flags);
  if (typeof loaded === 'number') return loaded;
  const { reports, failed } = loaded;
  // --outcomes needs the next year's reports even when --year names only this one
  const chosen = (r: ReportClaims) => documentMatches(r.identity, documentQuery);
  const wordIndex = claimQuery.keywords?.length ? makeWordIndex({ cut: cutWords, subwords: cutForSearch }) : undefined;
  const select = (c: Claim, r: ReportClaims) => chosen(r) && filterClaims([c], claimQuery, { wordIndex }).length === 1;
  if (flags.format === 'html') return runPanelHtml(reports, select, table, failed);
  const format: PanelFormat = flags.json ? 'json' : flags.format ?? 'table';
  const style = decideStyle(flags.color, process.stdout, process.env);
  let printed: number;
  if (flags.outcomes) {
    const rows = panelOutcomes(reports, { select, metrics: table });
    process.stdout.write(printOutcomes(rows, format, { bom: flags.bom, style }));
    printed = rows.length;
  } else {
    const rows = panelRows(reports, { all: flags.all, select, nameOf: (id) => metricName(id, table) });
    const documents = reports.filter(chosen);
    process.stdout.write(printPanel({ rows, documents, metricOrder: (id) => metricOrder(id, table) }, format, { wide: flags.wide, bom: flags.bom, style }));
    printed = rows.length;
  }
  if (!printed && (format === 'table' || format === 'markdown')) warn(flags.outcomes ? 'no target matched' : 'no figure matched');
  return failed ? EXIT_ERROR : printed ? EXIT_OK : EXIT_NO_MATCH;
}

/**
 * `--format html`: a page with a chart per government and metric, each year's headline target
 * against its outcome, with the verdicts (--outcomes or not: the page always shows both).
 */
async function runPanelHtml(reports: ReportClaims[], select: (c: Claim, r: ReportClaims) => boolean, table: MetricTable, failed: number): Promise<number> {
  const rows = panelRows(reports, { select, nameOf: (id) => metricName(id, table) });
  const charts = chartsFromPanel(rows, panelOutcomes(reports, { select, metrics: table }));
  // a government's charts together, its metrics in the table's order
  const order = (c: ChartSeries) => metricOrder(c.metric!, table);
  charts.sort((a, b) => a.indicator.split(' ')[0].localeCompare(b.indicator.split(' ')[0], 'zh') || order(a) - order(b));
  // 甘孜州 and 甘孜藏族自治州 are one government, named as its first report does
  const regions = [...new Map(reports.flatMap((r) => (r.identity.region ? [[regionKey(r.identity.region), r.identity.region] as const] : [])).reverse()).values()].reverse();
  const years = reports.map((r) => r.identity.year).filter((y): y is number => y !== null);
  const who = regions.length > 3 ? `${regions.length} governments` : regions.join(', ') || 'panel';
  const span = years.length ? ` ${Math.min(...years)}–${Math.max(...years)}` : '';
  const written = (await import('./view.js')).writeSeriesPage(`${who}${span}: targets against outcomes 目标与实绩`, charts);
  if (!written) return EXIT_ERROR;
  if (!charts.length) warn('no figure matched');
  return failed ? EXIT_ERROR : charts.length ? EXIT_OK : EXIT_NO_MATCH;
}

/**
 * Every report of the inputs, extracted by the --jobs workers, keeping only figures with a
 * metric; or the exit code when nothing could be read (2) or the run was interrupted (130).
 */
async function reportsOfFiles(
  inputs: string[], jobs: number, settings: Pick<ReadOptions, 'identityFrom' | 'metrics'>, flags: PanelFlags,
): Promise<{ reports: ReportClaims[]; failed: number } | number> {
  const interrupts = watchInterrupts();
  const reports: ReportClaims[] = [];
  const options = { ...readOptions(flags.encoding), ...settings, interrupts };
  const tally = await eachExtracted(inputs, options, jobs, (doc) => {
    reports.push(reportFigures({ document: doc.name, identity: doc.identity, claims: doc.claims }, flags.all));
  }).finally(() => interrupts.dispose());
  if (interrupts.stopped) {
    if (interrupts.byUser) warn('interrupted'); // a closed pipe or SIGPIPE ends quietly
    return interrupts.exitCode;
  }
  if (!tally.read) return EXIT_ERROR;
  return { reports, failed: tally.failed };
}

/**
 * The reports of an index. The government, level and metrics are asked of SQL (a metric is
 * part of every figure's key, so no headline changes); the years are tested afterwards, since
 * --outcomes needs the report of the year after the one named.
 */
function reportsOfIndex(path: string, query: DocumentQuery, metrics: ClaimQuery['metrics'], flags: PanelFlags): { reports: ReportClaims[]; failed: number } | number {
  try {
    const db = openCorpus(path, 'read');
    try {
      const result = queryCorpus(db, { regions: query.regions, levels: query.levels, metrics, withMetric: true });
      const byDocument = new Map<string, Claim[]>();
      for (const { document, ...claim } of result.rows) {
        let claims = byDocument.get(document);
        if (!claims) byDocument.set(document, (claims = []));
        claims.push(claim);
      }
      const reports = [...result.identities].map(([document, identity]) => reportFigures({ document, identity, claims: byDocument.get(document) ?? [] }, flags.all));
      return { reports, failed: 0 };
    } finally {
      db.close();
    }
  } catch (error) {
    const message = corpusErrorMessage(error, path);
    if (message === null) throw error;
    warn(message);
    return EXIT_ERROR;
  }
}
