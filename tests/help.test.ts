// `zhibiao --help` and each command's help open with its 3–5 most useful examples (issue 14).
import { describe, expect, it } from 'vitest';
import { zhibiao } from './e2e-run.js';

const COMMANDS = ['extract', 'summary', 'sectors', 'check', 'compare', 'index', 'query'];

describe('help shows examples first', () => {
  it.each([[[]], ...COMMANDS.map((c) => [[c]])])('zhibiao %j --help', (command) => {
    const r = zhibiao([...command, '--help']);
    expect(r.status).toBe(0);
    const [head, rest] = r.stdout.split(/\nUsage: /);
    expect(rest, 'the usage follows the examples').toBeDefined();
    const lines = head.trim().split('\n');
    expect(lines[0]).toBe('Examples / 示例:');
    const examples = lines.filter((l) => l.startsWith('  zhibiao '));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.length).toBeLessThanOrEqual(5);
    // each example says what it answers, on the line after it
    for (const example of examples) expect(lines[lines.indexOf(example) + 1]).toMatch(/^ {6}\S/);
  });

  it('each command\'s examples use that command (the main help: several)', () => {
    for (const command of COMMANDS) {
      const head = zhibiao([command, '--help']).stdout.split('\nUsage: ')[0];
      expect(head).toContain(`zhibiao ${command} `);
    }
    const main = zhibiao(['--help']).stdout.split('\nUsage: ')[0];
    expect(new Set([...main.matchAll(/^ {2}zhibiao (\w+)/gm)].map((m) => m[1])).size).toBeGreaterThanOrEqual(3);
  });
});
