// A fixed pool of extraction workers (`--jobs N`). Tasks go to the least busy worker;
// each task's promise settles with its document's claims and identity, or its input error.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { IdentityOverrides } from '../identity/identify.js';
import type { Analysed, AnalyseSettings } from './analyse.js';
import type { InputProblem } from './decode.js';
import type { ReadLimits } from './read-input.js';

/** How every document of a run is read and identified. */
export interface TaskSettings extends AnalyseSettings {
  encoding?: string;
  overrides?: IdentityOverrides;
  limits?: ReadLimits;
}

export interface WorkerTask extends TaskSettings {
  id: number;
  path: string;
}

/** A task, or the request to finish the current task and end. */
export type WorkerMessage = WorkerTask | { close: true };

export type WorkerReply =
  | ({ id: number; error?: undefined } & ExtractedDocument)
  | { id: number; error: { message: string; problem: InputProblem } };

export interface ExtractedDocument extends Analysed {
  name: string;
  encoding: string;
  /** Notes about the reading (`3 bytes could not be decoded`), for stderr. */
  notes: string[];
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

  /** Reads, extracts and identifies one document on the least busy live worker. */
  run(path: string, settings: TaskSettings): Promise<WorkerReply> {
    const live = this.slots.filter((s) => !s.dead);
    if (!live.length) return Promise.reject(new Error('every extraction worker has stopped'));
    const slot = live.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
    const id = this.nextId++;
    slot.tasks.add(id);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, path, ...settings } satisfies WorkerTask);
    });
  }

  /**
   * Ends every worker once it has finished the document in hand (never terminated: a worker
   * stopped inside nodejieba's native code aborts the process). Unfinished tasks never settle.
   */
  async close(): Promise<void> {
    await Promise.all(this.slots.map(async (slot) => {
      if (slot.dead) return;
      const exited = once(slot.worker, 'exit');
      slot.worker.postMessage({ close: true } satisfies WorkerMessage);
      await exited;
    }));
  }
}
