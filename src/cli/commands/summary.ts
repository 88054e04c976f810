// `zhibiao summary`: each report at a glance — who issued it, headline figures, targets, where
// the claims are, and the keywords that tell it from other reports (TF-IDF on a built-in background).
import { Option, type Command } from 'commander';
import { examplesFirst } from '../help.js';
import type { IdentityOverrides } from '../../identity/identify.js';
import { analyseText } from '../../io/analyse.js';
import { checkEncodingName, InputError } from '../../io/decode.js';
import { eachDocument } from '../../io/documents.js';
import { summarizeClaims } from '../../query/summary.js';
import { reportBackground } from '../../segment/background.js';
import { cutNewWords } from '../../segment/jieba.js';
import { distinctiveKeywords } from '../../segment/keywords.js';
import { QueryError } from '../../query/fields.js';
import { COLOR_MODES, decideStyle, type ColorMode } from '../../printers/style.js';
import { printSummaryJson, printSummaryText, type DocumentSummary } from '../../printers/summary.js';
import { EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK } from '../exit-codes.js';
import { addIdentityOptions, identityOverrides } from '../identity-options.js';
import { addInputOptions, readOptions, warn } from './extract.js';
import { openOutput } from '../../io/output.js';

interface SummaryFlags {
  json?: boolean;
  keywords: string;
  color: ColorMode;
  encoding?: string;
  followSymlinks?: boolean;
  region?: string;
  level?: string;
  year?: string;
}

export function registerSummary(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('summary')
    .description('a report at a glance: headline indicators, targets, claims per sector and kind, top keywords')
    .argument('[inputs...]', 'report files, directories, globs; - or none reads standard input');
  addInputOptions(command);
  addIdentityOptions(command, true)
    .option('--json', 'print JSON (one object per document; an array for several)')
    .option('--keywords <n>', 'how many top keywords', '12')
    .addOption(new Option('--color <when>', 'colour the output').choices(COLOR_MODES).default('auto'))
    .addHelpText('after', `
Keywords are weighed against 41 other reports (TF-IDF): the words that tell this report from others.
Exit status: 0 a summary printed, 1 no claim found, 2 an error.`)
    .action(async (inputs: string[], flags: SummaryFlags) => setExit(await runSummary(inputs, flags)));
  examplesFirst(command, [
    ['zhibiao summary fixtures/ganzi-2024.txt', '一页看懂报告：主要指标、预期目标、领域分布、关键词 / the report on one screen'],
    ['zhibiao summary reports/*.txt --json > summaries.json', '多份报告的摘要，JSON / summaries of several reports, as JSON'],
    ['zhibiao summary report.txt --keywords 20', '更多关键词 / more keywords'],
  ]);
}

async function runSummary(inputs: string[], flags: SummaryFlags): Promise<number> {
  const keywordCount = Number(flags.keywords);
  let overrides: IdentityOverrides;
  try {
    if (!/^\d+$/.test(flags.keywords.trim())) throw new InputError(`--keywords needs a whole number (got "${flags.keywords}"); use --keywords 12`);
    if (flags.encoding) checkEncodingName(flags.encoding);
    overrides = identityOverrides(flags);
  } catch (error) {
    if (!(error instanceof InputError || error instanceof QueryError)) throw error;
    warn(error.message);
    return EXIT_ERROR;
  }
  // each document is summarised as it is read, and only the summary is kept (not the text)
  const summaries: DocumentSummary[] = [];
  const tally = await eachDocument(inputs, readOptions(flags.encoding, flags.followSymlinks), (doc) => {
    const { claims, identity } = analyseText(doc.text, doc.name, { overrides });
    const keywords = keywordCount ? distinctiveKeywords(cutNewWords(doc.text), reportBackground(), keywordCount) : [];
    summaries.push({ document: doc.name, region: identity.region, level: identity.level, year: identity.year, ...summarizeClaims(claims), keywords });
  });
  if (!tally.read) return EXIT_ERROR;
  await openOutput().write(flags.json ? printSummaryJson(summaries) : printSummaryText(summaries, decideStyle(flags.color, process.stdout, process.env)));
  return tally.failed ? EXIT_ERROR : summaries.some((s) => s.claims) ? EXIT_OK : EXIT_NO_MATCH;
}
