// A fixed pool of extraction workers (`--jobs N`). Tasks go to the least busy worker;
// each task's promise settles with its document's claims or its input error.
import { Worker } from 'node:worker_threads';
import type { Claim } from '../core/types.js';
import type { InputProblem } from './decode.js';

export interface WorkerTask {
  id: number;
  path: string;
  encoding?: string;
}

export type WorkerReply =
  | { id: number; name: string; encoding: string; claims: Claim[]; error?: undefined }
  | { id: number; error: { message: string; problem: InputProblem } };

export interface ExtractedDocument {
  name: string;
  encoding: string;
  claims: Claim[];
}

interface Pending {
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Ids of the tasks this worker holds. */
  tasks: Set<number>;
  dead: boolean;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number) {
    const url = new URL('./extract-worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(url), tasks: new Set(), dead: false };
      slot.worker.on('message', (reply: WorkerReply) => {
        slot.tasks.delete(reply.id);
        const p = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        p?.resolve(reply);
      });
      slot.worker.on('error', (error) => {
        // a crashed worker fails the tasks it held and takes no more; the run goes on
        slot.dead = true;
        for (const id of slot.tasks) {
          this.pending.get(id)?.reject(error);
          this.pending.delete(id);
        }
        slot.tasks.clear();
      });
      this.slots.push(slot);
    }
  }

  /** Reads and extracts one document on the least busy live worker. */
  run(path: string, encoding?: string): Promise<WorkerReply> {
    const live = this.slots.filter((s) => !s.dead);
    if (!live.length) return Promise.reject(new Error('every extraction worker has stopped'));
    const slot = live.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
    const id = this.nextId++;
    slot.tasks.add(id);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, path, encoding } satisfies WorkerTask);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }
}
