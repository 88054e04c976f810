// End-to-end: the terminal experience — a real pseudo-terminal (util-linux `script`) for what
// only happens on a terminal, closed pipes, help with examples, and the version.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { ANSI, bin, fixture, root, tempDir, zhibiao } from './e2e-run.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs zhibiao with stdin, stdout and stderr on one pseudo-terminal of the given width. */
function onTerminal(args: string[], env = ''): { status: number | null; output: string } {
  const command = `stty cols 100; ${env} node ${quote(bin)} ${args.map(quote).join(' ')}`;
  const clean = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS']) delete clean[name];
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: clean });
  return { status: r.status, output: r.stdout };
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('colours the table by default, and not with NO_COLOR', () => {
    expect(onTerminal(['extract', fixture, '--limit', '3']).output).toMatch(ANSI);
    expect(onTerminal(['extract', fixture, '--limit', '3'], 'NO_COLOR=1').output).not.toMatch(ANSI);
  });

  it('fits the table to the terminal width', () => {
    const lines = onTerminal(['extract', fixture, '--color', 'never']).output.split('\r\n').filter((l) => l.startsWith('│'));
    expect(lines.length).toBeGreaterThan(400);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeGreaterThan(90);
  });

  it('shows progress on stderr for a run over several files, and clears it', () => {
    const dir = tempDir();
    const files = [1, 2, 3].map((i) => join(dir, `r${i}.txt`));
    for (const f of files) copyFileSync(fixture, f);
    const { status, output } = onTerminal(['extract', ...files, '--format', 'csv', '--min', '1e30']); // nothing matches
    expect(status).toBe(1);
    for (const [i, f] of files.entries()) expect(output).toContain(`\r\u001b[K[${i + 1}/3] ${f}`);
    expect(output.endsWith('\r\u001b[K') || output.includes('\r\u001b[Kdocument,')).toBe(true);
  });

  it('does not wait for typing when no input is named and nothing is piped in', () => {
    const { status, output } = onTerminal(['extract']);
    expect(status).toBe(2);
    expect(output.trim()).toBe('zhibiao: no input: name report files or directories, or pipe text in (see --help)');
  });
});

describe('off a terminal', () => {
  it('shows no progress and no colour on a long run', () => {
    const dir = tempDir();
    const files = [1, 2, 3, 4].map((i) => join(dir, `r${i}.txt`));
    for (const f of files) copyFileSync(fixture, f);
    const r = zhibiao(['extract', ...files]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ claims in 4 documents$/);
  });

  it('ends quietly with exit 0 when the reader of a pipe closes it (zhibiao … | head)', () => {
    const dir = tempDir();
    const files = [1, 2, 3, 4, 5, 6].map((i) => join(dir, `r${i}.txt`));
    for (const f of files) copyFileSync(fixture, f);
    for (const format of ['ndjson', 'table', 'csv']) {
      const errors = quote(join(dir, 'stderr.txt'));
      const out = execFileSync('bash', ['-c', `node ${quote(bin)} extract ${files.map(quote).join(' ')} --format ${format} 2>${errors} | head -n 1; echo "status=\${PIPESTATUS[0]}"; cat ${errors}`], { encoding: 'utf8' });
      const [first, status, ...stderr] = out.split('\n');
      expect(first.length).toBeGreaterThan(0);
      expect(status).toBe('status=0');
      expect(stderr.join('')).toBe('');
    }
  });
});

describe('help and version', () => {
  it.each(['extract', 'summary', 'sectors'])('zhibiao %s --help has worked examples in Chinese and English', (command) => {
    const r = zhibiao([command, '--help']);
    expect(r.status).toBe(0);
    const examples = r.stdout.slice(r.stdout.indexOf('Examples / 示例:'));
    expect(examples.length).toBeGreaterThan(20);
    expect(examples).toMatch(/zhibiao \w+/);
    expect(examples).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(examples).toMatch(/[a-z]{4} [a-z]{2,}/);
  });

  it('extract --help shows the tourism question as an example', () => {
    expect(zhibiao(['extract', '--help']).stdout).toContain('zhibiao extract fixtures/ganzi-2024.txt --sector tourism --modality target');
  });

  it('--version prints the package version', () => {
    const { version } = createRequire(import.meta.url)(join(root, 'package.json')) as { version: string };
    const r = zhibiao(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });
});
