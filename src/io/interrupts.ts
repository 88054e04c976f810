// Ctrl-C (SIGINT), SIGPIPE and a closed pipe during a run: the run stops producing between
// documents, what it has written stays (whole lines: every write is whole lines) and flushes,
// the extraction workers finish their document and end (a worker killed inside nodejieba
// aborts the process), and the command exits with the conventional code:
//
// - Ctrl-C: 130 (128 + SIGINT). A second Ctrl-C does not wait: the default action, at once.
// - the reader closed the pipe (`zhibiao … | head -1`): the write fails with EPIPE, and the
//   run ends quietly with 0, as src/cli/main.ts does for every command. The kernel raises
//   SIGPIPE for that same write; it counts as the closed pipe it is.
// - a SIGPIPE sent while the pipe still has its reader (kill -PIPE): 141 (128 + SIGPIPE).

const EXIT_SIGINT = 130;
const EXIT_SIGPIPE = 141;

export interface Interrupts {
  /** Whether a signal or a closed pipe stopped the run. */
  readonly stopped: boolean;
  /** The code to exit with once stopped: 130, 141, or 0 for a closed pipe. */
  readonly exitCode: number;
  /** Whether Ctrl-C stopped the run (the one case worth a word on stderr). */
  readonly byUser: boolean;
  /**
   * Calls `listener` once when the run is stopped; returns the call that removes it. (A
   * listener, not a promise to race: Promise.race against one long-lived promise keeps every
   * raced result alive until that promise settles, so a long run would never free its claims.)
   */
  onStop(listener: () => void): () => void;
  /** Hands the signals and stdout's errors back; SIGPIPE stays ignored, as Node has it. */
  dispose(): void;
}

/**
 * Watches for the run's interrupts. While it watches, an EPIPE on `stdout` is handled here
 * (the run stops and ends with 0) instead of by the listeners already there, which end the
 * process at once, before the workers are done.
 */
export function watchInterrupts(stdout: NodeJS.WriteStream = process.stdout): Interrupts {
  let signal: 'SIGINT' | 'SIGPIPE' | 'EPIPE' | null = null;
  const listeners = new Set<() => void>();
  const settle = () => {
    for (const listener of [...listeners]) listener();
    listeners.clear();
  };
  let disposed = false;
  const stop = (why: NonNullable<typeof signal>) => {
    if (disposed) return;
    if (why === 'EPIPE' || signal === null) signal = why;
    settle();
  };
  const onSigint = () => {
    if (signal === 'SIGINT') {
      process.off('SIGINT', onSigint);
      process.kill(process.pid, 'SIGINT'); // the second Ctrl-C: the default action, now
      return;
    }
    stop('SIGINT');
  };
  const onSigpipe = () => stop('SIGPIPE');
  const others = stdout.listeners('error') as ((error: Error) => void)[];
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') stop('EPIPE');
    else for (const listener of others) listener(error);
  };
  process.on('SIGINT', onSigint);
  process.on('SIGPIPE', onSigpipe);
  stdout.removeAllListeners('error');
  stdout.on('error', onError);
  const brokenPipe = () => signal === 'EPIPE' || stdout.destroyed;
  return {
    get stopped() {
      return signal !== null;
    },
    get exitCode() {
      if (signal === 'SIGINT') return EXIT_SIGINT;
      return signal === null || brokenPipe() ? 0 : EXIT_SIGPIPE;
    },
    get byUser() {
      return signal === 'SIGINT';
    },
    onStop(listener) {
      if (signal !== null) {
        listener();
        return () => {};
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      process.off('SIGINT', onSigint);
      // without a listener SIGPIPE would end the process: Node ignores it only until one is added
      process.off('SIGPIPE', onSigpipe);
      process.on('SIGPIPE', () => {});
      stdout.off('error', onError);
      for (const listener of others) stdout.on('error', listener);
    },
  };
}
