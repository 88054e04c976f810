// A worker thread of `--jobs`: reads, decodes, extracts and identifies one document per
// message. Reading happens here too, so the main thread never holds more than the claims.
// Asked to close, it finishes the document it is extracting and ends by itself: a worker
// terminated inside nodejieba's native code aborts the whole process.
import { parentPort } from 'node:worker_threads';
import { analyseText } from './analyse.js';
import { InputError } from './decode.js';
import { readDocument } from './read-input.js';
import type { WorkerMessage, WorkerReply, WorkerTask } from './worker-pool.js';

let inFlight = 0;
let closing = false;

const endIfIdle = () => {
  if (closing && !inFlight) parentPort?.close();
};

parentPort?.on('message', async (message: WorkerMessage) => {
  if ('close' in message) {
    closing = true;
    endIfIdle();
    return;
  }
  inFlight++;
  try {
    const reply = await run(message);
    if (reply && !closing) parentPort?.postMessage(reply);
  } finally {
    inFlight--;
    endIfIdle();
  }
});

async function run(task: WorkerTask): Promise<WorkerReply | null> {
  try {
    const doc = await readDocument(task.path, task.encoding, task.limits);
    if (closing) return null; // read while the run stopped: not worth extracting
    const { claims, identity, notes } = analyseText(doc.text, doc.name, task);
    return { id: task.id, name: doc.name, encoding: doc.encoding, notes: [...doc.notes, ...(notes ?? [])], claims, identity };
  } catch (error) {
    const problem = error instanceof InputError ? error.problem : 'unreadable';
    return { id: task.id, error: { message: (error as Error).message, problem } };
  }
}
