// Reading one input: a file or '-' for standard input, decoded to text; saved web pages
// (*.htm, *.html, or HTML piped in) have their tags stripped so only the report's text remains.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { convert } from 'html-to-text';
import { decode, InputError, type Decoded } from './decode.js';
import { describeFsError } from './fs-errors.js';

export interface InputDocument extends Decoded {
  /** The path as given, or '-' for standard input: the `document` of every claim. */
  name: string;
}

export async function readDocument(path: string, encoding?: string): Promise<InputDocument> {
  const bytes = path === '-' ? await readStdin() : await readFileBytes(path);
  if (!bytes.length) throw new InputError(`${path === '-' ? 'standard input' : path}: empty`, 'empty');
  let decoded: Decoded;
  try {
    decoded = decode(bytes, encoding);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${path}: ${error.message}`, error.problem);
    throw error;
  }
  const text = isHtml(path, decoded.text) ? htmlToText(decoded.text) : decoded.text;
  if (!text.trim()) throw new InputError(`${path}: empty (no text)`, 'empty');
  return { name: path, text, encoding: decoded.encoding };
}

async function readFileBytes(path: string): Promise<Buffer> {
  try {
    if ((await stat(path)).isDirectory()) throw new InputError(`${path}: is a directory`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${describeFsError(error)}`);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// By extension, or by the first tag for standard input (`curl … | zhibiao extract`).
function isHtml(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.htm' || ext === '.html' || (path === '-' && /^\s*<(!doctype html|html[\s>])/i.test(text.slice(0, 512)));
}

// Paragraphs stay on their own lines; links, images and scripts leave no text behind.
function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}
