// Targets of one report against the outcomes of the next (pure): each target of the plan part
// of report Y is paired with the result the report of Y+1 gives for the same indicator, of
// the same kind and unit (a growth target in % with a growth outcome in %).
import type { Claim } from '../core/types.js';
import type { DocumentIdentity } from '../identity/identify.js';
import { judgeTarget, type Judgement } from './judge.js';
import { indicatorKey, isLowerBetter } from './normalize.js';

/** One report with its identity and its claims. */
export interface ReportClaims {
  document: string;
  identity: DocumentIdentity;
  claims: readonly Claim[];
}

export interface TargetOutcome extends Judgement {
  /** The indicator's key (规模以上工业增加值 for a target written 规上工业增加值). */
  indicator: string;
  target: Claim;
  outcome: Claim | null;
  /** The report that set the target, and the one that reported the outcome. */
  targetReport: ReportRef;
  outcomeReport: ReportRef;
  /** Whether the target sits in the report's list of main goals (主要预期目标). */
  headline: boolean;
}

/** A report as every comparison row names it: its file and identity. */
export interface ReportRef {
  document: string;
  region: string | null;
  level: string | null;
  /** The year the target is for / the outcome is of. */
  year: number | null;
}

// 全年经济社会发展主要预期目标是：… — the goal list every report opens its plan with.
const GOAL_SENTENCE = /预期目标|主要目标|发展目标/;

/** What makes two claims comparable: the same indicator, kind and unit. */
export function comparableKey(c: Claim): string {
  return `${indicatorKey(c.indicator)}\u0000${c.kind}\u0000${c.unit}`;
}

export interface CompareOptions {
  /** Every target, not only the main goals and the targets that have an outcome. */
  all?: boolean;
}

/**
 * Pairs each target of `before` with the outcome in `after`. By default the rows are the
 * main goals (each, judged or not) and any other target an outcome was found for.
 */
export function compareReports(before: ReportClaims, after: ReportClaims, options: CompareOptions = {}): TargetOutcome[] {
  const outcomes = firstOutcomes(after.claims);
  const rows: TargetOutcome[] = [];
  for (const target of distinctTargets(before.claims)) {
    const outcome = outcomes.get(comparableKey(target)) ?? null;
    const headline = GOAL_SENTENCE.test(target.sentence);
    if (!options.all && !headline && !outcome) continue;
    const indicator = indicatorKey(target.indicator);
    const judgement = judgeTarget(target, outcome ?? undefined, target.qualifier === 'le' || isLowerBetter(indicator));
    rows.push({
      indicator,
      target,
      outcome,
      ...judgement,
      targetReport: refOf(before, before.identity.planYear),
      outcomeReport: refOf(after, after.identity.reviewYear),
      headline,
    });
  }
  return rows;
}

export function refOf(report: ReportClaims, year: number | null): ReportRef {
  return { document: report.document, region: report.identity.region, level: report.identity.level, year };
}

/**
 * Each comparable target once: the one in the goal list when a report repeats it later
 * (地区生产总值增长7% in 主要预期目标 and again under 稳增长), else the first.
 */
export function distinctTargets(claims: readonly Claim[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const c of claims) {
    if (c.modality !== 'target') continue;
    const key = comparableKey(c);
    const seen = byKey.get(key);
    if (!seen || (!GOAL_SENTENCE.test(seen.sentence) && GOAL_SENTENCE.test(c.sentence))) byKey.set(key, c);
  }
  return [...byKey.values()];
}

/**
 * The outcome a report gives for each indicator: its first result of that kind and unit,
 * an exact one before a bound (达513.35亿元 rather than 突破500亿). Reports give the
 * headline figures first, so later mentions (a county's share, a sub-total) do not win.
 */
export function firstOutcomes(claims: readonly Claim[]): Map<string, Claim> {
  const byKey = new Map<string, Claim>();
  for (const c of claims) {
    if (c.modality !== 'actual') continue;
    const key = comparableKey(c);
    const seen = byKey.get(key);
    if (!seen || (seen.qualifier !== null && c.qualifier === null && c.line === seen.line)) byKey.set(key, c);
  }
  return byKey;
}
