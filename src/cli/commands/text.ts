// `zhibiao text`: a report's text exactly as zhibiao reads it — decoded, a web page's tags
// stripped, a PDF's or Word file's text rebuilt. The spans and lines of every claim refer to
// this text: `zhibiao text report.pdf | sed -n 12p` shows line 12 of a claim.
import type { Command } from 'commander';
import { checkEncodingName } from '../../io/decode.js';
import { eachDocument } from '../../io/documents.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import { addInputOptions, readOptions, warn } from './extract.js';

export function registerText(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('text')
    .description('print a report\'s text as zhibiao reads it (PDF and Word rebuilt); claim lines and spans refer to it')
    .argument('[inputs...]', 'report files (.txt .md .htm .html .pdf .docx .doc), directories, globs; - or none reads standard input');
  addInputOptions(command)
    .addHelpText('after', `
Examples / 示例:
  zhibiao text report.pdf > report.txt
      PDF 的文字，页码和页眉已去除 / the PDF's text, page numbers and running headers removed
  zhibiao text report.docx | sed -n 12p
      某个数字所在的第12行 / line 12, where a claim says it stands

Several inputs print one after the other, each ending with a line end.
Exit status: 0 printed, 2 an input could not be read.`)
    .action(async (inputs: string[], flags: { encoding?: string }) => setExit(await runText(inputs, flags)));
}

async function runText(inputs: string[], flags: { encoding?: string }): Promise<number> {
  try {
    if (flags.encoding) checkEncodingName(flags.encoding);
  } catch (error) {
    warn((error as Error).message);
    return EXIT_ERROR;
  }
  const tally = await eachDocument(inputs, readOptions(flags.encoding), (doc) => {
    process.stdout.write(doc.text.endsWith('\n') ? doc.text : `${doc.text}\n`);
  });
  return tally.failed || !tally.read ? EXIT_ERROR : EXIT_OK;
}
