// The whole OKR computation: one result per row, problems where they belong, objective scores
// with weights and parents, statuses, forecasts (pace and trend) and explanations.

import { joinExplanation, MAX_EXPLANATION_CHARS } from '../../src/core/okr';
import { keyResultCheckIn, keyResultRow, objectiveRow, run } from './okrFixtures';

const increase = (current: number | string, extra: Record<string, number | string> = {}) => ({
  metricType: 'Increase to',
  start: 0,
  target: 100,
  current,
  ...extra,
});

describe('every row gets exactly one result, in input order', () => {
  test('objectives and key results keep their rows and IDs, with nulls where nothing computes', () => {
    const result = run({
      objectives: [objectiveRow(2, { id: 'O1' }), objectiveRow(3, { id: 'O2' })],
      keyResults: [
        keyResultRow(5, { objectiveId: 'O2', ...increase(50) }),
        keyResultRow(3, { objectiveId: 'O1', ...increase('high') }),
        keyResultRow(4, { objectiveId: 'O1', ...increase(20) }),
      ],
    });

    expect(result.objectives.map((o) => [o.row, o.id, o.score])).toEqual([
      [2, 'O1', 0.2],
      [3, 'O2', 0.5],
    ]);
    expect(result.keyResults.map((k) => [k.row, k.id, k.score])).toEqual([
      [5, 'KR5', 0.5],
      [3, 'KR3', null],
      [4, 'KR4', 0.2],
    ]);
  });
});

describe('periods and objective IDs that leave no status or forecast', () => {
  test.each([
    ['', 'The period is blank: write one such as 2026-Q1.', 'the period is blank'],
    [
      'Q5 2026',
      '"Q5 2026" is not a period: write one such as 2026-Q1, Q1 2026, 2026-H1 or 2026.',
      'the period is unreadable',
    ],
  ])('period %p: scores but no status or forecast', (period, message, reason) => {
    const result = run({
      objectives: [objectiveRow(2, { id: 'O1', period })],
      keyResults: [keyResultRow(2, increase(40))],
    });

    expect(result.problems).toEqual([{ sheet: 'objectives', row: 2, field: 'period', message }]);
    expect(result.keyResults[0]).toMatchObject({ score: 0.4, status: null, forecast: null });
    expect(result.keyResults[0].explanation).toContain(
      `No status or forecast: objective O1: ${reason}`,
    );
    expect(result.objectives[0]).toMatchObject({ score: 0.4, status: null, forecast: null });
    expect(result.objectives[0].explanation).toBe(
      `Weighted mean: (0.40×1) / 1 = 0.40; No status or forecast: ${reason}`,
    );
  });

  test.each([
    ['', 'No objective ID: this key result belongs to no objective.', 'the objective ID is blank'],
    ['O9', 'No objective has the ID "O9".', 'no objective has the ID "O9"'],
  ])('objective ID %p: a problem, a score, no status', (objectiveId, message, reason) => {
    const result = run({ keyResults: [keyResultRow(3, { objectiveId, ...increase(40) })] });

    expect(result.keyResults[0]).toMatchObject({ score: 0.4, status: null, forecast: null });
    expect(result.keyResults[0].explanation).toContain(`No status or forecast: ${reason}`);
    expect(result.problems).toContainEqual({
      sheet: 'keyResults',
      row: 3,
      field: 'objectiveId',
      message,
    });
  });

  test('an objective with no usable key result has no score and a problem', () => {
    const result = run({ keyResults: [keyResultRow(2, increase('Test123'))] });

    expect(result.objectives[0]).toEqual({
      row: 2,
      id: 'O1',
      score: null,
      status: null,
      forecast: null,
      explanation: 'No score: no key result counts toward this objective',
    });
    expect(result.problems).toContainEqual({
      sheet: 'objectives',
      row: 2,
      field: 'id',
      message: 'No key result counts toward this objective, so it has no score.',
    });
  });

  test('an objective without an ID gets one problem saying so', () => {
    const result = run({ objectives: [objectiveRow(7, { objective: 'Delight customers' })] });

    expect(result.objectives[0]).toMatchObject({ row: 7, id: '', score: null });
    expect(result.problems).toEqual([
      {
        sheet: 'objectives',
        row: 7,
        field: 'id',
        message: 'This objective has no ID, so no key result can name it.',
      },
    ]);
  });

  test('an unknown objective type is a problem and is read as Aspirational', () => {
    const result = run({
      objectives: [objectiveRow(2, { id: 'O1', type: 'Stretch', period: '2025-Q4' })],
      keyResults: [keyResultRow(2, increase(70))],
    });

    expect(result.problems).toEqual([expect.objectContaining({ field: 'type', row: 2 })]);
    expect(result.objectives[0].status).toBe('Achieved');
  });
});

describe('weights in the objective score', () => {
  test('0 leaves a key result out; negative and text weights are problems and leave it out', () => {
    const result = run({
      keyResults: [
        keyResultRow(2, increase(30)),
        keyResultRow(3, increase(100, { weight: 2 })),
        keyResultRow(4, increase(0, { weight: 0 })),
        keyResultRow(5, increase(0, { weight: -1 })),
        keyResultRow(6, increase(0, { weight: 'high' })),
      ],
    });

    expect(result.objectives[0].score).toBe(0.77);
    expect(result.objectives[0].explanation).toMatch(
      /^Weighted mean: \(0\.30×1 \+ 1\.00×2\) \/ 3 = 0\.77 \(3 key results left out\); /,
    );
    expect(result.keyResults[2].explanation).toContain('Weight 0: left out of its objective');
    expect(result.keyResults[3]).toMatchObject({ score: 0, status: 'At risk' });
    expect(result.problems).toEqual([
      {
        sheet: 'keyResults',
        row: 5,
        field: 'weight',
        message: 'A weight cannot be negative (found -1).',
      },
      {
        sheet: 'keyResults',
        row: 6,
        field: 'weight',
        message: 'Expected a number, found "high".',
      },
    ]);
  });
});

describe('parents roll up the scores of their children', () => {
  const children = [
    objectiveRow(2, { id: 'O1' }),
    objectiveRow(3, { id: 'O2', parent: 'O1' }),
    objectiveRow(4, { id: 'O3', parent: 'O1' }),
  ];

  test('a parent without key results scores the mean of its children', () => {
    const result = run({
      today: '2026-02-15',
      objectives: children,
      keyResults: [
        keyResultRow(2, { objectiveId: 'O2', ...increase(50) }),
        keyResultRow(3, { objectiveId: 'O3', ...increase(20) }),
      ],
    });

    expect(result.objectives[0]).toEqual({
      row: 2,
      id: 'O1',
      score: 0.35,
      status: 'On track',
      forecast: 0.7,
      explanation:
        'Mean of 2 child objectives: (0.50 + 0.20) / 2 = 0.35; ' +
        'On track: 0.35 ≥ expected pace 0.35 (0.7 × 0.50 of the period); ' +
        'Forecast: 0.35 / 0.50 = 0.70',
    });
    expect(result.problems).toEqual([]);
  });

  test('grandchildren roll up through a parent without key results', () => {
    const result = run({
      objectives: [
        objectiveRow(2, { id: 'O1' }),
        objectiveRow(3, { id: 'O2', parent: 'O1' }),
        objectiveRow(4, { id: 'O3', parent: 'O2' }),
      ],
      keyResults: [keyResultRow(2, { objectiveId: 'O3', ...increase(60) })],
    });

    expect(result.objectives.map((o) => o.score)).toEqual([0.6, 0.6, 0.6]);
  });

  test('a parent with key results of its own uses them', () => {
    const result = run({
      objectives: children,
      keyResults: [
        keyResultRow(2, { objectiveId: 'O1', ...increase(10) }),
        keyResultRow(3, { objectiveId: 'O2', ...increase(90) }),
      ],
    });

    expect(result.objectives[0].score).toBe(0.1);
  });

  test('a parent whose children have not started has not started', () => {
    const result = run({
      objectives: children,
      keyResults: [keyResultRow(2, { objectiveId: 'O2', ...increase('') })],
    });

    expect(result.objectives[0]).toMatchObject({ score: 0, status: 'Not started', forecast: null });
  });

  test('a cycle of parents scores nothing instead of looping', () => {
    const result = run({
      objectives: [
        objectiveRow(2, { id: 'O1', parent: 'O2' }),
        objectiveRow(3, { id: 'O2', parent: 'O1' }),
      ],
    });

    expect(result.objectives.map((o) => o.score)).toEqual([null, null]);
    expect(result.problems.map((p) => p.field)).toEqual(['id', 'id']);
  });
});

describe('objective status and forecast', () => {
  test('all key results blank: Not started, no forecast', () => {
    const result = run({
      keyResults: [keyResultRow(2, increase('')), keyResultRow(3, increase('-'))],
    });

    expect(result.objectives[0]).toMatchObject({ score: 0, status: 'Not started', forecast: null });
    expect(result.objectives[0].explanation).toContain(
      'Not started: no key result has a current value yet',
    );
  });

  test('committed objectives are held to 1.0', () => {
    const result = run({
      today: '2026-02-15',
      objectives: [objectiveRow(2, { id: 'O1', type: 'Committed' })],
      keyResults: [keyResultRow(2, increase(40))],
    });

    expect(result.objectives[0]).toMatchObject({
      score: 0.4,
      status: 'Needs focus',
      forecast: 0.8,
    });
    expect(result.keyResults[0].status).toBe('Needs focus');
  });

  test('after the period, a key result that never started is Missed', () => {
    const result = run({
      objectives: [objectiveRow(2, { id: 'O1', period: '2025-Q4' })],
      keyResults: [keyResultRow(2, increase(''))],
    });

    expect(result.keyResults[0]).toMatchObject({ score: 0, status: 'Missed', forecast: null });
    expect(result.objectives[0]).toMatchObject({ score: 0, status: 'Missed', forecast: null });
  });

  test('a period that has not begun is On track with no forecast', () => {
    const result = run({
      objectives: [objectiveRow(2, { id: 'O1', period: '2026-Q2' })],
      keyResults: [keyResultRow(2, increase(0))],
    });

    expect(result.objectives[0]).toMatchObject({ score: 0, status: 'On track', forecast: null });
  });
});

describe('trend forecast from check-ins (issue 7)', () => {
  const checkIns = [
    keyResultCheckIn('KR2', '2026-01-11', 10),
    keyResultCheckIn('KR2', '2026-01-21', 20),
    keyResultCheckIn('KR2', '2026-01-31', 30),
    // Ignored: another key result, a KRA, a day before the period and a day after today.
    keyResultCheckIn('KR3', '2026-01-05', 90),
    { ...keyResultCheckIn('KR2', '2026-02-01', 99), kind: 'KRA' as const },
    keyResultCheckIn('KR2', '2025-12-20', 90),
    keyResultCheckIn('KR2', '2026-03-01', 90),
  ];

  test('three check-ins in the period: the key result follows the trend, the objective the mean', () => {
    const result = run({
      checkIns,
      keyResults: [keyResultRow(2, increase(35)), keyResultRow(3, increase(35))],
    });

    expect(result.keyResults.map((k) => k.forecast)).toEqual([0.89, 0.72]);
    expect(result.keyResults[0].explanation).toContain(
      'Forecast: trend of 3 check-ins (+0.0100 a day) read on 2026-03-31 = 0.89',
    );
    expect(result.keyResults[1].explanation).toContain('Forecast: 0.35 / 0.49 = 0.72');
    expect(result.objectives[0]).toMatchObject({ score: 0.35, forecast: 0.81 });
    expect(result.objectives[0].explanation).toContain(
      'Forecast: weighted mean of key result forecasts: (0.89×1 + 0.72×1) / 2 = 0.81',
    );
  });

  test('recorded values are scored with the key result’s own rule', () => {
    const decreasing = [
      keyResultCheckIn('KR2', '2026-01-11', 90),
      keyResultCheckIn('KR2', '2026-01-21', 80),
      keyResultCheckIn('KR2', '2026-01-31', 70),
    ];
    const cells = { metricType: 'Decrease to', start: 100, target: 0, current: 65 };
    const result = run({ checkIns: decreasing, keyResults: [keyResultRow(2, cells)] });

    expect(result.keyResults[0].forecast).toBe(0.89);
  });

  test('fewer than three check-ins: the straight pace rule', () => {
    const result = run({
      checkIns: checkIns.slice(0, 2),
      keyResults: [keyResultRow(2, increase(35))],
    });

    expect(result.keyResults[0].forecast).toBe(0.72);
    expect(result.objectives[0].forecast).toBe(0.72);
  });
});

describe('explanations', () => {
  test('a key result explains progress, score, status and forecast in its own numbers', () => {
    const cells = { metricType: 'Decrease to', start: 12, target: 4, current: 10 };
    const result = run({ keyResults: [keyResultRow(2, cells)] });

    expect(result.keyResults[0].explanation).toBe(
      'Decrease to: (12 − 10) / (12 − 4) = 0.25; Score: 0.25 clamped to 0..1 = 0.25; ' +
        'Needs focus: 0.25 < expected pace 0.34 (0.7 × 0.49 of the period), but ≥ 0.7 × 0.34 = 0.24; ' +
        'Forecast: 0.25 / 0.49 = 0.51',
    );
  });

  test.each([
    [
      increase('Test123'),
      'No progress, score or status until current is fixed: Expected a number, found "Test123".',
    ],
    [
      increase(5, { metricType: 'Grow' }),
      'No progress, score or status until metric type is fixed: "Grow" is not a metric type: ' +
        'use Increase to, Decrease to, Stay at or above, Stay at or below, Milestone.',
    ],
  ])('a key result with a problem says what to fix: %o', (cells, explanation) => {
    const result = run({ keyResults: [keyResultRow(2, cells)] });

    expect(result.keyResults[0]).toMatchObject({ progress: null, score: null, explanation });
  });

  test(`no explanation is longer than ${MAX_EXPLANATION_CHARS} characters`, () => {
    const long = 1234567.890123;
    const result = run({
      objectives: [objectiveRow(2, { id: 'O1', period: 'someday' })],
      keyResults: Array.from({ length: 20 }, (_, i) =>
        keyResultRow(i + 2, {
          objectiveId: i % 2 ? 'O1' : 'O'.repeat(200),
          start: long,
          target: -long,
          current: long / 3,
          weight: 1.23456789,
        }),
      ),
    });
    const explanations = [...result.objectives, ...result.keyResults].map((r) => r.explanation);

    expect(Math.max(...explanations.map((e) => e.length))).toBeLessThanOrEqual(
      MAX_EXPLANATION_CHARS,
    );
    expect(Math.max(...result.problems.map((p) => p.message.length))).toBeLessThan(120);
  });

  test('a longer explanation is cut at the limit with an ellipsis', () => {
    const text = joinExplanation(['a'.repeat(200), 'b'.repeat(200)]);

    expect(text).toHaveLength(MAX_EXPLANATION_CHARS);
    expect(text.endsWith('b…')).toBe(true);
    expect(joinExplanation(['Milestone: done = 1', 'Score: 1.00 clamped to 0..1 = 1.00'])).toBe(
      'Milestone: done = 1; Score: 1.00 clamped to 0..1 = 1.00',
    );
  });
});
