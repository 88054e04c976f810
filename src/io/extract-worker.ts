// A worker thread of `--jobs`: reads, decodes and extracts one document per message.
// Reading happens here too, so the main thread never holds more than the claims.
import { parentPort } from 'node:worker_threads';
import { extract } from '../index.js';
import { InputError } from './decode.js';
import { readDocument } from './read-input.js';
import type { WorkerReply, WorkerTask } from './worker-pool.js';

parentPort?.on('message', async (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const doc = await readDocument(task.path, task.encoding);
    reply = { id: task.id, name: doc.name, encoding: doc.encoding, claims: extract(doc.text).claims };
  } catch (error) {
    const problem = error instanceof InputError ? error.problem : 'unreadable';
    reply = { id: task.id, error: { message: (error as Error).message, problem } };
  }
  parentPort?.postMessage(reply);
});
