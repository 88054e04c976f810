// Reading documents: a path or '-' for standard input, decoded to text.
import { readFileSync, statSync } from 'node:fs';
import { decode, InputError, type Decoded } from './decode.js';

export interface InputDocument extends Decoded {
  name: string;
}

export function readDocument(path: string, encoding?: string): InputDocument {
  if (path === '-') return { name: '-', ...decode(readFileSync(0), encoding) };
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a directory`);
    size = st.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${describeFsError(error)}`);
  }
  if (size === 0) throw new InputError(`${path}: empty file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: ${describeFsError(error)}`);
  }
  try {
    return { name: path, ...decode(bytes, encoding) };
  } catch (error) {
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}
