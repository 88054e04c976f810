// Progress for long multi-file runs: `[3/120] reports/x.txt` redrawn in place on stderr, only
// when stderr is a terminal (a log file or CI output stays clean) and there are files enough.
import { escapeControls } from './terminal-text.js';

export interface Progress {
  /** Shows that the n-th input (1-based) is being read. */
  step(n: number, name: string): void;
  /** Clears the line so that the next message starts clean. */
  done(): void;
}

const SILENT: Progress = { step() {}, done() {} };

/** Runs of fewer files finish before a progress line could help. */
export const PROGRESS_MIN_FILES = 3;

export function startProgress(
  stream: { isTTY?: boolean; columns?: number; write(text: string): unknown }, total: number,
): Progress {
  if (!stream.isTTY || total < PROGRESS_MIN_FILES) return SILENT;
  const width = Math.max(20, (stream.columns ?? 80) - 1);
  let shown = false;
  return {
    step(n, name) {
      const line = `[${n}/${total}] ${escapeControls(name)}`;
      stream.write(`\r\x1b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
