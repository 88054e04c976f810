// `zhibiao extract`: claims of one or more reports, as a table, JSON or NDJSON.
import { Option, type Command } from 'commander';
import { extract } from '../../index.js';
import { InputError } from '../../io/decode.js';
import { readDocument } from '../../io/read-input.js';
import { printJson, printNdjson, type DocumentResult } from '../../printers/json.js';
import { decideStyle, type ColorMode } from '../../printers/style.js';
import { printTable } from '../../printers/table.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK } from '../exit-codes.js';

interface ExtractFlags {
  json?: boolean;
  format?: string;
  color: ColorMode;
  encoding?: string;
}

export function registerExtract(program: Command, setExit: (code: number) => void): void {
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
    .action((files: string[], flags: ExtractFlags) => setExit(runExtract(files, flags)));
}

function runExtract(files: string[], flags: ExtractFlags): number {
  const format = flags.json ? 'json' : flags.format ?? 'table';
  const paths = files.length ? files : ['-'];
  const results: DocumentResult[] = [];
  let failed = 0;
  for (const path of paths) {
    try {
      const doc = readDocument(path, flags.encoding);
      results.push({ document: doc.name, encoding: doc.encoding, claims: extract(doc.text).claims });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`zhibiao: ${error.message}\n`);
      failed++;
    }
  }
  if (!results.length) return EXIT_ERROR;
  const style = decideStyle(flags.color, process.stdout, process.env);
  const text = format === 'json' ? printJson(results) : format === 'ndjson' ? printNdjson(results) : printTable(results, style);
  process.stdout.write(text);
  const claims = results.reduce((n, r) => n + r.claims.length, 0);
  return failed ? EXIT_ERROR : claims ? EXIT_OK : EXIT_NO_MATCH;
}
