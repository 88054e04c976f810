// A target beside its outcome, as compare and panel --outcomes print it: one flat row for CSV
// and NDJSON (the target's report and identity first), and the verdict's words and colour.
import { measureName, periodLabel } from '../pairing/figures.js';
import type { TargetOutcome } from '../pairing/pair.js';
import { formatFigure } from './format-value.js';
import type { OutputStyle } from './style.js';

export const VERDICT_TEXT = { met: 'met', missed: 'missed', unjudged: 'cannot judge' } as const;

/** The flat row: the target's report and identity, the figure, target, outcome, verdict, then where each was read. */
export function pairedRow(r: TargetOutcome): Record<string, string | number | null> {
  return {
    document: r.targetReport.document,
    region: r.targetReport.region,
    level: r.targetReport.level,
    year: r.targetReport.year,
    metric: measureName(r.measure),
    kind: r.target.kind,
    period: periodLabel(r.target.period),
    unit: r.target.unit,
    target: formatFigure(r.target),
    target_value: r.target.value,
    target_high: r.target.high ?? null,
    target_qualifier: r.target.qualifier,
    outcome: r.outcome ? formatFigure(r.outcome) : null,
    outcome_value: r.outcome?.value ?? null,
    outcome_high: r.outcome?.high ?? null,
    outcome_qualifier: r.outcome?.qualifier ?? null,
    verdict: r.verdict,
    reason: r.reason,
    target_line: r.target.line,
    target_indicator: r.target.indicator,
    target_text: r.target.text,
    outcome_document: r.outcomeReport?.document ?? null,
    outcome_year: r.outcomeReport?.year ?? null,
    outcome_line: r.outcome?.line ?? null,
    outcome_indicator: r.outcome?.indicator ?? null,
    outcome_text: r.outcome?.text ?? null,
  };
}

/** The row's columns, for a CSV header even when there is no row. */
export const PAIRED_FIELDS = Object.keys(pairedRow({
  measure: '', outcome: null, verdict: 'unjudged', reason: '', headline: false, outcomeReport: null,
  target: { kind: 'change', value: 0, unit: '', qualifier: null, modality: 'target', indicator: '', sector: 'macro', metric: null, period: null, text: '', span: { start: 0, end: 0 }, line: 0, sentence: '' },
  targetReport: { document: '', region: null, level: null, year: null },
}));

export function colourVerdict(verdict: TargetOutcome['verdict'], text: string, { chalk, color }: OutputStyle): string {
  if (!color) return text;
  return verdict === 'met' ? chalk.green(text) : verdict === 'missed' ? chalk.red(text) : chalk.dim(text);
}

/** `3 met, 1 missed, 2 cannot judge`: the line under a table of verdicts. */
export function verdictTally(rows: readonly TargetOutcome[]): string {
  return (['met', 'missed', 'unjudged'] as const).map((v) => `${rows.filter((r) => r.verdict === v).length} ${VERDICT_TEXT[v]}`).join(', ');
}
