// Reading one input: a file or '-' for standard input, decoded to text; saved web pages
// (*.htm, *.html, or HTML piped in) have their tags stripped so only the report's text remains;
// PDF and Word files are read by ./readers/.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { decode, InputError, type Decoded } from './decode.js';
import { describeFsError } from './fs-errors.js';
import { readPublishedDocument } from './readers/index.js';

export interface InputDocument extends Decoded {
  /** The path as given, or '-' for standard input: the `document` of every claim. */
  name: string;
}


/** How much one document may be: a report is < 1 MB; 64 MB is a whole year's reports in one file. */
export const DEFAULT_MAX_BYTES = 64 * 2 ** 20;

export interface ReadLimits {
  /** The largest document read, in bytes; a larger one is refused before it is read. */
  maxBytes: number;
  /** The flag that raises the limit, named in the message (`--max-size`). */
  flag?: string;
}

export async function readDocument(path: string, encoding?: string, limits: ReadLimits = { maxBytes: DEFAULT_MAX_BYTES }): Promise<InputDocument> {
  const bytes = path === '-' ? await readStdin(limits) : await readFileBytes(path, limits);
  if (!bytes.length) throw new InputError(`${path === '-' ? 'standard input' : path}: empty`, 'empty');
  // PDF and Word files, recognised by their bytes, go to their readers (./readers/) and are never decoded as text
  const published = await readPublishedDocument(bytes, path === '-' ? 'standard input' : path);
  if (published) return { name: path, text: published.text, encoding: published.format, notes: published.notes.map((n) => `${path}: ${n}`) };
  let decoded: Decoded;
  try {
    decoded = decode(bytes, encoding);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${path}: ${error.message}`, error.problem);
    throw error;
  }
  const text = isHtml(path, decoded.text) ? await htmlToText(decoded.text) : decoded.text;
  if (!text.trim()) throw new InputError(`${path}: empty (no text)`, 'empty');
  return { name: path, text, encoding: decoded.encoding, notes: decoded.notes.map((n) => `${path === '-' ? 'standard input' : path}: ${n}`) };
}

// The size is checked on the open file before a byte is read: a 200 MB file costs nothing.
async function readFileBytes(path: string, limits: ReadLimits): Promise<Buffer> {
  try {
    const file = await open(path, 'r');
    try {
      const st = await file.stat();
      if (st.isDirectory()) throw new InputError(`${path}: is a directory`);
      if (st.size > limits.maxBytes) throw tooLarge(path, st.size, limits);
      // a pipe or device has no size: read it like standard input, up to the limit
      return st.isFile() ? await file.readFile() : await readLimited(file.createReadStream({ autoClose: false }), path, limits);
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${describeFsError(error)}`);
  }
}

function readStdin(limits: ReadLimits): Promise<Buffer> {
  return readLimited(process.stdin, 'standard input', limits);
}

// A stream has no size to ask: it is read until the limit is passed, then refused.
async function readLimited(stream: AsyncIterable<unknown>, name: string, limits: ReadLimits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limits.maxBytes) throw tooLarge(name, null, limits);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * `big.txt: 200 MB, over the 64 MB limit for one document (--max-size 200M reads it)`; a stream,
 * whose size is not known, is over the limit once it has sent more than it.
 */
function tooLarge(name: string, size: number | null, limits: ReadLimits): InputError {
  const over = `over the ${formatSize(limits.maxBytes)} limit for one document`;
  const raise = !limits.flag ? '' : size === null ? ` (${limits.flag} raises it)` : ` (${limits.flag} ${Math.ceil(size / 2 ** 20)}M reads it)`;
  return new InputError(`${name}: ${size === null ? over : `${formatSize(size)}, ${over}`}${raise}`, 'too-large');
}

/** 67108864 → `64 MB`, 1536 → `1.5 KB`. */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

/** `--max-size`: `64M`, `200MB`, `1G`, `512k` or a number of bytes (K, M, G are powers of 1024). */
export function parseSize(spec: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])i?b?|b)?\s*$/i.exec(spec);
  if (!m) return null;
  const bytes = Number(m[1]) * 1024 ** (m[2] ? 'kmg'.indexOf(m[2].toLowerCase()) + 1 : 0);
  return Number.isFinite(bytes) && bytes >= 1 ? Math.floor(bytes) : null;
}

// By extension, or by the first tag for standard input (`curl … | zhibiao extract`).
function isHtml(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.htm' || ext === '.html' || (path === '-' && /^\s*<(!doctype html|html[\s>])/i.test(text.slice(0, 512)));
}

// Paragraphs stay on their own lines; links, images and scripts leave no text behind.
// html-to-text is loaded on the first web page only: plain-text runs never pay for it.
async function htmlToText(html: string): Promise<string> {
  const { convert } = await import('html-to-text');
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
