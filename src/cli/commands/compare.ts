// `zhibiao compare REPORT_Y REPORT_Y+1`: last year's targets against this year's outcomes;
// with more than two reports of one government, each indicator's series with a sparkline.
import { Option, type Command } from 'commander';
import { analyseText } from '../../io/analyse.js';
import type { ReportClaims } from '../../pairing/figures.js';
import { compareReports, governmentKey } from '../../pairing/pair.js';
import { buildSeries } from '../../pairing/series.js';
import { examplesFirst } from '../help.js';
import { QueryError } from '../../query/fields.js';
import { outputFormat } from '../../query/flags.js';
import { COMPARE_FORMATS, governmentName, printComparison, printSeries, type CompareFormat } from '../../compare/print.js';
import type { IdentityOverrides } from '../../identity/identify.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { eachDocument } from '../../io/documents.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK, UsageError } from '../exit-codes.js';
import { addMetricsOption, metricTable } from '../metrics-options.js';
import type { MetricDefinition } from '../../core/types.js';
import { metricsById } from '../../pairing/metric-table.js';
import { addInputOptions, readOptions, warn } from './extract.js';
import { addIdentityOptions, identityOverrides } from '../identity-options.js';
import { openOutput } from '../../io/output.js';

interface CompareFlags {
  format?: CompareFormat | 'html';
  json?: boolean;
  all?: boolean;
  region?: string;
  level?: string;
  year?: string;
  metrics?: string;
  color: ColorMode;
  encoding?: string;
  followSymlinks?: boolean;
}

export function registerCompare(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('compare')
    .description("targets of one year's report against the outcomes the next year's report gives; a series for more reports")
    .argument('<reports...>', 'two reports of one government (year Y and Y+1), or more for a series');
  addInputOptions(command);
  addIdentityOptions(command, true);
  addMetricsOption(command);
  command
    .option('--all', 'every target, not only the main goals and the targets an outcome was found for')
    .addOption(new Option('--format <format>', 'output format (default: table); html: a page with a chart per indicator').choices([...COMPARE_FORMATS, 'html']))
    .option('--json', 'the same as --format json')
    .addOption(new Option('--color <when>', 'colour the table').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
Rows are keyed by metric (zhibiao metrics), then by indicator for figures without one; a
five-year figure or a yearly average is never paired with one year's.
Judging: ≥ t is met from t up, ≤ t up to t, ≈ t within 0.5 points (5% for amounts) or better,
a range t–h from t up, a plain t from t up. For a ceiling (失业率, 物价, 能耗) the direction turns.
A qualifier bounds the size of a fall: 下降3.4%以上 is met by −5%, missed by −3%.
--year gives the year of the first report; each report after it is a year later.
Exit status: 0 rows printed, 1 nothing to compare, 2 an error (reports of different governments too).`)
    .action(async (inputs: string[], flags: CompareFlags) => setExit(await runCompare(inputs, flags)));
  examplesFirst(command, [
    ['zhibiao compare ganzi-2024.txt ganzi-2025.txt', '2024年的目标完成了吗？/ were the 2024 targets met?'],
    ['zhibiao compare reports/ganzi-*.txt', '各指标历年走势 / each indicator over the years, with a sparkline'],
    ['zhibiao compare ganzi-2024.txt ganzi-2025.txt --all --format csv', '所有目标，CSV / every target, as CSV'],
  ]);
}

async function runCompare(inputs: string[], flags: CompareFlags): Promise<number> {
  let overrides: IdentityOverrides;
  let metrics: readonly MetricDefinition[];
  let format: CompareFormat | 'html';
  try {
    if (flags.encoding) checkEncodingName(flags.encoding);
    overrides = identityOverrides(flags);
    metrics = metricTable(flags.metrics);
    format = outputFormat(flags, 'table');
  } catch (error) {
    if (!(error instanceof InputError || error instanceof UsageError || error instanceof QueryError)) throw error;
    warn(error.message);
    return EXIT_ERROR;
  }
  // --year is the year of the first report; each one after it is a year later (given in order)
  const { year: firstYear, ...shared } = overrides;
  const reports: ReportClaims[] = [];
  const tally = await eachDocument(inputs, readOptions(flags.encoding, flags.followSymlinks), (doc) => {
    const own = firstYear === undefined ? shared : { ...shared, year: firstYear + reports.length };
    reports.push({ document: doc.name, ...analyseText(doc.text, doc.name, { overrides: own, metrics: flags.metrics === undefined ? undefined : metrics }) });
  });
  if (reports.length < 2) {
    warn(`compare needs two reports or more (${reports.length} read)`);
    return EXIT_ERROR;
  }
  const others = reports.find((r) => governmentKey(r) !== governmentKey(reports[0]) && r.identity.region && reports[0].identity.region);
  if (others) {
    warn(`the reports are of different governments (${governmentName(reports[0].identity)} in ${reports[0].document}, ${governmentName(others.identity)} in ${others.document}); compare one government's reports, or say with --region that they are one`);
    return EXIT_ERROR;
  }
  const ordered = byYear(reports);
  if (format === 'html') return runCompareHtml([ordered], tally.failed);
  const style = decideStyle(flags.color, process.stdout, process.env);
  const out = openOutput();
  let printed = 0;
  if (ordered.length === 2) {
    const [before, after] = ordered;
    if (before.identity.planYear !== null && after.identity.reviewYear !== null && before.identity.planYear !== after.identity.reviewYear) {
      warn(`${before.document} sets targets for ${before.identity.planYear} but ${after.document} reviews ${after.identity.reviewYear}`);
    }
    const rows = compareReports(before, after, { all: flags.all, metrics: metricsById(metrics) });
    await out.write(printComparison(rows, before, after, format, style));
    printed = rows.length;
  } else {
    const series = buildSeries(ordered, metricsById(metrics));
    await out.write(printSeries(series, ordered, format, style));
    printed = series.rows.length;
  }
  if (!printed && (format === 'table' || format === 'markdown')) warn('no target or indicator to compare');
  return tally.failed ? EXIT_ERROR : printed ? EXIT_OK : EXIT_NO_MATCH;
}

// A page with a chart per indicator of each government: see ../../view/.
async function runCompareHtml(groups: ReportClaims[][], failed: number): Promise<number> {
  if (process.stdout.isTTY) {
    warn('the page is HTML: redirect the output to a file (> series.html)');
    return EXIT_ERROR;
  }
  const charts = (await import('./view.js')).writeChartsPage(groups.filter((g) => g.length >= 2));
  if (charts === null) return EXIT_ERROR;
  if (!charts) warn('no target or indicator to compare');
  return failed ? EXIT_ERROR : charts ? EXIT_OK : EXIT_NO_MATCH;
}

// Oldest first; a report whose year cannot be told keeps its place among the others' order.
function byYear(reports: readonly ReportClaims[]): ReportClaims[] {
  for (const r of reports) if (r.identity.year === null) warn(`${r.document}: cannot tell the year of this report; taken in the order given (or say it with --year)`);
  if (reports.some((r) => r.identity.year === null)) return [...reports];
  return [...reports].sort((a, b) => a.identity.year! - b.identity.year!);
}
