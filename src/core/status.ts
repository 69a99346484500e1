// Status of a key result or an objective from its score, the elapsed fraction `t` of its period and
// its success bar `b`; the first rule that matches wins, in DOMAIN.md's order.

import { twoDecimals } from './numbers';
import type { Status } from './types';

export interface StatusInput {
  /** The score as rounded. */
  score: number;
  /** A key result whose current is blank; an objective all of whose counted key results are. */
  notStarted: boolean;
  /** Elapsed fraction of the period, 0..1. */
  t: number;
  /** Success bar `b`. */
  successBar: number;
  /** Why it has not started, for the explanation; 'current is blank' by default. */
  notStartedReason?: string;
}

/** Share of the expected pace below which Needs focus becomes At risk (fixed by DOMAIN.md). */
const NEEDS_FOCUS_SHARE = 0.7;

// Scores are two-decimal numbers and `b * t` a float product: a hair's difference from float
// arithmetic (0.7 * 0.6 = 0.41999...) must not flip a status.
const EPSILON = 1e-9;
const atLeast = (value: number, bound: number): boolean => value >= bound - EPSILON;

export function statusOf({
  score,
  notStarted,
  t,
  successBar,
  notStartedReason = 'current is blank',
}: StatusInput): {
  status: Status;
  explanation: string;
} {
  const shown = score.toFixed(2);
  const bar = String(successBar);
  const pace = successBar * t;
  const focusLine = NEEDS_FOCUS_SHARE * pace;

  if (notStarted && t < 1) {
    return { status: 'Not started', explanation: `Not started: ${notStartedReason}` };
  }
  if (atLeast(score, 1)) {
    return { status: 'Achieved', explanation: `Achieved: score ${shown} ≥ 1.00` };
  }
  if (t === 1) {
    return atLeast(score, successBar)
      ? { status: 'Achieved', explanation: `Achieved: the period is over and ${shown} ≥ ${bar}` }
      : { status: 'Missed', explanation: `Missed: the period is over and ${shown} < ${bar}` };
  }
  if (t === 0) {
    return { status: 'On track', explanation: 'On track: no time has elapsed in the period yet' };
  }

  const paceText = `expected pace ${shownBound(pace, score)} (${bar} × ${twoDecimals(t)} of the period)`;
  if (atLeast(score, pace)) {
    return { status: 'On track', explanation: `On track: ${shown} ≥ ${paceText}` };
  }
  if (atLeast(score, focusLine)) {
    const line = `${NEEDS_FOCUS_SHARE} × ${shownBound(pace, score)} = ${shownBound(focusLine, score)}`;
    return {
      status: 'Needs focus',
      explanation: `Needs focus: ${shown} < ${paceText}, but ≥ ${line}`,
    };
  }
  return {
    status: 'At risk',
    explanation: `At risk: ${shown} < ${shownBound(focusLine, score)}, which is ${NEEDS_FOCUS_SHARE * 100}% of the ${paceText}`,
  };
}

/** A bound with two decimals, or three when two would show it equal to a score below it. */
function shownBound(bound: number, score: number): string {
  const two = twoDecimals(bound);
  return two === score.toFixed(2) && !atLeast(score, bound) ? bound.toFixed(3) : two;
}
