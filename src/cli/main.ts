// The zhibiao command line: registers the commands and owns the process exit.
// Commands report an exit code through `setExit`; only this module ends the process.
import { Command } from 'commander';
import { createRequire } from 'node:module';
import { registerExtract } from './commands/extract.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from './exit-codes.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

const program = new Command()
  .name('zhibiao')
  .description('Extract every numeric claim from Chinese government work reports (政府工作报告).')
  .version(pkg.version);

const setExit = (code: number) => {
  process.exitCode = code;
};

registerExtract(program, setExit);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK); // `zhibiao … | head` ends quietly
  process.stderr.write(`zhibiao: ${error.message}\n`);
  process.exit(EXIT_ERROR);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = error instanceof UsageError ? error.message : (error as Error).message;
  process.stderr.write(`zhibiao: ${message}\n`);
  process.exit(EXIT_ERROR);
}
