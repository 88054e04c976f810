// The zhibiao command line. The only module that may call process.exit.
import { Command, Option } from 'commander';
import { createRequire } from 'node:module';
import { extract } from '../index.js';
import { InputError } from '../io/decode.js';
import { readDocument } from '../io/read-input.js';
import { printJson, printNdjson, type DocumentResult } from '../printers/json.js';
import { decideStyle, type ColorMode } from '../printers/style.js';
import { printTable } from '../printers/table.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

const EXIT_OK = 0;
const EXIT_NO_MATCH = 1;
const EXIT_ERROR = 2;

const program = new Command()
  .name('zhibiao')
  .description('Extract every numeric claim from Chinese government work reports (政府工作报告).')
  .version(pkg.version);

program
  .command('extract')
  .description('extract numeric claims from report files (or - for standard input)')
  .argument('[files...]', 'report files; - or none reads standard input')
  .option('--json', 'print JSON (one object per document; an array for several)')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'ndjson']))
  .addOption(new Option('--color <when>', 'colour the table').choices(['auto', 'always', 'never']).default('auto'))
  .option('--encoding <name>', 'force the input encoding (utf-8, gbk, gb18030, utf-16le…)')
  .addHelpText('after', `
Examples:
  zhibiao extract fixtures/ganzi-2024.txt            表格：每个数字一行 (a table, one row per claim)
  zhibiao extract report.txt --json > claims.json    JSON for scripts
  cat report.txt | zhibiao extract --format ndjson   one claim per line, for jq`)
  .action((files: string[], opts: { json?: boolean; format?: string; color: ColorMode; encoding?: string }) => {
    const format = opts.json ? 'json' : opts.format ?? 'table';
    const paths = files.length ? files : ['-'];
    const results: DocumentResult[] = [];
    let failed = 0;
    for (const path of paths) {
      try {
        const doc = readDocument(path, opts.encoding);
        results.push({ document: doc.name, encoding: doc.encoding, claims: extract(doc.text).claims });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        process.stderr.write(`zhibiao: ${error.message}\n`);
        failed++;
      }
    }
    if (!results.length) process.exit(EXIT_ERROR);
    const style = decideStyle(opts.color, process.stdout, process.env);
    const text = format === 'json' ? printJson(results) : format === 'ndjson' ? printNdjson(results) : printTable(results, style);
    process.stdout.write(text);
    const claims = results.reduce((n, r) => n + r.claims.length, 0);
    process.exitCode = failed ? EXIT_ERROR : claims ? EXIT_OK : EXIT_NO_MATCH;
  });

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK); // `zhibiao … | head` ends quietly
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`zhibiao: ${(error as Error).message}\n`);
  process.exit(EXIT_ERROR);
}
