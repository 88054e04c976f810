import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // the JSON report lets .ci/run close with one plain "N passed, N failed" line for all tests
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
});
