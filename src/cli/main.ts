// The zhibiao command line: registers the commands and owns the process exit.
// Commands report an exit code through `setExit`; only this module ends the process.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { registerCheck } from './commands/check.js';
import { registerCompare } from './commands/compare.js';
import { registerExtract } from './commands/extract.js';
import { registerIndex } from './commands/index.js';
import { registerQuery } from './commands/query.js';
import { registerSectors } from './commands/sectors.js';
import { registerSummary } from './commands/summary.js';
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

registerExtract(program, setExit);
registerSummary(program, setExit);
registerSectors(program, setExit);
registerCheck(program, setExit);
registerCompare(program, setExit);
registerIndex(program, setExit);
registerQuery(program, setExit);

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
