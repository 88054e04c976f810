// `zhibiao metrics`: the metric ids that --metric takes and every claim's `metric` names, with
// their Chinese names and the phrasings reports use; with --metrics FILE, the run's table.
import { Option, type Command } from 'commander';
import Table from 'cli-table3';
import type { MetricDefinition } from '../../core/types.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { wrapWords } from '../../printers/wrap-words.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from '../exit-codes.js';
import { addMetricsOption, metricTable } from '../metrics-options.js';
import { warn } from './extract.js';

interface MetricsFlags {
  json?: boolean;
  all?: boolean;
  metrics?: string;
  color: ColorMode;
}

export function registerMetrics(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('metrics')
    .description('list the metrics (ids for --metric and a claim\'s metric field), with their Chinese names and the names reports use')
    .option('--all', 'every name, not only the first few')
    .option('--json', 'print JSON: [{id, name, aliases, kinds, units, lowerIsBetter, sector}]');
  addMetricsOption(command);
  command
    .addOption(new Option('--color <when>', 'colour the table').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
Examples / 示例:
  zhibiao metrics                    所有指标及其常见名称 / every metric with its first names
  zhibiao metrics --all --json       全部名称，JSON / every name, as JSON
  zhibiao extract reports/ --metric gdp,cpi --modality target
                                     各报告的GDP和CPI目标 / then each report's GDP and CPI targets

A metrics file (--metrics FILE, for extract, index and metrics) adds or renames metrics for a run:
  {"metrics": [
    {"id": "ev_output", "name": "新能源汽车产量", "aliases": ["新能源汽车产量"],
     "kinds": ["amount", "change"], "units": ["辆", "%"], "sector": "industry"},
    {"id": "gdp", "rename": "grp", "aliases": ["经济体量"]}]}
An id already in the table changes that metric (rename gives a new id; aliases are added);
another id adds one (name and sector needed; kinds and units default to any).`)
    .action((flags: MetricsFlags) => {
      let table: readonly MetricDefinition[];
      try {
        table = metricTable(flags.metrics);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        warn(error.message);
        setExit(EXIT_ERROR);
        return;
      }
      process.stdout.write(flags.json ? `${JSON.stringify(table, null, 2)}\n` : printMetricsTable(table, flags));
      setExit(EXIT_OK);
    });
}

function printMetricsTable(table: readonly MetricDefinition[], flags: MetricsFlags): string {
  const style = decideStyle(flags.color, process.stdout, process.env);
  const idWidth = Math.max(...table.map((m) => m.id.length)) + 2;
  const nameWidth = 28;
  const aliasWidth = Math.max(20, style.width - idWidth - nameWidth - 6);
  const out = new Table({
    head: ['id', '中文', 'names'].map((h) => style.chalk.bold(h)),
    colWidths: [idWidth + 2, nameWidth, aliasWidth + 2],
    style: { head: [], border: [], compact: true },
    wordWrap: true,
  });
  for (const m of table) {
    const names = m.aliases.filter((a) => a !== m.name);
    const lines = wrapWords(names, aliasWidth);
    const shown = flags.all ? lines : lines.slice(0, 1);
    const rest = names.length - (shown.length ? shown.join('、').split('、').length : 0);
    if (rest > 0 && shown.length) shown[0] = `${shown[0]} (+${rest})`;
    out.push([style.chalk.cyan(m.id), m.name, shown.join('\n')]);
  }
  return `${out.toString()}\n${flags.all ? '' : style.chalk.dim('every name: zhibiao metrics --all\n')}`;
}
