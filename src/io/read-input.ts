// Reading one input: a file or '-' for standard input, decoded to text; saved web pages
// (*.htm, *.html, or HTML piped in) have their tags stripped so only the report's text remains;
// PDF and Word files are read by ./readers/.
import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { constants as bufferConstants } from 'node:buffer';
import { extname } from 'node:path';
import { decode, InputError, refuseBinary, type Decoded } from './decode.js';
import { describeFsError } from './fs-errors.js';
import { mayBeDocument, readPublishedDocument } from './readers/index.js';

export interface InputDocument extends Decoded {
  /** The path as given, or '-' for standard input: the `document` of every claim. */
  name: string;
}


/** How much one document may be: a report is < 1 MB; 64 MB is a whole year's reports in one file. */
export const DEFAULT_MAX_BYTES = 64 * 2 ** 20;

/** The most --max-size may allow: a document is decoded into one string, at most 2^29 - 24 UTF-16 units in V8. */
export const MAX_DOCUMENT_BYTES = bufferConstants.MAX_STRING_LENGTH;

export interface ReadLimits {
  /** The largest document read, in bytes; a larger one is refused before it is read. */
  maxBytes: number;
  /** The flag that raises the limit, named in the message (`--max-size`). */
  flag?: string;
}

export async function readDocument(path: string, encoding?: string, limits: ReadLimits = { maxBytes: DEFAULT_MAX_BYTES }): Promise<InputDocument> {
  return decodeDocument(path, await readInputBytes(path, limits, encoding), encoding);
}

/**
 * The bytes of an input, bounded by the limits: what readDocument decodes (and `index` hashes).
 * Without a forced encoding, binary input is refused at its first chunk.
 */
export function readInputBytes(path: string, limits: ReadLimits = { maxBytes: DEFAULT_MAX_BYTES }, encoding?: string): Promise<Buffer> {
  const binaryCheck = !encoding;
  return path === '-' ? readStdin(limits, binaryCheck) : readFileBytes(path, limits, binaryCheck);
}

/** Bytes read by readInputBytes → the document's text (web pages without their tags). */
export async function decodeDocument(path: string, bytes: Buffer, encoding?: string): Promise<InputDocument> {
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
  const text = isHtml(path, decoded.text) ? await htmlToText(path, decoded.text) : decoded.text;
  if (!text.trim()) throw new InputError(`${path}: empty (no text)`, 'empty');
  return { name: path, text, encoding: decoded.encoding, notes: decoded.notes.map((n) => `${path === '-' ? 'standard input' : path}: ${n}`) };
}

/**
 * Only a regular file is read by its name. The file is opened without waiting (O_NONBLOCK: a
 * FIFO with no writer would block the open forever) and what was opened is checked, so a
 * device reached through a link (`report.txt -> /dev/zero`) is refused before a byte is read.
 * The size is checked before reading (a 200 MB file costs nothing), and the read itself stops
 * at the limit, for a file that grows while it is read.
 */
async function readFileBytes(path: string, limits: ReadLimits, binaryCheck: boolean): Promise<Buffer> {
  try {
    const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = await file.stat();
      if (st.isDirectory()) throw new InputError(`${path}: is a directory`);
      if (!st.isFile()) throw new InputError(`${path}: not a regular file (${specialKind(st)}); to read from it, pipe it in: zhibiao … - < ${path}`);
      if (st.size > limits.maxBytes) throw tooLarge(path, st.size, limits);
      return await readLimited(file.createReadStream({ autoClose: false, highWaterMark: 1 << 20 }), path, limits, binaryCheck);
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${describeFsError(error)}`);
  }
}

function specialKind(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Standard input, up to the limit. Ctrl-C while it waits for input stops the wait (the run
 * ends with 130), so the first Ctrl-C always works.
 */
function readStdin(limits: ReadLimits, binaryCheck: boolean): Promise<Buffer> {
  return readLimited(process.stdin, 'standard input', limits, binaryCheck);
}

/**
 * A stream has no size to ask: it is read until the limit is passed, then refused. Its first
 * bytes are checked as they come: binary input (`< /dev/zero`) is refused at the first chunk,
 * not after the limit's worth of memory.
 */
async function readLimited(stream: AsyncIterable<unknown>, name: string, limits: ReadLimits, binaryCheck: boolean): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    // a PDF or Word file is binary too, and read whole by its reader
    if (!size && binaryCheck && !mayBeDocument(bytes)) {
      try {
        refuseBinary(bytes);
      } catch (error) {
        throw new InputError(`${name}: ${(error as Error).message}`, (error as InputError).problem);
      }
    }
    size += bytes.length;
    if (size > limits.maxBytes) throw tooLarge(name, null, limits);
    chunks.push(bytes);
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

/** How deep a web page's elements may nest: html-to-text walks the page by recursion. */
export const MAX_HTML_DEPTH = 200;
const CUT = '\u0000cut\u0000';

// Paragraphs stay on their own lines; links, images and scripts leave no text behind.
// html-to-text is loaded on the first web page only: plain-text runs never pay for it.
// Its walk is bounded (MAX_HTML_DEPTH): a page nested deeper (2,000 tables in one another) is
// that file's error, never a stack overflow that ends the run, nor text silently left out.
async function htmlToText(path: string, html: string): Promise<string> {
  const { convert } = await import('html-to-text');
  let text: string;
  try {
    text = convert(html, {
      wordwrap: false,
      limits: { maxDepth: MAX_HTML_DEPTH, ellipsis: CUT },
      selectors: [
        { selector: 'a', options: { ignoreHref: true } },
        { selector: 'img', format: 'skip' },
        ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
        { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
      ],
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    text = CUT;
  }
  if (text.includes(CUT)) throw new InputError(`${path}: web page nested more than ${MAX_HTML_DEPTH} elements deep; not read (its text would be incomplete)`, 'unreadable');
  return text;
}
