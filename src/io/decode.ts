// Bytes → text: UTF-8 (with or without BOM), UTF-16 LE/BE by BOM, GBK/GB18030 otherwise.
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
}

export class InputError extends Error {}

export function decode(bytes: Buffer, forced?: string): Decoded {
  if (forced) {
    if (!iconv.encodingExists(forced)) throw new InputError(`unknown encoding "${forced}"`);
    return { text: stripBom(iconv.decode(bytes, forced)), encoding: forced.toLowerCase() };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: Chinese text of that age is GBK/GB18030
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
