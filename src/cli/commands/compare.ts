// `zhibiao compare REPORT_Y REPORT_Y+1`: last year's targets against this year's outcomes;
// with more than two reports of one government, each indicator's series with a sparkline.
import { Option, type Command } from 'commander';
import { examplesFirst } from '../help.js';
import { QueryError } from '../../query/fields.js';
import { outputFormat } from '../../query/flags.js';
import { extract } from '../../index.js';
import { buildSeries } from '../../compare/series.js';
import { compareReports, type ReportClaims } from '../../compare/pair.js';
import { COMPARE_FORMATS, governmentName, printComparison, printSeries, type CompareFormat } from '../../compare/print.js';
import { identifyDocument, regionKey, type IdentityOverrides } from '../../identity/identify.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { eachDocument } from '../../io/documents.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK } from '../exit-codes.js';
import { addInputOptions, readOptions, warn } from './extract.js';
import { addIdentityOptions, identityOverrides } from '../identity-options.js';

interface CompareFlags {
  format?: CompareFormat;
  json?: boolean;
  all?: boolean;
  region?: string;
  level?: string;
  color: ColorMode;
  encoding?: string;
}

export function registerCompare(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('compare')
    .description("targets of one year's report against the outcomes the next year's report gives; a series for more reports")
    .argument('<reports...>', 'two reports of one government (year Y and Y+1), or more for a series');
  addInputOptions(command);
  addIdentityOptions(command, false);
  command
    .option('--all', 'every target, not only the main goals and the targets an outcome was found for')
    .addOption(new Option('--format <format>', 'output format (default: table)').choices(COMPARE_FORMATS))
    .option('--json', 'the same as --format json')
    .addOption(new Option('--color <when>', 'colour the table').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
Judging: ≥ t is met from t up, ≤ t up to t, ≈ t within 0.5 points (5% for amounts) or better,
a range t–h from t up (for a ceiling such as 失业率 or 居民消费价格: up to h), a plain t from t up.
Exit status: 0 rows printed, 1 nothing to compare, 2 an error.`)
    .action(async (inputs: string[], flags: CompareFlags) => setExit(await runCompare(inputs, flags)));
  examplesFirst(command, [
    ['zhibiao compare ganzi-2024.txt ganzi-2025.txt', '2024年的目标完成了吗？/ were the 2024 targets met?'],
    ['zhibiao compare reports/ganzi-*.txt', '各指标历年走势 / each indicator over the years, with a sparkline'],
    ['zhibiao compare ganzi-2024.txt ganzi-2025.txt --all --format csv', '所有目标，CSV / every target, as CSV'],
  ]);
}

async function runCompare(inputs: string[], flags: CompareFlags): Promise<number> {
  let overrides: IdentityOverrides;
  let format: CompareFormat;
  try {
    if (flags.encoding) checkEncodingName(flags.encoding);
    overrides = identityOverrides(flags);
    format = outputFormat(flags, 'table');
  } catch (error) {
    if (!(error instanceof InputError || error instanceof QueryError)) throw error;
    warn(error.message);
    return EXIT_ERROR;
  }
  const reports: ReportClaims[] = [];
  const tally = await eachDocument(inputs, readOptions(flags.encoding), (doc) => {
    reports.push({ document: doc.name, identity: identifyDocument(doc.text, overrides), claims: extract(doc.text).claims });
  });
  if (reports.length < 2) {
    warn(`compare needs two reports or more (${reports.length} read)`);
    return EXIT_ERROR;
  }
  const ordered = byYear(reports);
  const style = decideStyle(flags.color, process.stdout, process.env);
  let printed = 0;
  if (ordered.length === 2) {
    const [before, after] = ordered;
    if (regionKey(before.identity.region ?? '') !== regionKey(after.identity.region ?? '')) {
      warn(`the reports seem to be of different governments (${governmentName(before.identity)}, ${governmentName(after.identity)}); use --region if they are not`);
    }
    if (before.identity.planYear !== null && after.identity.reviewYear !== null && before.identity.planYear !== after.identity.reviewYear) {
      warn(`${before.document} sets targets for ${before.identity.planYear} but ${after.document} reviews ${after.identity.reviewYear}`);
    }
    const rows = compareReports(before, after, { all: flags.all });
    process.stdout.write(printComparison(rows, before, after, format, style));
    printed = rows.length;
  } else {
    for (const group of byGovernment(ordered)) {
      if (group.length < 2) {
        warn(`${group[0].document}: the only report of ${governmentName(group[0].identity)}; nothing to compare it with`);
        continue;
      }
      const series = buildSeries(group);
      process.stdout.write(printSeries(series, group, format, style));
      printed += series.rows.length;
    }
  }
  if (!printed && (format === 'table' || format === 'markdown')) warn('no target or indicator to compare');
  return tally.failed ? EXIT_ERROR : printed ? EXIT_OK : EXIT_NO_MATCH;
}

// Oldest first; a report whose year cannot be told keeps its place among the others' order.
function byYear(reports: readonly ReportClaims[]): ReportClaims[] {
  for (const r of reports) if (r.identity.year === null) warn(`${r.document}: cannot tell the year of this report; taken in the order given`);
  if (reports.some((r) => r.identity.year === null)) return [...reports];
  return [...reports].sort((a, b) => a.identity.year! - b.identity.year!);
}

// 甘孜州 and 甘孜藏族自治州 are one government; a report without a region joins the first group.
function byGovernment(reports: readonly ReportClaims[]): ReportClaims[][] {
  const groups = new Map<string, ReportClaims[]>();
  for (const r of reports) {
    const key = r.identity.region ? regionKey(r.identity.region) : [...groups.keys()][0] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}
