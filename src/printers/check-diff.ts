// Printers for `zhibiao check`: a readable diff (one line per differing claim, a summary per
// file) and the same as JSON data. Colour only through the style; JSON never coloured.
import type { CheckResult, ClaimFigures, Difference, FieldChange } from '../check/compare.js';
import type { ExpectedClaim } from '../check/expected-file.js';
import { summarize, type CheckOutcome } from '../check/outcome.js';
import stringWidth from 'string-width';
import type { OutputStyle } from './style.js';
import { deepForTerminal } from './terminal-text.js';

export const CHECK_SCHEMA_ID = 'zhibiao/check@1';

export function printCheckText(all: readonly CheckOutcome[], style: OutputStyle): string {
  const outcomes = deepForTerminal(all); // a report's escape sequences and file names never reach the screen raw
  const { chalk } = style;
  const out: string[] = [];
  for (const o of outcomes) {
    if (o.status === 'checked') {
      const head = o.result.ok ? chalk.green('PASS ') : chalk.red('FAIL ');
      out.push(`${head} ${o.report} ← ${o.expected} ${chalk.dim(describeCheck(o.result))}`);
      for (const d of o.result.differences) out.push(`      ${printDifference(d, style)}`);
      if (!o.result.ok) out.push(`      ${chalk.dim(countDifferences(o.result))}`);
    } else if (o.status === 'updated') {
      const verb = o.write === 'unchanged' ? 'UNCHANGED' : o.write === 'created' ? 'CREATED' : 'UPDATED';
      const since = o.since && !o.since.ok ? `; since the last snapshot: ${countDifferences(o.since)}` : '';
      out.push(`${chalk.cyan(verb)} ${o.expected} ${chalk.dim(`(${o.claims} claims of ${o.report}${since})`)}`);
      for (const d of o.since?.differences ?? []) out.push(`      ${printDifference(d, style)}`);
    } else if (o.status === 'unpaired') {
      out.push(`${chalk.yellow('NOTE ')} ${o.report}: no expected file (${o.expected}); write one with --update`);
    } else if (o.status === 'orphan') {
      out.push(`${chalk.yellow('NOTE ')} ${o.expected}: no report next to it`);
    } else {
      out.push(`${chalk.red('ERROR')} ${o.message}`);
    }
  }
  if (outcomes.length > 1) out.push(chalk.bold(summaryLine(outcomes)));
  return `${out.join('\n')}\n`;
}

/** The check data: `{schema, ok, summary, files: [...]}`, one entry per pair, note or error. */
export function printCheckJson(outcomes: readonly CheckOutcome[], exitCode: number): string {
  const files = outcomes.map((o) => {
    if (o.status !== 'checked') return o;
    const { result, ...rest } = o;
    return { ...rest, ...result };
  });
  return `${JSON.stringify({ schema: CHECK_SCHEMA_ID, ok: exitCode === 0, summary: summarize(outcomes), files }, null, 2)}\n`;
}

/**
 * One line per claim. Examples:
 *   line 9    “6.2%”  changed  value 6.2 → 6.3
 *   line 45   “7%”    missing  (kind change, value 7, modality target): no claim extracted here
 *   line 50   “12个”  new      amount 12 个, actual
 */
function printDifference(d: Difference, style: OutputStyle): string {
  const { chalk } = style;
  const quoted = `“${d.text}”`;
  const where = `${`line ${d.line ?? '?'}`.padEnd(9)} ${quoted}${' '.repeat(Math.max(0, 14 - stringWidth(quoted)))}`;
  if (d.type === 'changed') {
    const note = d.note ? chalk.dim(`  (${d.note})`) : '';
    return `${where}  ${chalk.yellow('changed')}  ${d.changes.map(printChange).join(', ')}${note}`;
  }
  if (d.type === 'missing') return `${where}  ${chalk.red('missing')}  (${describeExpected(d.expected)}): ${d.reason}`;
  return `${where}  ${chalk.green('new')}      ${describeFigures(d.actual)}`;
}

function printChange(change: FieldChange): string {
  return `${change.field} ${show(change.expected)} → ${show(change.actual)}`;
}

/** A compared value as people read it: 6.2, 6–6.5 (a range), %, null. */
function show(value: unknown): string {
  if (Array.isArray(value)) return value.join('–');
  if (value === null || value === undefined) return 'none';
  return String(value);
}

function describeFigures(c: ClaimFigures): string {
  const qualifier = c.qualifier ? ` (${c.qualifier})` : '';
  return `${c.kind} ${show(c.high === undefined ? c.value : [c.value, c.high])} ${c.unit}${qualifier}, ${c.modality}, ${c.indicator || '—'}, ${c.sector}`;
}

function describeExpected(c: ExpectedClaim): string {
  const asserted = (['kind', 'value', 'high', 'unit', 'qualifier', 'modality', 'indicator', 'sector', 'note'] as const)
    .filter((field) => c[field] !== undefined)
    .map((field) => `${field} ${show(c[field])}`);
  return asserted.length ? asserted.join(', ') : 'located only';
}

function describeCheck(r: CheckResult): string {
  const tolerance = r.tolerance ? `, tolerance ${r.tolerance}` : '';
  // `subset: 18 expected, 16 extracted`: never `18 of 16 claims`, which reads as a part larger than its whole
  const claims = r.mode === 'full' ? `${r.counts.expected} claims` : `${r.counts.expected} expected, ${r.counts.extracted} extracted`;
  return `(${r.mode}: ${claims}; ${r.fields.join(',')}${tolerance})`;
}

function countDifferences(r: CheckResult): string {
  const n = r.differences.length;
  const parts = (['changed', 'missing', 'new'] as const).filter((t) => r.counts[t]).map((t) => `${r.counts[t]} ${t}`);
  return `${n} difference${n === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function summaryLine(outcomes: readonly CheckOutcome[]): string {
  const s = summarize(outcomes);
  const parts = [
    `${s.passed} passed`,
    `${s.failed} failed`,
    ...(s.updated ? [`${s.updated} updated`] : []),
    ...(s.unpaired ? [`${s.unpaired} without an expected file`] : []),
    ...(s.orphans ? [`${s.orphans} expected without a report`] : []),
    ...(s.errors ? [`${s.errors} error${s.errors === 1 ? '' : 's'}`] : []),
  ];
  return parts.join(', ');
}
