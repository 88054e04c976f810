// The zhibiao command line: registers the commands and owns the process exit.
// Commands report an exit code through `setExit`; only this module ends the process.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { EXIT_ERROR, EXIT_OK, UsageError } from './exit-codes.js';
import { warn } from './warn.js';
import { escapeControls } from '../printers/terminal-text.js';
import { examplesFirst } from './help.js';
import { fixFor } from '../query/fields.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

const program = new Command()
  .name('zhibiao')
  .description('Extract every numeric claim from Chinese government work reports (政府工作报告).')
  .version(pkg.version)
  // commander's own errors (unknown option, bad choice) as one line, exit 2 (see the catch below)
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(`zhibiao: ${escapeControls(withFix(text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')))}\n`) });

const named = process.argv.slice(2).find((arg) => !arg.startsWith('-'));

/**
 * Commander's own messages, each ended with what fixes it, as zhibiao's are:
 * `option '--format <format>' argument 'jsn' is invalid…` → `…; did you mean --format json?`.
 */
function withFix(message: string): string {
  const help = `see zhibiao ${named && named in COMMANDS ? `${named} ` : ''}--help`;
  const choice = /^option '(--[\w-]+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/.exec(message);
  if (choice) {
    const [, flag, given, list] = choice;
    const choices = list.split(', ');
    return `${flag} "${given}" is not one of ${list}; ${fixFor(flag, given, choices, choices[0])}`;
  }
  const command = /^unknown command '(.*)' \(Did you mean (\S+)\?\)$/.exec(message);
  if (command) return `unknown command '${command[1]}'; did you mean zhibiao ${command[2]}?`;
  const required = /^required option '(--[\w-]+) (<[^>]+>)' not specified$/.exec(message);
  if (required) return `${message}; add ${required[1]} ${required[2]}`;
  if (/^(unknown option|unknown command|missing required argument|too many arguments)\b/.test(message) && !/Did you mean/.test(message)) return `${message}; ${help}`;
  return message;
}

examplesFirst(program, [
  ['zhibiao extract report.txt', '报告里的每个数字，一行一条 / every figure of a report, one a row'],
  ['zhibiao summary report.txt', '一页看懂：主要指标、预期目标、关键词 / the report on one screen'],
  ['zhibiao extract reports/ --sector tourism --modality target --format csv', '所有报告的文旅目标，CSV / the tourism targets of every report, as CSV'],
  ['zhibiao compare ganzi-2024.txt ganzi-2025.txt', '去年的目标完成了吗？/ were last year\'s targets met?'],
  ['zhibiao check fixtures/', 'CI：数字和快照一致吗？/ CI: are the figures still the expected ones?'],
]).addHelpText('after', '\nEach command has its own examples: zhibiao help extract');

const setExit = (code: number) => {
  process.exitCode = code;
};

type Register = (program: Command, setExit: (code: number) => void) => void;

/**
 * Each command's module, loaded only when it runs: `extract` never pays for SQLite or the
 * comparison code. `zhibiao --help` (no command named) loads them all to list them.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  summary: async () => (await import('./commands/summary.js')).registerSummary,
  sectors: async () => (await import('./commands/sectors.js')).registerSectors,
  metrics: async () => (await import('./commands/metrics.js')).registerMetrics,
  check: async () => (await import('./commands/check.js')).registerCheck,
  compare: async () => (await import('./commands/compare.js')).registerCompare,
  index: async () => (await import('./commands/index.js')).registerIndex,
  query: async () => (await import('./commands/query.js')).registerQuery,
  view: async () => (await import('./commands/view.js')).registerView,
  panel: async () => (await import('./commands/panel.js')).registerPanel,
  text: async () => (await import('./commands/text.js')).registerText,
};

const wanted = named && named in COMMANDS ? [named] : Object.keys(COMMANDS);
for (const register of await Promise.all(wanted.map((name) => COMMANDS[name]()))) register(program, setExit);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK); // `zhibiao … | head` ends quietly
  warn(error.message);
  process.exit(EXIT_ERROR);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_ERROR); // already printed
  const message = error instanceof UsageError ? error.message : (error as Error).message;
  warn(message);
  process.exit(EXIT_ERROR);
}
