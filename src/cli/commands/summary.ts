// `zhibiao summary`: each report at a glance — headline figures, targets, where the claims are,
// and the report's top keywords (nodejieba TF-IDF).
import { Option, type Command } from 'commander';
import { extract } from '../../index.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { eachDocument } from '../../io/documents.js';
import { summarizeClaims } from '../../query/summary.js';
import { topKeywords } from '../../segment/jieba.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { printSummaryJson, printSummaryText, type DocumentSummary } from '../../printers/summary.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK } from '../exit-codes.js';
import { addInputOptions, readOptions, warn } from './extract.js';
import { openOutput } from '../../io/output.js';

interface SummaryFlags {
  json?: boolean;
  keywords: string;
  color: ColorMode;
  encoding?: string;
  followSymlinks?: boolean;
}

export function registerSummary(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('summary')
    .description('a report at a glance: headline indicators, targets, claims per sector and kind, top keywords')
    .argument('[inputs...]', 'report files, directories, globs; - or none reads standard input');
  addInputOptions(command)
    .option('--json', 'print JSON (one object per document; an array for several)')
    .option('--keywords <n>', 'how many top keywords', '12')
    .addOption(new Option('--color <when>', 'colour the output').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
Examples / 示例:
  zhibiao summary fixtures/ganzi-2024.txt
      一页看懂报告：主要指标、预期目标、领域分布、关键词 / the report on one screen
  zhibiao summary reports/*.txt --json > summaries.json
      多份报告的摘要，JSON / summaries of several reports, as JSON

Exit status: 0 a summary printed, 1 no claim found, 2 an error.`)
    .action(async (inputs: string[], flags: SummaryFlags) => setExit(await runSummary(inputs, flags)));
}

async function runSummary(inputs: string[], flags: SummaryFlags): Promise<number> {
  const keywordCount = Number(flags.keywords);
  try {
    if (!Number.isInteger(keywordCount) || keywordCount < 0) throw new InputError(`--keywords needs a whole number (got "${flags.keywords}")`);
    if (flags.encoding) checkEncodingName(flags.encoding);
  } catch (error) {
    warn((error as Error).message);
    return EXIT_ERROR;
  }
  const documents: { name: string; text: string; summary: ReturnType<typeof summarizeClaims> }[] = [];
  const tally = await eachDocument(inputs, readOptions(flags.encoding, flags.followSymlinks), (doc) => {
    documents.push({ name: doc.name, text: doc.text, summary: summarizeClaims(extract(doc.text).claims) });
  });
  if (!tally.read) return EXIT_ERROR;
  // TF-IDF loads jieba's full dictionary: after every document is extracted (see extract.ts).
  const summaries: DocumentSummary[] = documents.map((d) => ({
    document: d.name,
    ...d.summary,
    keywords: keywordCount ? topKeywords(d.text, keywordCount) : [],
  }));
  await openOutput().write(flags.json ? printSummaryJson(summaries) : printSummaryText(summaries, decideStyle(flags.color, process.stdout, process.env)));
  return tally.failed ? EXIT_ERROR : summaries.some((s) => s.claims) ? EXIT_OK : EXIT_NO_MATCH;
}
