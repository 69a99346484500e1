// Key result progress: read a row's metric type, start, target and current, then apply the metric
// type's rule. Raw progress stays unclamped (1.2 is 120%, negative means the wrong way).

import {
  parseMilestone,
  parseNumber,
  quote,
  shownNumber,
  textOf,
  twoDecimals,
  type ParsedNumber,
} from './numbers';
import { METRIC_TYPES, type CellValue, type KeyResultRow, type MetricType } from './types';

/** A problem in one cell of a row; the caller adds the sheet and row. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** How a key result turns a current value into progress. */
export type ProgressRule =
  | { metricType: 'Increase to' | 'Decrease to'; start: number; target: number; inferred: boolean }
  | { metricType: 'Stay at or above' | 'Stay at or below'; target: number }
  | { metricType: 'Milestone' };

export interface Progress {
  /** Raw progress, unclamped. */
  progress: number;
  /** Current is blank: the key result has not started, and its progress is 0. */
  notStarted: boolean;
  explanation: string;
}

export interface KeyResultReading {
  /** Null when the metric type, start or target has a problem. */
  rule: ProgressRule | null;
  /** Null when current is blank (not started) or has a problem. */
  current: number | null;
  /** Problems that leave the key result without progress, score or status. */
  blockers: FieldProblem[];
  /** Problems worth fixing that still let progress be computed (start equals target). */
  notices: FieldProblem[];
}

const foldType = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, '');

/** Reads a metric type cell: null for blank, 'unknown' for text that names no metric type. */
export function readMetricType(value: CellValue): MetricType | null | 'unknown' {
  const folded = foldType(textOf(value));
  if (folded === '') return null;

  return METRIC_TYPES.find((type) => foldType(type) === folded) ?? 'unknown';
}

/** Reads a key result row into its progress rule and current value, collecting its problems. */
export function readKeyResult(row: KeyResultRow, locale: string): KeyResultReading {
  const blockers: FieldProblem[] = [];
  const notices: FieldProblem[] = [];
  const typed = readMetricType(row.metricType);
  const start = parseNumber(row.start, locale);
  const target = parseNumber(row.target, locale);
  const current =
    typed === 'Milestone' ? parseMilestone(row.current, locale) : parseNumber(row.current, locale);

  if (typed === 'unknown') {
    blockers.push({
      field: 'metricType',
      message: `${quote(textOf(row.metricType))} is not a metric type: use ${METRIC_TYPES.join(', ')}.`,
    });
  }
  for (const [field, parsed] of [
    ['start', start],
    ['target', target],
    ['current', current],
  ] as const) {
    if (parsed.kind === 'problem') blockers.push({ field, message: parsed.message });
  }

  const rule =
    typed === 'unknown' || blockers.length > 0 ? null : ruleOf(typed, start, target, blockers);
  if (rule && 'start' in rule && rule.start === rule.target) {
    notices.push({
      field: 'target',
      message: `Start equals target (${shownNumber(rule.target)}): progress is 1 once current reaches it, else 0.`,
    });
  }

  return {
    rule: blockers.length > 0 ? null : rule,
    current: current.kind === 'number' ? current.value : null,
    blockers,
    notices,
  };
}

/** The rule for a known or blank metric type; pushes a blocker when a needed number is blank. */
function ruleOf(
  typed: MetricType | null,
  start: ParsedNumber,
  target: ParsedNumber,
  blockers: FieldProblem[],
): ProgressRule | null {
  // A blank type is inferred: target below start means Decrease to, anything else Increase to.
  const startValue = start.kind === 'number' ? start.value : null;
  const targetValue = target.kind === 'number' ? target.value : null;
  const inferredDecrease = startValue !== null && targetValue !== null && targetValue < startValue;
  const metricType = typed ?? (inferredDecrease ? 'Decrease to' : 'Increase to');

  if (metricType === 'Milestone') return { metricType };
  if (targetValue === null) {
    blockers.push({ field: 'target', message: `${metricType} needs a target.` });
    return null;
  }
  if (metricType === 'Stay at or above' || metricType === 'Stay at or below') {
    return { metricType, target: targetValue };
  }
  if (metricType === 'Decrease to' && startValue === null) {
    blockers.push({ field: 'start', message: 'Decrease to needs a start.' });
    return null;
  }
  // A blank start means 0 for Increase to.
  return { metricType, start: startValue ?? 0, target: targetValue, inferred: typed === null };
}

/** Progress of a current value under a rule; a blank current means not started, progress 0. */
export function progressOf(rule: ProgressRule, current: number | null): Progress {
  if (current === null) {
    return {
      progress: 0,
      notStarted: true,
      explanation: `${rule.metricType}: current is blank, not started = 0`,
    };
  }

  switch (rule.metricType) {
    case 'Increase to':
    case 'Decrease to':
      return started(towardTarget(rule, current));
    case 'Stay at or above':
    case 'Stay at or below':
      return started(stayAt(rule, current));
    case 'Milestone':
      return started(milestone(current));
  }
}

// Raw progress as the sheet shows it (12 significant digits): 0.06 / 0.12 is 0.5, not 0.4999….
const started = ({ progress, explanation }: Omit<Progress, 'notStarted'>): Progress => ({
  progress: Number(progress.toPrecision(12)),
  notStarted: false,
  explanation,
});

type Part = Omit<Progress, 'notStarted'>;

function towardTarget(rule: Extract<ProgressRule, { start: number }>, current: number): Part {
  const { metricType, start, target } = rule;
  const [s, t, c] = [start, target, current].map(shownNumber);
  const decrease = metricType === 'Decrease to';
  const note = rule.inferred ? ` (inferred: target ${decrease ? 'below' : 'not below'} start)` : '';

  // Start equal to target would divide by zero: progress is 1 once the target is reached.
  if (start === target) {
    const reached = decrease ? current <= target : current >= target;
    const verdict = reached ? 'has reached it = 1' : 'has not reached it = 0';
    return {
      progress: reached ? 1 : 0,
      explanation: `${metricType}: start equals target (${t}), current ${c} ${verdict}${note}`,
    };
  }

  const progress = decrease
    ? (start - current) / (start - target)
    : (current - start) / (target - start);
  const formula = decrease ? `(${s} − ${c}) / (${s} − ${t})` : `(${c} − ${s}) / (${t} − ${s})`;
  return { progress, explanation: `${metricType}: ${formula} = ${twoDecimals(progress)}${note}` };
}

function stayAt(
  rule: Extract<ProgressRule, { metricType: 'Stay at or above' | 'Stay at or below' }>,
  current: number,
): Part {
  const { metricType, target } = rule;
  const [t, c] = [target, current].map(shownNumber);
  const above = metricType === 'Stay at or above';

  if (above ? current >= target : current <= target) {
    return { progress: 1, explanation: `${metricType}: ${c} ${above ? '≥' : '≤'} ${t} = 1` };
  }

  const [numerator, denominator] = above ? [current, target] : [target, current];
  const formula = `${shownNumber(numerator)} / ${shownNumber(denominator)}`;
  if (denominator === 0) {
    return { progress: 0, explanation: `${metricType}: ${formula} divides by zero = 0` };
  }

  // With negative values a ratio of 1 or more can come out while the standard is missed.
  const ratio = numerator / denominator;
  if (ratio < 0 || ratio >= 1) {
    return { progress: 0, explanation: `${metricType}: ${formula} is not a share of 0..1 = 0` };
  }
  return { progress: ratio, explanation: `${metricType}: ${formula} = ${twoDecimals(ratio)}` };
}

function milestone(current: number): Part {
  if (current === 1) return { progress: 1, explanation: 'Milestone: done = 1' };
  if (current === 0) return { progress: 0, explanation: 'Milestone: not done = 0' };
  return { progress: current, explanation: `Milestone: partly done = ${twoDecimals(current)}` };
}
