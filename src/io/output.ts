// Standard output that loses nothing silently and holds little in memory.
//
// - A file (`zhibiao … > out.json`): Node writes it with one write(2) a chunk and accepts a
//   short write, which is what a nearly full disk gives, so the output was cut with exit 0.
//   Here every byte is written (../io/atomic-write.ts writeAll): the rest of a short write is
//   written again and fails with ENOSPC, which ends the run with exit 2 and a message.
// - A pipe or terminal: a write that the stream cannot take at once is waited for ('drain')
//   before the next, so a slow reader slows the run instead of growing its memory.
// Output is handed over in chunks (a document, a thousand rows), never as one string: a string
// has at most 2^29 characters in V8 ("Invalid string length" at a few thousand reports).
import { fstatSync } from 'node:fs';
import { writeAll } from './atomic-write.js';

/** The output could not be written (a full disk, a closed file): the run failed, exit 2. */
export class OutputError extends Error {}

export interface Output {
  /** Writes a chunk; resolves when more may be written. */
  write(chunk: string): Promise<void>;
  /** Writes every chunk, in order. */
  writeAll(chunks: Iterable<string>): Promise<void>;
}

export function openOutput(stream: NodeJS.WriteStream = process.stdout): Output {
  const fd = (stream as { fd?: number }).fd;
  let toFile = false;
  try {
    toFile = typeof fd === 'number' && fstatSync(fd).isFile();
  } catch {
    toFile = false;
  }
  const write = toFile ? (chunk: string) => writeToFile(fd!, chunk) : (chunk: string) => writeToStream(stream, chunk);
  return {
    write,
    async writeAll(chunks) {
      for (const chunk of chunks) await write(chunk);
    },
  };
}

async function writeToFile(fd: number, chunk: string): Promise<void> {
  if (!chunk) return;
  try {
    writeAll(fd, Buffer.from(chunk, 'utf8'));
  } catch (error) {
    throw new OutputError(`cannot write the output: ${describeWriteError(error)}; the output is incomplete`);
  }
}

function writeToStream(stream: NodeJS.WriteStream, chunk: string): Promise<void> {
  if (!chunk || stream.destroyed) return Promise.resolve();
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    // 'close' too: a reader that went away (EPIPE, handled by the interrupts) never drains
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'no space left on device';
  if (code === 'EDQUOT') return 'disk quota exceeded';
  if (code === 'EFBIG') return 'file too large';
  if (code === 'EIO') return 'input/output error';
  return (error as Error).message;
}
