#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli/main.js (built by `npm install` via `prepare`).
import('../dist/cli/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('zhibiao: the build is missing; run `npm install` (or `npm run build`) first.\n');
  } else {
    process.stderr.write(`zhibiao: ${error && error.message ? error.message : error}\n`);
  }
  process.exit(2);
});
