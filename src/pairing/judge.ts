// Was a target met? A target says which values count as success; an outcome says which values
// the year gave (one value, or a bound when the report words it so: 控制在2%以内 → at most 2).
// Met when every value the outcome allows is a success, missed when none is, and otherwise
// it cannot be judged (an outcome of "≤ 5%" against a target of "≥ 3%").
// A qualifier bounds the size of what is written (claims-spec § Falls and qualifiers): on a
// fall it bounds the size of the fall, so 下降3.4%以上 (−3.4, ge) means "−3.4 or lower".
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
 * The values a stated figure allows, in signed value space. The qualifier bounds the size:
 * - `≥ t`, `> t` (以上, 突破, 超过): t and beyond — above t for a rise, below t for a fall
 *   (下降3.4%以上 → (−∞, −3.4]; 降幅超过3% → (−∞, −3]);
 * - `≤ t` (以内, 不超过): up to t in size — (−∞, t] for a rise, [t, ∞) for a fall
 *   (下降不超过2% → [−2, ∞));
 * - anything else: the value itself, or its range (增长6%－6.5% → [6, 6.5]).
 */
export function statedInterval(c: Pick<Claim, 'value' | 'high' | 'qualifier'>): Interval {
  const fall = c.value < 0;
  switch (c.qualifier) {
    case 'ge':
    case 'gt':
      return fall ? { lo: -Infinity, hi: c.value } : { lo: c.value, hi: Infinity };
    case 'le':
      return fall ? { lo: c.value, hi: Infinity } : { lo: -Infinity, hi: c.value };
    default:
      return { lo: Math.min(c.value, c.high ?? c.value), hi: Math.max(c.value, c.high ?? c.value) };
  }
}

/**
 * Which way is good for a target without a bound: down for a ceiling (失业率, 物价, 能耗: the
 * metric table's lowerIsBetter) and for a target written as a fall (安全生产事故起数下降10%
 * wants fewer); up otherwise.
 */
export function wantsLower(target: Pick<Claim, 'value'>, lowerIsBetter: boolean): boolean {
  return lowerIsBetter || target.value < 0;
}

/**
 * The values that meet a target, in the indicator's good direction (`down` for a ceiling):
 * - `≥ t`, `> t`, `≤ t`: the bound as stated (see statedInterval; a value just equal to a
 *   突破 target counts as met), so a fall of at least 3.4 is met by −5 and missed by −3;
 * - `≈ t` (左右): within the tolerance of t or better: ≈ 7% growth from 6.5 up, ≈ 3% prices
 *   up to 3.5, a fall of ≈ 3% (−3) down from −2.5;
 * - `t–h` (增长6%－6.5%): from t up, "within or above" (h and below when down is good);
 * - plain `t` (增长7%, 下降3%): reaching t in the good direction.
 */
export function successInterval(target: Claim, lowerIsBetter: boolean): Interval {
  if (target.qualifier === 'ge' || target.qualifier === 'gt' || target.qualifier === 'le') return statedInterval(target);
  const down = wantsLower(target, lowerIsBetter);
  const { lo, hi } = statedInterval(target);
  const tol = target.qualifier === 'approx' ? approxTolerance(target) : 0;
  return down ? { lo: -Infinity, hi: hi + tol } : { lo: lo - tol, hi: Infinity };
}

/** The values an outcome allows: 6.2 → [6.2, 6.2]; 65%以上 → [65, ∞); 下降5%以上 → (−∞, −5]. */
export function outcomeInterval(outcome: Claim): Interval {
  return statedInterval(outcome);
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
