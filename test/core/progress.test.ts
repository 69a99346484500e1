// Key result progress for every metric type, with the rules for blank and equal cells.

import { progressOf, readKeyResult, readMetricType } from '../../src/core/progress';
import type { CellValue, KeyResultField } from '../../src/core/types';
import { keyResultRow } from './okrFixtures';

type Cells = Partial<Record<KeyResultField, CellValue>>;

const progressFor = (cells: Cells, locale = 'en_US') => {
  const reading = readKeyResult(keyResultRow(2, cells), locale);
  return reading.rule ? progressOf(reading.rule, reading.current) : null;
};

describe('progress by metric type, with the explanation in the sheet’s own numbers', () => {
  test.each<[Cells, number, string]>([
    [
      { metricType: 'Increase to', start: 0, target: 10, current: 5.9 },
      0.59,
      'Increase to: (5.9 − 0) / (10 − 0) = 0.59',
    ],
    [
      { metricType: 'Increase to', start: 20, target: 120, current: 140 },
      1.2,
      'Increase to: (140 − 20) / (120 − 20) = 1.20',
    ],
    [
      { metricType: 'Increase to', start: 10, target: 20, current: 8 },
      -0.2,
      'Increase to: (8 − 10) / (20 − 10) = -0.20',
    ],
    [
      { metricType: 'Decrease to', start: 12, target: 4, current: 10 },
      0.25,
      'Decrease to: (12 − 10) / (12 − 4) = 0.25',
    ],
    [
      { metricType: 'Stay at or above', target: 85, current: 90 },
      1,
      'Stay at or above: 90 ≥ 85 = 1',
    ],
    [
      { metricType: 'Stay at or above', target: 85, current: 80 },
      80 / 85,
      'Stay at or above: 80 / 85 = 0.94',
    ],
    [
      { metricType: 'Stay at or below', target: 0.075, current: 0.082 },
      0.075 / 0.082,
      'Stay at or below: 0.075 / 0.082 = 0.91',
    ],
    [
      { metricType: 'Stay at or below', target: 25, current: 25 },
      1,
      'Stay at or below: 25 ≤ 25 = 1',
    ],
    [{ metricType: 'Milestone', current: true }, 1, 'Milestone: done = 1'],
    [{ metricType: 'Milestone', current: 'no' }, 0, 'Milestone: not done = 0'],
    [{ metricType: 'Milestone', current: '50%' }, 0.5, 'Milestone: partly done = 0.50'],
  ])('%o gives %p', (cells, progress, explanation) => {
    const result = progressFor(cells);

    expect(result?.progress).toBeCloseTo(progress, 2);
    expect(result).toMatchObject({ notStarted: false, explanation });
  });

  test.each<[CellValue, number]>([
    [true, 1],
    ['yes', 1],
    ['done', 1],
    [1, 1],
    ['100%', 1],
    [false, 0],
    ['no', 0],
    [0.25, 0.25],
    ['75%', 0.75],
  ])('a milestone at %p has progress %p', (current, progress) => {
    expect(progressFor({ metricType: 'Milestone', current })?.progress).toBe(progress);
  });
});

describe('Stay at rules that would divide by zero or give a negative ratio give 0', () => {
  test.each<[Cells, string]>([
    [
      { metricType: 'Stay at or above', target: 0, current: -5 },
      'Stay at or above: -5 / 0 divides by zero = 0',
    ],
    [
      { metricType: 'Stay at or below', target: -10, current: 0 },
      'Stay at or below: -10 / 0 divides by zero = 0',
    ],
    [
      { metricType: 'Stay at or above', target: 10, current: -5 },
      'Stay at or above: -5 / 10 is not a share of 0..1 = 0',
    ],
    [
      { metricType: 'Stay at or below', target: -5, current: 5 },
      'Stay at or below: -5 / 5 is not a share of 0..1 = 0',
    ],
    [
      { metricType: 'Stay at or above', target: -5, current: -10 },
      'Stay at or above: -10 / -5 is not a share of 0..1 = 0',
    ],
  ])('%o', (cells, explanation) => {
    expect(progressFor(cells)).toEqual({ progress: 0, notStarted: false, explanation });
  });
});

describe('a blank metric type is inferred from start and target', () => {
  test.each<[Cells, string, number]>([
    [{ start: 200, target: 0, current: 100 }, 'Decrease to', 0.5],
    [{ start: 0, target: 10, current: 5 }, 'Increase to', 0.5],
    [{ target: 10, current: 5 }, 'Increase to', 0.5],
    [{ start: 5, target: 5, current: 5 }, 'Increase to', 1],
  ])('%o is %s', (cells, metricType, progress) => {
    const reading = readKeyResult(keyResultRow(2, cells), 'en_US');

    expect(reading.rule?.metricType).toBe(metricType);
    expect(progressFor(cells)?.progress).toBe(progress);
  });

  test('the explanation says the type was inferred', () => {
    expect(progressFor({ start: 200, target: 0, current: 100 })?.explanation).toBe(
      'Decrease to: (200 − 100) / (200 − 0) = 0.50 (inferred: target below start)',
    );
  });
});

describe('metric type text is matched ignoring case and spaces', () => {
  test.each<[CellValue, string | null]>([
    ['Increase to', 'Increase to'],
    [' increase TO ', 'Increase to'],
    ['DecreaseTo', 'Decrease to'],
    ['stay  at or above', 'Stay at or above'],
    ['Stay-at-or-below', 'Stay at or below'],
    ['milestone', 'Milestone'],
    ['', null],
    ['Grow', 'unknown'],
  ])('%p is %p', (value, expected) => {
    expect(readMetricType(value)).toBe(expected);
  });
});

describe('blank and unreadable cells', () => {
  test.each<[Cells, { field: string; message: string }[]]>([
    [
      { metricType: 'Grow', target: 10, current: 5 },
      [
        {
          field: 'metricType',
          message:
            '"Grow" is not a metric type: use Increase to, Decrease to, Stay at or above, ' +
            'Stay at or below, Milestone.',
        },
      ],
    ],
    [
      { metricType: 'Increase to', current: 5 },
      [{ field: 'target', message: 'Increase to needs a target.' }],
    ],
    [
      { metricType: 'Decrease to', target: 0, current: 5 },
      [{ field: 'start', message: 'Decrease to needs a start.' }],
    ],
    [
      { metricType: 'Stay at or above', current: 5 },
      [{ field: 'target', message: 'Stay at or above needs a target.' }],
    ],
    [
      { metricType: 'Increase to', target: 'high', current: '12h' },
      [
        { field: 'target', message: 'Expected a number, found "high".' },
        {
          field: 'current',
          message: 'Expected a number, found "12h": put a space between the number and its unit.',
        },
      ],
    ],
    [
      { metricType: 'Milestone', current: 'maybe' },
      [
        {
          field: 'current',
          message: 'Expected done, not done or a share from 0 to 100%, found "maybe".',
        },
      ],
    ],
  ])('%o blocks progress', (cells, blockers) => {
    const reading = readKeyResult(keyResultRow(2, cells), 'en_US');

    expect(reading.rule).toBeNull();
    expect(reading.blockers).toEqual(blockers);
  });

  test('a blank start means 0 for Increase to', () => {
    expect(progressFor({ metricType: 'Increase to', target: 10, current: 5.9 })?.explanation).toBe(
      'Increase to: (5.9 − 0) / (10 − 0) = 0.59',
    );
  });

  test('a milestone needs neither start nor target', () => {
    expect(readKeyResult(keyResultRow(2, { metricType: 'Milestone' }), 'en_US').blockers).toEqual(
      [],
    );
  });

  test.each<Cells>([
    { metricType: 'Increase to', target: 10 },
    { metricType: 'Decrease to', start: 10, target: 0, current: 'N/A' },
    { metricType: 'Stay at or below', target: 5, current: '-' },
    { metricType: 'Milestone', current: '' },
  ])('a blank current means not started, progress 0: %o', (cells) => {
    const progress = progressFor(cells);

    expect(progress).toMatchObject({ progress: 0, notStarted: true });
    expect(progress?.explanation).toMatch(/: current is blank, not started = 0$/);
  });
});

describe('start equal to target is a problem, with progress 1 once reached', () => {
  test.each<[Cells, number, string]>([
    [
      { metricType: 'Increase to', start: 3, target: 3, current: 3 },
      1,
      'Increase to: start equals target (3), current 3 has reached it = 1',
    ],
    [
      { metricType: 'Increase to', start: 3, target: 3, current: 2 },
      0,
      'Increase to: start equals target (3), current 2 has not reached it = 0',
    ],
    [
      { metricType: 'Decrease to', start: 5, target: 5, current: 4 },
      1,
      'Decrease to: start equals target (5), current 4 has reached it = 1',
    ],
    [
      { metricType: 'Decrease to', start: 5, target: 5, current: 6 },
      0,
      'Decrease to: start equals target (5), current 6 has not reached it = 0',
    ],
  ])('%o', (cells, progress, explanation) => {
    const reading = readKeyResult(keyResultRow(2, cells), 'en_US');

    expect(progressFor(cells)).toEqual({ progress, notStarted: false, explanation });
    expect(reading.notices).toEqual([
      {
        field: 'target',
        message: `Start equals target (${String(cells.target)}): progress is 1 once current reaches it, else 0.`,
      },
    ]);
  });
});
