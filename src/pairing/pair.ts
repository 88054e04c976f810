// Targets against outcomes (pure), for compare and for panel --outcomes: a target a report sets
// for a period is paired with the outcome the same government reports for the same measure,
// kind, unit and period, in the report that reviews the period's last year (the target for
// 2024 with the 2024 result of the 2025 report; a 2021–2025 average with the five-year review
// of 2026). Never across governments, never a five-year figure with one year's.
import type { Claim } from '../core/types.js';
import { regionKey } from '../identity/identify.js';
import { figureKey, measureOf, reportHeadlines, type ReportClaims } from './figures.js';
import { judgeTarget, type Judgement } from './judge.js';
import { isLowerBetter, type MetricTable } from './metric-table.js';

export interface TargetOutcome extends Judgement {
  /** What is measured: a metric id (gdp), or `~` and an indicator's key for a claim without one. */
  measure: string;
  target: Claim;
  outcome: Claim | null;
  /** The report that set the target, and the one that reported the outcome (null: none in the inputs). */
  targetReport: ReportRef;
  outcomeReport: ReportRef | null;
  /** Whether the target sits in the report's list of main goals (主要预期目标). */
  headline: boolean;
}

/** A report as every comparison row names it: its file and identity. */
export interface ReportRef {
  document: string;
  region: string | null;
  level: string | null;
  /** The year of the report (it plans this year and reviews the one before). */
  year: number | null;
}

export interface PairingOptions {
  /** Every target, not only the main goals and the targets an outcome was found for. */
  all?: boolean;
  /** Only targets with a metric (panel); compare also pairs indicators without one. */
  metricsOnly?: boolean;
  /** Which targets to pair (the panel's filters); all by default. */
  select?: (c: Claim) => boolean;
  /** The run's metric table (--metrics FILE), for which way is good; the built-in one by default. */
  metrics?: MetricTable;
}

// 全年经济社会发展主要预期目标是：… — the goal list every report opens its plan with.
const GOAL_SENTENCE = /预期目标|主要目标|发展目标/;

/**
 * Pairs the targets of each report with the outcomes of the others: for each target, the
 * report of the same government that reviews the last year of its period. Reports are
 * given in any order; rows come in the order of the target reports, then of the targets.
 */
export function pairTargets(reports: readonly ReportClaims[], options: PairingOptions = {}): TargetOutcome[] {
  const reviewing = new Map<string, ReportClaims>();
  for (const r of reports) {
    if (r.identity.reviewYear !== null) reviewing.set(`${governmentKey(r)}\u0000${r.identity.reviewYear}`, r);
  }
  const outcomesOf = cacheOutcomes(options);
  return reports.flatMap((before) =>
    targetsOf(before, options).flatMap((target) => {
      const to = target.period?.to;
      const after = to === undefined ? undefined : reviewing.get(`${governmentKey(before)}\u0000${to}`);
      return rowFor(before, after, target, after ? outcomesOf(after) : undefined, options) ?? [];
    }),
  );
}

/** The targets of `before` against the outcomes of `after` alone (compare of two reports). */
export function compareReports(before: ReportClaims, after: ReportClaims, options: PairingOptions = {}): TargetOutcome[] {
  const outcomes = cacheOutcomes(options)(after);
  return targetsOf(before, options).flatMap((target) => rowFor(before, after, target, outcomes, options) ?? []);
}

/** 甘孜州 and 甘孜藏族自治州 are one government; a report that names none is its own. */
export function governmentKey(r: ReportClaims): string {
  return r.identity.region ? regionKey(r.identity.region) : `?${r.document}`;
}

export function refOf(report: ReportClaims): ReportRef {
  return { document: report.document, region: report.identity.region, level: report.identity.level, year: report.identity.year };
}

function targetsOf(report: ReportClaims, options: PairingOptions): Claim[] {
  const targets = reportHeadlines(report, { metricsOnly: options.metricsOnly }).filter((c) => c.modality === 'target');
  return options.select ? targets.filter(options.select) : targets;
}

// Each report's headline outcomes by figure key, worked out once however many targets ask.
function cacheOutcomes(options: PairingOptions): (r: ReportClaims) => Map<string, Claim> {
  const cache = new Map<ReportClaims, Map<string, Claim>>();
  return (r) => {
    let byKey = cache.get(r);
    if (!byKey) {
      byKey = new Map();
      for (const c of reportHeadlines(r, { metricsOnly: options.metricsOnly })) {
        if (c.modality === 'actual') byKey.set(figureKey(c)!, c);
      }
      cache.set(r, byKey);
    }
    return byKey;
  };
}

function rowFor(
  before: ReportClaims, after: ReportClaims | undefined, target: Claim, outcomes: Map<string, Claim> | undefined, options: PairingOptions,
): TargetOutcome | null {
  const outcome = outcomes?.get(figureKey(target)!) ?? null;
  const headline = GOAL_SENTENCE.test(target.sentence);
  if (!options.all && !headline && !outcome) return null;
  const judgement: Judgement = target.period === null
    ? { verdict: 'unjudged', reason: 'period unknown' }
    : judgeTarget(target, outcome ?? undefined, isLowerBetter(target, options.metrics));
  if (!after && target.period !== null) judgement.reason = `no report of ${target.period.to + 1} in the inputs`;
  return {
    measure: measureOf(target)!,
    target,
    outcome,
    ...judgement,
    targetReport: refOf(before),
    outcomeReport: after ? refOf(after) : null,
    headline,
  };
}
