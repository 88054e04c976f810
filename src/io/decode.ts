// Bytes → text. In order: a forced encoding; a byte-order mark (UTF-8, UTF-16 LE/BE);
// binary refused; strict UTF-8; else a Chinese legacy encoding chosen with chardet
// (GB18030, a superset of GBK and GB2312, unless the bytes are clearly Big5).
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
}

/** Why an input could not be read; a binary or empty file met in a directory is only skipped. */
export type InputProblem = 'binary' | 'empty' | 'unreadable' | 'usage';

/** An input that cannot be read as text: reported on stderr in one line, the others still run. */
export class InputError extends Error {
  constructor(message: string, readonly problem: InputProblem = 'unreadable') {
    super(message);
  }
}

/** Checks an `--encoding` name once, before any file is read: `gbk`, `utf-16le`, `big5`… */
export function checkEncodingName(name: string): void {
  if (!iconv.encodingExists(name)) throw new InputError(`unknown encoding "${name}" (try utf-8, gbk, gb18030, big5, utf-16le, utf-16be)`, 'usage');
}

export function decode(bytes: Uint8Array, forced?: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) {
    checkEncodingName(forced);
    return { text: stripBom(iconv.decode(buffer, forced)), encoding: forced.toLowerCase() };
  }
  const bom = byBom(buffer);
  if (bom) return bom;
  if (looksBinary(buffer)) throw new InputError('binary file, not text', 'binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    const encoding = legacyChineseEncoding(buffer);
    return { text: iconv.decode(buffer, encoding), encoding };
  }
}

function byBom(b: Buffer): Decoded | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: b.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
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
function legacyChineseEncoding(b: Buffer): string {
  const [best] = chardet.analyse(b.subarray(0, 64 * 1024));
  if (best && best.name === 'Big5' && best.confidence >= 50) return 'big5';
  return 'gb18030';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
