// What happened to each report/expected pair of a `zhibiao check` run, and the exit code.
import type { CheckResult } from './compare.js';

export type CheckOutcome =
  /** Compared: `result.ok` says whether it passed. */
  | { status: 'checked'; report: string; expected: string; result: CheckResult }
  /** `--update` wrote (or found current) a full snapshot; `since` compares it with the previous one. */
  | { status: 'updated'; report: string; expected: string; write: 'created' | 'refreshed' | 'unchanged'; claims: number; since: CheckResult | null }
  /** A report with no expected file next to it. */
  | { status: 'unpaired'; report: string; expected: string }
  /** An expected file with no report next to it. */
  | { status: 'orphan'; expected: string }
  /** Something could not be read or parsed; `message` names the file and the problem. */
  | { status: 'error'; report?: string; expected?: string; message: string };

export interface CheckSummary {
  passed: number;
  failed: number;
  updated: number;
  unpaired: number;
  orphans: number;
  errors: number;
}

export function summarize(outcomes: readonly CheckOutcome[]): CheckSummary {
  const summary: CheckSummary = { passed: 0, failed: 0, updated: 0, unpaired: 0, orphans: 0, errors: 0 };
  for (const o of outcomes) {
    if (o.status === 'checked') o.result.ok ? summary.passed++ : summary.failed++;
    else if (o.status === 'updated') summary.updated++;
    else if (o.status === 'unpaired') summary.unpaired++;
    else if (o.status === 'orphan') summary.orphans++;
    else summary.errors++;
  }
  return summary;
}

/**
 * 2 if anything could not be checked (with `strict`, a report without an expected file or an
 * expected file without a report counts), else 1 if any check found a difference, else 0.
 */
export function checkExitCode(outcomes: readonly CheckOutcome[], strict: boolean): 0 | 1 | 2 {
  const s = summarize(outcomes);
  if (s.errors || (strict && (s.unpaired || s.orphans))) return 2;
  return s.failed ? 1 : 0;
}

