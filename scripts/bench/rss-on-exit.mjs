// Preloaded into a benchmarked process (NODE_OPTIONS=--import): writes its peak RSS in KB
// to $ZHIBIAO_RSS_OUT when the main thread exits. Worker threads share the process's RSS.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.ZHIBIAO_RSS_OUT) {
  process.on('exit', () => writeFileSync(process.env.ZHIBIAO_RSS_OUT, String(process.resourceUsage().maxRSS)));
}
