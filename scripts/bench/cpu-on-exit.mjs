// Preloaded into a benchmarked process (NODE_OPTIONS=--import): writes the CPU time it used, user
// and system in ms, all threads, to $ZHIBIAO_CPU_OUT when the main thread exits. On a busy
// machine CPU time is steadier than wall time: waiting for a core is not counted.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.ZHIBIAO_CPU_OUT) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(process.env.ZHIBIAO_CPU_OUT, String((userCPUTime + systemCPUTime) / 1000));
  });
}
