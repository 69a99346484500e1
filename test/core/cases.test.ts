// The cases from public reports (shared/cases/README.md), each through the whole OKR computation.
// The day is 2026-02-14 and the period 2026-Q1 unless a case says otherwise.

import { keyResultRow, objectiveRow, run } from './okrFixtures';
import type { CellValue, Status } from '../../src/core/types';

interface SingleCase {
  name: string;
  cells: Record<string, CellValue>;
  progress: number;
  score: number;
  status?: Status;
  locale?: string;
}

const single: SingleCase[] = [
  {
    name: 'case 1: a falling metric shows 0%',
    cells: { metricType: 'Decrease to', start: 10, target: 0, current: 7 },
    progress: 0.3,
    score: 0.3,
  },
  {
    name: 'case 2: a falling metric far past its target',
    cells: { metricType: 'Decrease to', start: 10, target: 0, current: -10 },
    progress: 2,
    score: 1,
    status: 'Achieved',
  },
  {
    name: 'case 3: halfway down, type blank',
    cells: { start: 200, target: 0, current: 100 },
    progress: 0.5,
    score: 0.5,
  },
  {
    name: 'case 4: nothing moved yet',
    cells: { metricType: 'Increase to', start: 8, target: 20, current: 8 },
    progress: 0,
    score: 0,
  },
  {
    name: 'case 5: overachieved',
    cells: { metricType: 'Increase to', start: 3, target: 3.75, current: 5 },
    progress: 2.67,
    score: 1,
    status: 'Achieved',
  },
  {
    name: 'case 7: decimals lost to rounding',
    cells: { metricType: 'Increase to', start: '', target: 10, current: 5.9 },
    progress: 0.59,
    score: 0.59,
  },
  {
    name: 'case 9: percent typed as text',
    cells: { metricType: 'Increase to', start: '20%', target: '80%', current: '50%' },
    progress: 0.5,
    score: 0.5,
  },
  {
    name: 'case 10: lower is better, no partial credit yet',
    cells: { metricType: 'Stay at or below', target: 0.075, current: 0.082 },
    progress: 0.91,
    score: 0.91,
  },
  {
    name: 'case 11: at the limit exactly',
    cells: { metricType: 'Stay at or below', target: 25, current: 25 },
    progress: 1,
    score: 1,
    status: 'Achieved',
  },
  {
    name: 'case 12: churn with a baseline',
    cells: { metricType: 'Decrease to', start: 0.025, target: 0.018, current: 0.016 },
    progress: 1.29,
    score: 1,
  },
  {
    name: 'case 19: decimal comma in de_DE',
    cells: { metricType: 'Increase to', target: 10, current: '5,9' },
    progress: 0.59,
    score: 0.59,
    locale: 'de_DE',
  },
  {
    name: 'case 21: a unit after the number',
    cells: { metricType: 'Decrease to', start: '120 days', target: '19 days', current: '93 days' },
    progress: 0.27,
    score: 0.27,
  },
];

describe('cases: one key result', () => {
  test.each(single)('$name', ({ cells, progress, score, status, locale }) => {
    const result = run({ keyResults: [keyResultRow(2, cells)], locale: locale ?? 'en_US' });
    const [keyResult] = result.keyResults;

    expect(keyResult.progress).toBeCloseTo(progress, 2);
    expect(keyResult.score).toBe(score);
    if (status) expect(keyResult.status).toBe(status);
    expect(result.problems).toEqual([]);
  });

  test('case 3: a blank type with target below start is inferred as Decrease to', () => {
    const result = run({ keyResults: [keyResultRow(2, { start: 200, target: 0, current: 100 })] });

    expect(result.keyResults[0].explanation).toContain('Decrease to: (200 − 100) / (200 − 0)');
  });

  test('case 6: start equals target gives progress 1, score 1 and a problem, no division error', () => {
    const cells = { metricType: 'Increase to', start: 3, target: 3, current: 3 };
    const result = run({ keyResults: [keyResultRow(2, cells)] });

    expect(result.keyResults[0]).toMatchObject({ progress: 1, score: 1, status: 'Achieved' });
    expect(result.problems).toEqual([
      expect.objectContaining({ sheet: 'keyResults', row: 2, field: 'target' }),
    ]);
  });

  test('case 8: letters in a number are a problem; the key result is left out', () => {
    const result = run({
      keyResults: [
        keyResultRow(2, { metricType: 'Increase to', target: 10, current: 'Test123' }),
        keyResultRow(3, { metricType: 'Increase to', target: 10, current: 5 }),
      ],
    });

    expect(result.keyResults[0]).toMatchObject({ progress: null, score: null, status: null });
    expect(result.problems).toEqual([
      {
        sheet: 'keyResults',
        row: 2,
        field: 'current',
        message: 'Expected a number, found "Test123".',
      },
    ]);
    expect(result.objectives[0].score).toBe(0.5);
  });

  test.each(['N/A', '-'])(
    'case 22: current %s is blank: Not started, and no problem',
    (current) => {
      const cells = { metricType: 'Increase to', target: 10, current };
      const result = run({ keyResults: [keyResultRow(2, cells)] });

      expect(result.keyResults[0]).toMatchObject({ progress: 0, score: 0, status: 'Not started' });
      expect(result.keyResults[0].forecast).toBeNull();
      expect(result.problems).toEqual([]);
    },
  );
});

const milestone = (current: CellValue, weight: CellValue = '') =>
  ({ metricType: 'Milestone', current, weight }) as const;

describe('cases: objective scores', () => {
  test('case 13: one done, two untouched gives 0.33', () => {
    const keyResults = [milestone(true), milestone(false), milestone(false)].map((cells, i) =>
      keyResultRow(i + 2, cells),
    );

    expect(run({ keyResults }).objectives[0].score).toBe(0.33);
  });

  test('case 14: one backwards: scores 0 and 0.8, objective 0.40', () => {
    const result = run({
      keyResults: [
        keyResultRow(2, { metricType: 'Increase to', start: 0, target: 10, current: -2 }),
        keyResultRow(3, { metricType: 'Increase to', start: 0, target: 10, current: 8 }),
      ],
    });

    expect(result.keyResults[0].progress).toBeCloseTo(-0.2, 2);
    expect(result.keyResults.map((k) => k.score)).toEqual([0, 0.8]);
    expect(result.objectives[0].score).toBe(0.4);
  });

  test('case 15: weights 0, 50, 50 with only the first done gives 0.00', () => {
    const keyResults = [milestone(true, 0), milestone(false, 50), milestone(false, 50)].map(
      (cells, i) => keyResultRow(i + 2, cells),
    );

    expect(run({ keyResults }).objectives[0].score).toBe(0);
  });

  test('case 16: mixed directions: both 0.50, objective 0.50', () => {
    const result = run({
      keyResults: [
        keyResultRow(2, { metricType: 'Increase to', start: 0, target: 100, current: 50 }),
        keyResultRow(3, { metricType: 'Decrease to', start: 100, target: 60, current: 80 }),
      ],
    });

    expect(result.keyResults.map((k) => k.score)).toEqual([0.5, 0.5]);
    expect(result.objectives[0].score).toBe(0.5);
  });

  test('case 17: pace on 2026-02-15: score 0.40, expected pace 0.35, On track, forecast 0.80', () => {
    const result = run({
      today: '2026-02-15',
      keyResults: [
        keyResultRow(2, { metricType: 'Increase to', start: 0, target: 100, current: 40 }),
      ],
    });

    expect(result.keyResults[0]).toMatchObject({ score: 0.4, status: 'On track', forecast: 0.8 });
    expect(result.keyResults[0].explanation).toContain(
      'On track: 0.40 ≥ expected pace 0.35 (0.7 × 0.50 of the period)',
    );
    expect(result.objectives[0]).toMatchObject({ score: 0.4, status: 'On track', forecast: 0.8 });
  });

  test('case 18: committed, period over, score 0.80 is Missed', () => {
    const result = run({
      objectives: [objectiveRow(2, { id: 'O1', type: 'Committed', period: '2025-Q4' })],
      keyResults: [
        keyResultRow(2, { metricType: 'Increase to', start: 0, target: 10, current: 8 }),
      ],
    });

    expect(result.keyResults[0]).toMatchObject({ score: 0.8, status: 'Missed' });
    expect(result.objectives[0]).toMatchObject({ score: 0.8, status: 'Missed' });
  });
});
