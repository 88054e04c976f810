// Pairing reports with their expected files by name: `X.txt` ↔ `X.expected.json`, and
// `X.NAME.expected.json` (a second, usually hand-written, file for the same report).
import { posix, sep } from 'node:path';

export const EXPECTED_SUFFIX = '.expected.json';
export const REPORT_SUFFIX = '.txt';

export interface FixturePairs {
  /** Each report with its expected files (possibly none), in name order. */
  reports: Array<{ report: string; expected: string[] }>;
  /** Expected files with no report to check. */
  orphans: string[];
}

/**
 * Pairs paths by name. An expected file `S.expected.json` belongs to `S.txt`, or else to the
 * report named by dropping dot-parts from the end of S.
 * Example: [a.txt, a.expected.json, a.headline.expected.json] → a.txt with both.
 */
export function pairFixtures(paths: readonly string[]): FixturePairs {
  const reports = new Map<string, string[]>();
  for (const path of [...paths].sort()) if (isReport(path)) reports.set(path, []);
  const orphans: string[] = [];
  for (const path of [...paths].sort()) {
    if (!path.endsWith(EXPECTED_SUFFIX)) continue;
    const report = reportFor(path, reports);
    if (report === undefined) orphans.push(path);
    else reports.get(report)!.push(path);
  }
  for (const expected of reports.values()) expected.sort(byMainFileFirst);
  return { reports: [...reports].map(([report, expected]) => ({ report, expected })), orphans };
}

export function isReport(path: string): boolean {
  return path.endsWith(REPORT_SUFFIX);
}

/** The main expected file of a report: `X.txt` → `X.expected.json` (any other name → same name + suffix). */
export function mainExpectedPath(report: string): string {
  return (isReport(report) ? report.slice(0, -REPORT_SUFFIX.length) : report) + EXPECTED_SUFFIX;
}

function reportFor(expected: string, reports: ReadonlyMap<string, string[]>): string | undefined {
  const cut = Math.max(expected.lastIndexOf(posix.sep), expected.lastIndexOf(sep)) + 1;
  const dir = expected.slice(0, cut);
  let stem = expected.slice(cut, -EXPECTED_SUFFIX.length);
  for (;;) {
    const candidate = dir + stem + REPORT_SUFFIX;
    if (reports.has(candidate)) return candidate;
    const dot = stem.lastIndexOf('.');
    if (dot <= 0) return undefined;
    stem = stem.slice(0, dot);
  }
}

/** `X.expected.json` before `X.headline.expected.json`, then by name. */
function byMainFileFirst(a: string, b: string): number {
  return a.length - b.length || a.localeCompare(b);
}
