// Was a target met? A target says which values count as success; an outcome says which values
// the year gave (one value, or a bound when the report words it so: 控制在2%以内 → at most 2).
// Met when every value the outcome allows is a success, missed when none is, and otherwise
// it cannot be judged (an outcome of "≤ 5%" against a target of "≥ 3%").
import type { Claim } from '../core/types.js';

export const VERDICTS = ['met', 'missed', 'unjudged'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Judgement {
  verdict: Verdict;
  /** Why, in a few words: `6.2 < 7`, `no outcome reported`, `units differ (% vs 元)`. */
  reason: string;
}

/** A closed interval; ±Infinity for an open side. */
interface Interval {
  lo: number;
  hi: number;
}

/**
 * How far an ≈ target may be missed and still be met: 0.5 points for rates and growth
 * (≈ 7% is met by 6.5%), 5% of the target for amounts (≈ 100亿元 is met by 95亿元).
 */
export const APPROX_POINTS = 0.5;
export const APPROX_RELATIVE = 0.05;

export function approxTolerance(target: Pick<Claim, 'unit' | 'value'>): number {
  return target.unit === '%' || target.unit === '百分点' ? APPROX_POINTS : Math.abs(target.value) * APPROX_RELATIVE;
}

/**
 * The values that meet a target, in the indicator's good direction (up, or down for a ceiling
 * such as 失业率 and 居民消费价格指数):
 * - `≥ t`, `> t` (以上, 突破): t and above (a value just equal to a 突破 target counts as met);
 * - `≤ t` (以内, 控制在): t and below;
 * - `≈ t` (左右): from t − tolerance up (down to t + tolerance for a ceiling): beating a goal is meeting it;
 * - `t–h` (增长6%－6.5%): from t up (h and below for a ceiling), "within or above";
 * - plain `t` (增长7%): reaching t.
 */
export function successInterval(target: Claim, lowerIsBetter: boolean): Interval {
  const t = target.value;
  switch (target.qualifier) {
    case 'ge':
    case 'gt':
      return { lo: t, hi: Infinity };
    case 'le':
      return { lo: -Infinity, hi: t };
    case 'approx': {
      const tol = approxTolerance(target);
      return lowerIsBetter ? { lo: -Infinity, hi: (target.high ?? t) + tol } : { lo: t - tol, hi: Infinity };
    }
    default:
      return lowerIsBetter ? { lo: -Infinity, hi: target.high ?? t } : { lo: t, hi: Infinity };
  }
}

/** The values an outcome allows: 6.2 → [6.2, 6.2]; 65%以上 → [65, ∞); 控制在2%以内 → (−∞, 2]. */
export function outcomeInterval(outcome: Claim): Interval {
  switch (outcome.qualifier) {
    case 'ge':
    case 'gt':
      return { lo: outcome.value, hi: Infinity };
    case 'le':
      return { lo: -Infinity, hi: outcome.value };
    default:
      return { lo: outcome.value, hi: outcome.high ?? outcome.value };
  }
}

// Floating error of values like 8.5 parsed from text must not turn "equal" into "missed".
const EPSILON = 1e-9;

export function judgeTarget(target: Claim, outcome: Claim | undefined, lowerIsBetter: boolean): Judgement {
  if (!outcome) return { verdict: 'unjudged', reason: 'no outcome reported' };
  if (outcome.kind !== target.kind) return { verdict: 'unjudged', reason: `kinds differ (${target.kind} vs ${outcome.kind})` };
  if (outcome.unit !== target.unit) return { verdict: 'unjudged', reason: `units differ (${target.unit} vs ${outcome.unit})` };
  const ok = successInterval(target, lowerIsBetter);
  const got = outcomeInterval(outcome);
  const eps = EPSILON * Math.max(1, Math.abs(target.value));
  if (got.lo >= ok.lo - eps && got.hi <= ok.hi + eps) return { verdict: 'met', reason: describe(got, ok, 'within') };
  if (got.hi < ok.lo - eps || got.lo > ok.hi + eps) return { verdict: 'missed', reason: describe(got, ok, 'outside') };
  return { verdict: 'unjudged', reason: 'outcome too vague to judge' };
}

// `6.2 < 7` for a miss below, `8.1 ≥ 7` for a success: the comparison that decided.
function describe(got: Interval, ok: Interval, how: 'within' | 'outside'): string {
  const n = (x: number) => String(Math.round(x * 1e4) / 1e4);
  const value = got.lo === got.hi ? n(got.lo) : got.lo === -Infinity ? `≤ ${n(got.hi)}` : got.hi === Infinity ? `≥ ${n(got.lo)}` : `${n(got.lo)}–${n(got.hi)}`;
  if (how === 'within') return ok.hi === Infinity ? `${value} ≥ ${n(ok.lo)}` : `${value} ≤ ${n(ok.hi)}`;
  return got.hi < ok.lo ? `${value} < ${n(ok.lo)}` : `${value} > ${n(ok.hi)}`;
}
