// Status rules in DOMAIN.md's order: the first rule that matches wins.

import { statusOf, type StatusInput } from '../../src/core/status';
import type { Status } from '../../src/core/types';

const ASPIRATIONAL = 0.7;
const COMMITTED = 1;

describe('status of a key result or objective', () => {
  test.each<[string, StatusInput, Status, string]>([
    [
      'not started while t < 1',
      { score: 0, notStarted: true, t: 44 / 90, successBar: ASPIRATIONAL },
      'Not started',
      'Not started: current is blank',
    ],
    [
      'not started but the period is over: missed',
      { score: 0, notStarted: true, t: 1, successBar: ASPIRATIONAL },
      'Missed',
      'Missed: the period is over and 0.00 < 0.7',
    ],
    [
      'score 1.00 is achieved at any time',
      { score: 1, notStarted: false, t: 0.2, successBar: ASPIRATIONAL },
      'Achieved',
      'Achieved: score 1.00 ≥ 1.00',
    ],
    [
      'period over and score ≥ b',
      { score: 0.7, notStarted: false, t: 1, successBar: ASPIRATIONAL },
      'Achieved',
      'Achieved: the period is over and 0.70 ≥ 0.7',
    ],
    [
      'period over and score < b',
      { score: 0.69, notStarted: false, t: 1, successBar: ASPIRATIONAL },
      'Missed',
      'Missed: the period is over and 0.69 < 0.7',
    ],
    [
      'committed, period over, score 0.80',
      { score: 0.8, notStarted: false, t: 1, successBar: COMMITTED },
      'Missed',
      'Missed: the period is over and 0.80 < 1',
    ],
    [
      'committed, period over, score 1.00',
      { score: 1, notStarted: false, t: 1, successBar: COMMITTED },
      'Achieved',
      'Achieved: score 1.00 ≥ 1.00',
    ],
    [
      't = 0 is on track',
      { score: 0, notStarted: false, t: 0, successBar: ASPIRATIONAL },
      'On track',
      'On track: no time has elapsed in the period yet',
    ],
    [
      'score at the expected pace exactly',
      { score: 0.35, notStarted: false, t: 0.5, successBar: ASPIRATIONAL },
      'On track',
      'On track: 0.35 ≥ expected pace 0.35 (0.7 × 0.50 of the period)',
    ],
    [
      'score above the expected pace',
      { score: 0.4, notStarted: false, t: 0.5, successBar: ASPIRATIONAL },
      'On track',
      'On track: 0.40 ≥ expected pace 0.35 (0.7 × 0.50 of the period)',
    ],
    [
      'float noise in b × t does not flip a status (0.7 × 0.6 = 0.41999...)',
      { score: 0.42, notStarted: false, t: 0.6, successBar: ASPIRATIONAL },
      'On track',
      'On track: 0.42 ≥ expected pace 0.42 (0.7 × 0.60 of the period)',
    ],
    [
      'below pace but at least 0.7 of it',
      { score: 0.25, notStarted: false, t: 0.5, successBar: ASPIRATIONAL },
      'Needs focus',
      'Needs focus: 0.25 < expected pace 0.35 (0.7 × 0.50 of the period), but ≥ 0.7 × 0.35 = 0.25',
    ],
    [
      'a pace that rounds to the score is shown with three decimals',
      { score: 0.34, notStarted: false, t: 44 / 90, successBar: ASPIRATIONAL },
      'Needs focus',
      'Needs focus: 0.34 < expected pace 0.342 (0.7 × 0.49 of the period), but ≥ 0.7 × 0.342 = 0.24',
    ],
    [
      'below 0.7 of the pace',
      { score: 0.24, notStarted: false, t: 0.5, successBar: ASPIRATIONAL },
      'At risk',
      'At risk: 0.24 < 0.25, which is 70% of the expected pace 0.35 (0.7 × 0.50 of the period)',
    ],
    [
      'committed below pace',
      { score: 0.4, notStarted: false, t: 0.5, successBar: COMMITTED },
      'Needs focus',
      'Needs focus: 0.40 < expected pace 0.50 (1 × 0.50 of the period), but ≥ 0.7 × 0.50 = 0.35',
    ],
  ])('%s', (_name, input, status, explanation) => {
    expect(statusOf(input)).toEqual({ status, explanation });
  });

  test('an objective names why it has not started', () => {
    const input = { score: 0, notStarted: true, t: 0.3, successBar: ASPIRATIONAL };

    expect(
      statusOf({ ...input, notStartedReason: 'no key result has a current value yet' }),
    ).toEqual({
      status: 'Not started',
      explanation: 'Not started: no key result has a current value yet',
    });
  });
});
