// The zhibiao command line: registers the commands and owns the process exit.
// Commands report an exit code through `setExit`; only this module ends the process.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { EXIT_ERROR, EXIT_OK, UsageError } from './exit-codes.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

const program = new Command()
  .name('zhibiao')
  .description('Extract every numeric claim from Chinese government work reports (政府工作报告).')
  .version(pkg.version)
  // commander's own errors (unknown option, bad choice) as one line, exit 2 (see the catch below)
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(`zhibiao: ${text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`) });

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
  check: async () => (await import('./commands/check.js')).registerCheck,
  compare: async () => (await import('./commands/compare.js')).registerCompare,
  index: async () => (await import('./commands/index.js')).registerIndex,
  query: async () => (await import('./commands/query.js')).registerQuery,
  text: async () => (await import('./commands/text.js')).registerText,
};

const named = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const wanted = named && named in COMMANDS ? [named] : Object.keys(COMMANDS);
for (const register of await Promise.all(wanted.map((name) => COMMANDS[name]()))) register(program, setExit);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK); // `zhibiao … | head` ends quietly
  process.stderr.write(`zhibiao: ${error.message}\n`);
  process.exit(EXIT_ERROR);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_ERROR); // already printed
  const message = error instanceof UsageError ? error.message : (error as Error).message;
  process.stderr.write(`zhibiao: ${message}\n`);
  process.exit(EXIT_ERROR);
}
