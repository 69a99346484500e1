// Periods in every spelling, elapsed time, the current period and ISO-date arithmetic.

import {
  addDays,
  addMonths,
  currentPeriodKey,
  daysBetween,
  elapsedFraction,
  nextPeriodKey,
  parsePeriod,
  type Period,
} from '../../src/core/periods';
import type { CellValue } from '../../src/core/types';

const Q1_2026: Period = { key: '2026-Q1', start: '2026-01-01', end: '2026-03-31', lengthDays: 90 };

describe('parsePeriod reads every spelling of a period', () => {
  test.each<[CellValue, Period]>([
    ['2026-Q1', Q1_2026],
    ['Q1 2026', Q1_2026],
    ['2026 Q1', Q1_2026],
    ['q1 2026', Q1_2026],
    [' 2026-q1 ', Q1_2026],
    ['2026Q1', Q1_2026],
    ['Q1-2026', Q1_2026],
    ['2026-Q2', { key: '2026-Q2', start: '2026-04-01', end: '2026-06-30', lengthDays: 91 }],
    ['2026-Q3', { key: '2026-Q3', start: '2026-07-01', end: '2026-09-30', lengthDays: 92 }],
    ['Q4 2026', { key: '2026-Q4', start: '2026-10-01', end: '2026-12-31', lengthDays: 92 }],
    ['2024-Q1', { key: '2024-Q1', start: '2024-01-01', end: '2024-03-31', lengthDays: 91 }],
    ['2026-H1', { key: '2026-H1', start: '2026-01-01', end: '2026-06-30', lengthDays: 181 }],
    ['H1 2026', { key: '2026-H1', start: '2026-01-01', end: '2026-06-30', lengthDays: 181 }],
    ['h2 2026', { key: '2026-H2', start: '2026-07-01', end: '2026-12-31', lengthDays: 184 }],
    ['2026', { key: '2026', start: '2026-01-01', end: '2026-12-31', lengthDays: 365 }],
    [2026, { key: '2026', start: '2026-01-01', end: '2026-12-31', lengthDays: 365 }],
    ['2024', { key: '2024', start: '2024-01-01', end: '2024-12-31', lengthDays: 366 }],
  ])('%p is %o', (value, expected) => {
    expect(parsePeriod(value)).toEqual(expected);
  });

  test.each<CellValue>([
    '',
    '   ',
    'Q5 2026',
    '2026-Q0',
    '2026-H3',
    'next quarter',
    '26-Q1',
    '2026-Q1-Q2',
    2026.5,
    26,
    true,
    new Date('2026-01-01T00:00:00Z'),
  ])('%p is no period', (value) => {
    expect(parsePeriod(value)).toBeNull();
  });

  test('two spellings of one period are the same period', () => {
    expect(parsePeriod('Q1 2026')).toEqual(parsePeriod('2026-Q1'));
    expect(parsePeriod('H1 2026')).toEqual(parsePeriod('2026-H1'));
  });
});

describe('elapsedFraction t: whole days since the first day over the length, clamped', () => {
  test.each<[string, number]>([
    ['2026-01-01', 0],
    ['2026-02-14', 44 / 90],
    ['2026-02-15', 0.5],
    ['2026-03-31', 89 / 90],
    ['2026-04-01', 1],
    ['2026-12-31', 1],
    ['2025-12-31', 0],
  ])('on %s t for 2026-Q1 is %p', (today, t) => {
    expect(elapsedFraction(Q1_2026, today)).toBe(t);
  });
});

describe('currentPeriodKey is the calendar quarter containing today', () => {
  test.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-02-14', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-12-31', '2026-Q4'],
  ])('%s is in %s', (today, key) => {
    expect(currentPeriodKey(today)).toBe(key);
  });
});

describe('nextPeriodKey gives the next period of the same kind', () => {
  test.each<[string, string | null]>([
    ['2026-Q1', '2026-Q2'],
    ['2026-Q4', '2027-Q1'],
    ['Q3 2026', '2026-Q4'],
    ['2026-H1', '2026-H2'],
    ['2026-H2', '2027-H1'],
    ['2026', '2027'],
    ['someday', null],
  ])('after %s comes %p', (key, next) => {
    expect(nextPeriodKey(key)).toBe(next);
  });
});

describe('ISO-date arithmetic on UTC days', () => {
  test.each([
    ['2026-02-14', 1, '2026-02-15'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('addDays(%s, %p) = %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  test.each([
    ['2026-01-01', '2026-02-14', 44],
    ['2026-01-01', '2026-04-01', 90],
    ['2026-02-14', '2026-01-01', -44],
    ['2026-03-28', '2026-03-30', 2],
    ['2025-01-01', '2026-01-01', 365],
  ])('daysBetween(%s, %s) = %p', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  test.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-15', -3, '2025-12-15'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-02-14', -12, '2025-02-14'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('addMonths(%s, %p) = %s', (iso, months, expected) => {
    expect(addMonths(iso, months)).toBe(expected);
  });

  test('a malformed date is a programming error', () => {
    expect(() => addDays('14/02/2026', 1)).toThrow(RangeError);
  });
});
