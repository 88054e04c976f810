// Bytes → text. In order: a forced encoding; a byte-order mark (UTF-8, UTF-16 LE/BE);
// binary refused; strict UTF-8; else the better of UTF-8 with its bad bytes replaced and a
// Chinese legacy encoding chosen with chardet (GB18030, a superset of GBK and GB2312, unless
// the bytes are clearly Big5). A decoding that comes out garbled is refused in one line
// (./garbled.ts), with the encoding that would read the bytes when there is one.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { garbledPercent, isGarbled, measureGarble, type Garble } from './garbled.js';

export interface Decoded {
  text: string;
  encoding: string;
  /** What the reader should know: `2 byte sequences are not valid utf-8 (shown as �)`. */
  notes: string[];
}

/**
 * Why an input could not be read. A binary, empty or garbled file met in a directory is only
 * skipped; one too large, unreadable or named on the command line is a failure.
 */
export type InputProblem = 'binary' | 'empty' | 'garbled' | 'too-large' | 'unreadable' | 'usage';

/** An input that cannot be read as text: reported on stderr in one line, the others still run. */
export class InputError extends Error {
  constructor(message: string, readonly problem: InputProblem = 'unreadable') {
    super(message);
  }
}

const BYTE_CODECS = new Set(['hex', 'base64', 'base64url']);

/** Checks an `--encoding` name once, before any file is read: `gbk`, `utf-16le`, `big5`… */
export function checkEncodingName(name: string): void {
  // iconv-lite also knows Node's byte codecs (hex, base64): they turn bytes into digits, not text
  if (!iconv.encodingExists(name) || BYTE_CODECS.has(name.toLowerCase().replace(/[^a-z0-9]/g, ''))) throw new InputError(`unknown encoding "${name}" (try utf-8, gbk, gb18030, big5, utf-16le, utf-16be)`, 'usage');
}

export function decode(bytes: Uint8Array, forced?: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) return decodeForced(buffer, forced);
  const bom = byBom(buffer);
  if (bom) return bom;
  refuseBinary(buffer);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8', notes: [] };
  } catch {
    return decodeNotUtf8(buffer);
  }
}

/**
 * Not valid UTF-8: a GBK report, or a UTF-8 one with a few bad bytes (a truncated download),
 * or neither. The decoding with fewer garbled characters wins; when even that one is garbled
 * the file is refused rather than turned into nonsense claims.
 */
function decodeNotUtf8(buffer: Buffer): Decoded {
  const legacy = legacyChineseEncoding(buffer);
  const candidates = (['utf-8', legacy] as const).map((encoding) => {
    const text = iconv.decode(buffer, encoding);
    return { text, encoding, garble: measureGarble(text, encoding) };
  });
  const best = candidates[0].garble.garbled <= candidates[1].garble.garbled ? candidates[0] : candidates[1];
  if (isGarbled(best.garble)) {
    throw new InputError(`not text in UTF-8, GBK/GB18030 or Big5 (${garbledPercent(best.garble)} of its characters come out garbled in the best of them); if you know its encoding, give --encoding`, 'garbled');
  }
  return { text: best.text, encoding: best.encoding, notes: replacedNote(best.garble, best.encoding) };
}

/**
 * `--encoding utf-8` on GBK bytes gives U+FFFD everywhere: refused, naming the encoding that
 * reads the bytes cleanly when detection finds one (`try --encoding gbk`).
 */
function decodeForced(buffer: Buffer, forced: string): Decoded {
  checkEncodingName(forced);
  const encoding = forced.toLowerCase();
  const text = stripBom(iconv.decode(buffer, forced));
  const garble = measureGarble(text, encoding);
  if (!isGarbled(garble)) return { text, encoding, notes: replacedNote(garble, encoding) };
  let detected: Decoded | null = null;
  try {
    detected = decode(buffer);
  } catch {
    // neither: say only that the forced encoding is wrong
  }
  const cleanly = detected && detected.encoding !== encoding && !detected.notes.length ? `; it looks like ${suggestedName(detected.encoding)}: try --encoding ${suggestedName(detected.encoding)}` : '; check --encoding';
  throw new InputError(`read as ${encoding} this text is garbled (${garbledPercent(garble)} of its characters are � or out of place)${cleanly}`, 'garbled');
}

// GB18030 is what detection reads GBK as; users know the name gbk.
function suggestedName(encoding: string): string {
  return encoding === 'gb18030' ? 'gbk' : encoding;
}

function replacedNote(garble: Garble, encoding: string): string[] {
  if (!garble.replaced) return [];
  return [`${garble.replaced} byte sequence${garble.replaced === 1 ? ' is' : 's are'} not valid ${encoding} (shown as �)`];
}

function byBom(b: Buffer): Decoded | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: b.subarray(3).toString('utf8'), encoding: 'utf-8', notes: [] };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(b.subarray(2), 'utf-16le'), encoding: 'utf-16le', notes: [] };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(b.subarray(2), 'utf-16be'), encoding: 'utf-16be', notes: [] };
  return null;
}

/**
 * Throws when bytes without a byte-order mark are not text. UTF-16 without a BOM looks binary
 * (every ASCII character has a NUL beside it): when the bytes read cleanly as UTF-16, the
 * message says which one to force. Called on a stream's first chunk too, so that binary input
 * is refused before the rest of it is read.
 */
export function refuseBinary(head: Buffer): void {
  if (byBom(head.subarray(0, 3)) || !looksBinary(head)) return;
  const utf16 = utf16WithoutBom(head.subarray(0, 8192));
  if (utf16) throw new InputError(`binary, or UTF-16 without a byte-order mark: if it is text, try --encoding ${utf16}`, 'binary');
  throw new InputError('binary file, not text', 'binary');
}

/** `utf-16le` or `utf-16be` when the bytes decode as such with almost nothing garbled, else null. */
function utf16WithoutBom(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  const even = head.subarray(0, head.length - (head.length % 2));
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = iconv.decode(even, encoding);
    if (!/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text) && !isGarbled(measureGarble(text, 'gb18030'))) return encoding; // GB2312's characters, as a report's
  }
  return null;
}

/**
 * Text never holds NUL, and holds few other C0 controls (tab, newline, CR, form feed are fine).
 * Judged on the first 8 KB, as git and grep do: a PNG, a PDF, a zip all fail it.
 */
function looksBinary(b: Buffer): boolean {
  const head = b.subarray(0, 8192);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls++;
  }
  return controls > head.length / 10;
}

/**
 * chardet's guess among the Chinese encodings. Short GBK text is ambiguous to any detector
 * (20 bytes of 森林覆盖率达35.26% score Greek higher), and a government report that is not
 * UTF-8 is almost always GBK/GB18030, so Big5 is taken only when it is chardet's confident first.
 */
function legacyChineseEncoding(b: Buffer): 'gb18030' | 'big5' {
  const [best] = chardet.analyse(b.subarray(0, 64 * 1024));
  if (best && best.name === 'Big5' && best.confidence >= 50) return 'big5';
  return 'gb18030';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
