// Scores: a key result's score from its progress, weights, an objective's weighted mean, the
// parent roll-up, objective types and their success bar, and grade bands.

import { parseNumber, quote, round2, shownNumber, textOf, twoDecimals } from './numbers';
import { OBJECTIVE_TYPES, type CellValue, type ObjectiveType, type Settings } from './types';

export type GradeBand = 'green' | 'yellow' | 'red';

/** Score = progress clamped to 0..1, rounded to two decimals. */
export function scoreOf(progress: number): number {
  return round2(Math.min(1, Math.max(0, progress)));
}

export function scoreExplanation(progress: number, score: number): string {
  return `Score: ${twoDecimals(progress)} clamped to 0..1 = ${score.toFixed(2)}`;
}

/** A key result's weight in its objective: counted, zero (left out) or a problem (left out). */
export type Weight =
  { kind: 'counted'; value: number } | { kind: 'zero' } | { kind: 'problem'; message: string };

/** A blank weight is 1; 0 leaves the key result out; negative or non-numeric is a problem. */
export function readWeight(value: CellValue, locale: string): Weight {
  const parsed = parseNumber(value, locale);

  if (parsed.kind === 'blank') return { kind: 'counted', value: 1 };
  if (parsed.kind === 'problem') return parsed;
  if (parsed.value < 0) {
    return {
      kind: 'problem',
      message: `A weight cannot be negative (found ${shownNumber(parsed.value)}).`,
    };
  }
  return parsed.value === 0 ? { kind: 'zero' } : { kind: 'counted', value: parsed.value };
}

export interface WeightedScore {
  score: number;
  weight: number;
}

/** Terms beyond this many are summarised, so an explanation stays short. */
const MAX_TERMS_SHOWN = 6;

/** The weighted mean of scores as a two-decimal score, with its arithmetic. */
export function weightedMean(
  items: WeightedScore[],
  label = 'Weighted mean',
): { score: number; explanation: string } | null {
  const rawTotal = items.reduce((sum, item) => sum + item.weight, 0);
  if (items.length === 0 || rawTotal <= 0) return null;

  // Weights near 1e308 overflow their sum, and the mean would be a silent 0: then each weight is
  // taken as a share of the largest, which leaves the mean as it is.
  const scale = Number.isFinite(rawTotal) ? 1 : Math.max(...items.map((item) => item.weight));
  const weights = items.map((item) => item.weight / scale);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const weightedSum = items.reduce((sum, item, i) => sum + item.score * weights[i], 0);
  const score = round2(weightedSum / totalWeight);
  const total = shownNumber(totalWeight);
  const scaled = scale === 1 ? '' : ` (weights as shares of ${shownNumber(scale)})`;

  if (items.length > MAX_TERMS_SHOWN) {
    const sum = shownNumber(round2(weightedSum));
    return {
      score,
      explanation: `${label} of ${items.length}${scaled}: ${sum} / ${total} = ${score.toFixed(2)}`,
    };
  }
  const terms = items.map((item, i) => `${item.score.toFixed(2)}×${shownNumber(weights[i])}`);
  return {
    score,
    explanation: `${label}${scaled}: (${terms.join(' + ')}) / ${total} = ${score.toFixed(2)}`,
  };
}

/** A parent objective without key results of its own scores the mean of its children's scores. */
export function childrenMean(scores: number[]): { score: number; explanation: string } | null {
  if (scores.length === 0) return null;

  const score = round2(scores.reduce((sum, s) => sum + s, 0) / scores.length);
  const label = `Mean of ${scores.length} child objective${scores.length === 1 ? '' : 's'}`;
  const terms =
    scores.length > MAX_TERMS_SHOWN
      ? shownNumber(round2(scores.reduce((sum, s) => sum + s, 0)))
      : `(${scores.map((s) => s.toFixed(2)).join(' + ')})`;
  return { score, explanation: `${label}: ${terms} / ${scores.length} = ${score.toFixed(2)}` };
}

/** Reads an objective's type: blank is Aspirational; unknown text is a problem, read as Aspirational. */
export function readObjectiveType(value: CellValue): {
  type: ObjectiveType;
  problem: string | null;
} {
  const text = textOf(value);
  const folded = text.toLowerCase().replace(/\s+/g, '');
  if (folded === '') return { type: 'Aspirational', problem: null };

  const type = OBJECTIVE_TYPES.find((known) => known.toLowerCase() === folded);
  if (type) return { type, problem: null };
  return {
    type: 'Aspirational',
    problem: `${quote(text)} is not an objective type: use Aspirational or Committed (read as Aspirational).`,
  };
}

/** The success bar `b`: the team's setting for aspirational objectives, 1.0 for committed ones. */
export function successBarFor(type: ObjectiveType, settings: Settings): number {
  return type === 'Committed' ? 1 : settings.successBar;
}

/** The grade band of a score (as rounded) for the objective's type. */
export function gradeBand(score: number, type: ObjectiveType, settings: Settings): GradeBand {
  const [green, yellow] = type === 'Committed' ? [1, 0.7] : [settings.successBar, 0.4];

  if (score >= green) return 'green';
  return score >= yellow ? 'yellow' : 'red';
}
