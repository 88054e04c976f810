// `zhibiao sectors`: the sector ids that --sector takes, with their Chinese names and keywords.
import { Option, type Command } from 'commander';
import { examplesFirst } from '../help.js';
import Table from 'cli-table3';
import { SECTORS } from '../../core/lexicon/sectors.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { wrapWords } from '../../printers/wrap-words.js';
import { EXIT_OK } from '../exit-codes.js';
import { openOutput } from '../../io/output.js';

interface SectorsFlags {
  json?: boolean;
  all?: boolean;
  color: ColorMode;
}

export function registerSectors(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('sectors')
    .description('list the policy sectors (ids for --sector), with their Chinese names and keywords')
    .option('--all', 'every keyword, not only the first few')
    .option('--json', 'print JSON: [{id, name, keywords}]')
    .addOption(new Option('--color <when>', 'colour the table').choices(COLOR_MODES).default('auto'))
    .action(async (flags: SectorsFlags) => {
      await openOutput().write(flags.json ? printSectorsJson() : printSectorsTable(flags));
      setExit(EXIT_OK);
    });
  examplesFirst(command, [
    ['zhibiao sectors', '所有领域及其关键词 / every sector with its first keywords'],
    ['zhibiao sectors --all --json', '全部关键词，JSON / all keywords, as JSON'],
    ['zhibiao extract report.txt --sector energy,文化旅游', '只看能源和文旅（id或中文名）/ then query by sector id or Chinese name'],
  ]);
}

function printSectorsJson(): string {
  return `${JSON.stringify(SECTORS.map(({ id, name, keywords }) => ({ id, name, keywords })), null, 2)}\n`;
}

function printSectorsTable(flags: SectorsFlags): string {
  const style = decideStyle(flags.color, process.stdout, process.env);
  const keywordWidth = Math.max(20, style.width - 34);
  const table = new Table({
    head: ['id', '中文', 'keywords'].map((h) => style.chalk.bold(h)),
    colWidths: [13, 14, keywordWidth + 2],
    style: { head: [], border: [], compact: true },
  });
  for (const s of SECTORS) {
    const lines = wrapWords(s.keywords, keywordWidth);
    const shown = flags.all ? lines : lines.slice(0, 1);
    const rest = s.keywords.length - shown.join('、').split('、').length;
    if (rest > 0) shown[0] = `${shown[0]} (+${rest})`;
    table.push([style.chalk.cyan(s.id), s.name, shown.join('\n')]);
  }
  return `${table.toString()}\n${flags.all ? '' : style.chalk.dim('every keyword: zhibiao sectors --all\n')}`;
}
