import {
  computeKras,
  parseComparator,
  planKeyResultCheckIns,
  reviewMonths,
} from '../../src/core/kra';
import type { CheckIn, KraRow } from '../../src/core/types';
import { keyResultCheckIn, kraCheckIn, kraOf } from './rows';

/** A KRA row with blank cells except those given; rows number from 2 in call order. */
let nextRow = 2;
function kra(cells: Partial<KraRow>): KraRow {
  return kraOf(nextRow++, cells);
}

function run(kras: KraRow[], checkIns: CheckIn[], today: string, locale = 'en_US') {
  return computeKras({ kras, checkIns, today, locale, timeZone: 'UTC' });
}

const csat = (actual: number | string) =>
  kra({
    id: 'A1',
    kra: 'Customer support',
    indicator: 'CSAT',
    comparator: '>=',
    standard: 0.85,
    actual,
  });

describe('consistency and health over two days', () => {
  const day1 = run([csat(0.8)], [], '2026-02-13');
  const log = [...day1.checkIns.appends];
  const day2 = run([csat(0.9)], log, '2026-02-14');
  const logAfterDay2 = [...log, ...day2.checkIns.appends];

  it('records day 1 and breaches the standard', () => {
    expect(day1.checkIns).toEqual({
      updates: [],
      appends: [kraCheckIn('2026-02-13', 'A1', 0.8, 0.85, false)],
    });
    expect(day1.kras[0]).toMatchObject({ meetsStandard: false, consistency: 0, health: 'Breach' });
  });

  it('appends day 2 and counts one of two days', () => {
    expect(day2.checkIns).toEqual({
      updates: [],
      appends: [kraCheckIn('2026-02-14', 'A1', 0.9, 0.85, true)],
    });
    expect(day2.kras).toEqual([
      {
        row: day2.kras[0].row,
        id: 'A1',
        meetsStandard: true,
        consistency: 0.5,
        health: 'Watch',
        explanation:
          'Actual 0.9 >= 0.85: meets the standard. Consistency: 1 of 2 recorded days in the last ' +
          '3 months met >= 0.85 = 0.50. Health: Watch, as consistency < 0.90.',
      },
    ]);
  });

  it('replaces the day on a second run the same day, with the same consistency', () => {
    const rerun = run([csat(0.9)], logAfterDay2, '2026-02-14');
    expect(rerun.checkIns).toEqual({
      updates: [{ index: 1, record: kraCheckIn('2026-02-14', 'A1', 0.9, 0.85, true) }],
      appends: [],
    });
    expect(rerun.kras[0]).toMatchObject({ meetsStandard: true, consistency: 0.5, health: 'Watch' });
  });

  it('lets a changed actual on a rerun replace the day it recorded', () => {
    const rerun = run([csat(0.7)], logAfterDay2, '2026-02-14');
    expect(rerun.checkIns.updates).toEqual([
      { index: 1, record: kraCheckIn('2026-02-14', 'A1', 0.7, 0.85, false) },
    ]);
    expect(rerun.kras[0]).toMatchObject({ meetsStandard: false, consistency: 0, health: 'Breach' });
  });
});

describe('consistency', () => {
  /** `count` days before 2026-02-14, the first `missed` of them missing the standard. */
  function history(count: number, missed: number): CheckIn[] {
    return Array.from({ length: count }, (_, i) => {
      const date = new Date(Date.UTC(2026, 1, 14 - count + i)).toISOString().slice(0, 10);
      return kraCheckIn(date, 'A1', i < missed ? 0.8 : 0.9, 0.85, i >= missed);
    });
  }

  it('is Healthy at 27 of 30 days', () => {
    const result = run([csat(0.9)], history(29, 3), '2026-02-14').kras[0];
    expect(result.consistency).toBe(0.9);
    expect(result.health).toBe('Healthy');
    expect(result.explanation).toBe(
      'Actual 0.9 >= 0.85: meets the standard. Consistency: 27 of 30 recorded days in the last ' +
        '3 months met >= 0.85 = 0.90. Health: Healthy, as consistency >= 0.90.',
    );
  });

  it('is Watch at 26 of 30 days, kept to 4 decimals', () => {
    const result = run([csat(0.9)], history(29, 4), '2026-02-14').kras[0];
    expect(result.consistency).toBe(0.8667);
    expect(result.health).toBe('Watch');
  });

  it('counts the days after addMonths(today, -3) for Quarterly or blank', () => {
    const log = [
      kraCheckIn('2025-11-14', 'A1', 0.8, 0.85, false),
      kraCheckIn('2025-11-15', 'A1', 0.9, 0.85, true),
    ];
    expect(run([csat(0.9)], log, '2026-02-14').kras[0].consistency).toBe(1);
  });

  it('counts 6 months for Semi-annual and 12 for Annual', () => {
    const log = [
      kraCheckIn('2025-02-14', 'A1', 0.8, 0.85, false),
      kraCheckIn('2025-02-15', 'A1', 0.8, 0.85, false),
      kraCheckIn('2025-08-15', 'A1', 0.8, 0.85, false),
    ];
    const semiAnnual = kra({ ...csat(0.9), reviewCadence: 'Semi-annual' });
    const annual = kra({ ...csat(0.9), reviewCadence: 'annual' });
    const [semi, year] = run([semiAnnual, annual], log, '2026-02-14').kras;
    expect(semi.consistency).toBe(0.5);
    expect(year.consistency).toBe(0.3333);
  });

  it('judges each day by the standard then in force, and ignores other IDs and kinds', () => {
    const log: CheckIn[] = [
      kraCheckIn('2026-02-12', 'A1', 0.8, 0.75, true),
      kraCheckIn('2026-02-13', 'A2', 0.1, 0.85, false),
      {
        ...kraCheckIn('2026-02-13', 'A1', 1, 0, false),
        kind: 'Key result',
        standard: null,
        met: null,
      },
    ];
    expect(run([csat(0.9)], log, '2026-02-14').kras[0].consistency).toBe(1);
  });
});

describe('comparators', () => {
  it.each([
    ['>=', '>='],
    ['≥', '>='],
    ['at least', '>='],
    [' AT  Least ', '>='],
    ['<=', '<='],
    ['≤', '<='],
    ['at most', '<='],
    ['At Most', '<='],
    ['< =', '<='],
  ])('reads %j as %s', (typed, comparator) => {
    expect(parseComparator(typed)).toBe(comparator);
  });

  it.each(['', '>', '=', 'about', 'constructor'])('reads %j as no comparator', (typed) => {
    expect(parseComparator(typed)).toBeNull();
  });

  it('judges at most and at least at the standard exactly', () => {
    const rows = [
      kra({ id: 'A1', comparator: 'at most', standard: 14, actual: 14 }),
      kra({ id: 'A2', comparator: '≤', standard: 14, actual: 15 }),
      kra({ id: 'A3', comparator: 'AT LEAST', standard: 0.85, actual: '85%' }),
      kra({ id: 'A4', comparator: '≥', standard: 0.85, actual: 0.84 }),
    ];
    const results = run(rows, [], '2026-02-14').kras.map((r) => [r.meetsStandard, r.health]);
    expect(results).toEqual([
      [true, 'Healthy'],
      [false, 'Breach'],
      [true, 'Healthy'],
      [false, 'Breach'],
    ]);
  });

  it('makes an unknown or blank comparator with an actual a problem; the row gets nulls', () => {
    const rows = [
      kra({ id: 'A1', comparator: 'about', standard: 5, actual: 4 }),
      kra({ id: 'A2', comparator: '', standard: 5, actual: 4 }),
      kra({ id: 'A3', comparator: '', standard: 5, actual: '' }),
    ];
    const result = run(rows, [], '2026-02-14');
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [rows[0].row, 'comparator'],
      [rows[1].row, 'comparator'],
    ]);
    expect(result.problems[0].message).toBe(
      'Expected a comparator (>=, <=, at least, at most), found "about".',
    );
    expect(result.kras.map((r) => [r.meetsStandard, r.consistency, r.health])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(result.checkIns).toEqual({ updates: [], appends: [] });
  });
});

describe('KRA cells', () => {
  it('reads standard and actual as typed, percent cells as fractions, in the locale', () => {
    const rows = [kra({ id: 'A1', comparator: '>=', standard: '85%', actual: '0,9' })];
    const result = run(rows, [], '2026-02-14', 'de_DE');
    expect(result.problems).toEqual([]);
    expect(result.checkIns.appends[0]).toMatchObject({ value: 0.9, standard: 0.85, met: true });
  });

  it('makes bad cells problems on their field, and the row gets nulls and no record', () => {
    const rows = [
      kra({ id: 'A1', comparator: '>=', standard: 0.85, actual: 'high' }),
      kra({ id: 'A2', comparator: '>=', standard: '#N/A', actual: 0.9 }),
      kra({ id: 'A3', comparator: '>=', actual: 0.9 }),
      kra({ id: 'A4', comparator: '>=', standard: 1, actual: 2, reviewCadence: 'Weekly' }),
    ];
    const result = run(rows, [], '2026-02-14');
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [rows[0].row, 'actual'],
      [rows[1].row, 'standard'],
      [rows[2].row, 'standard'],
      [rows[3].row, 'reviewCadence'],
    ]);
    expect(result.kras.every((r) => r.health === null && r.consistency === null)).toBe(true);
    expect(result.kras[0].explanation).toBe(`No health: ${result.problems[0].message}`);
    expect(result.checkIns.appends).toEqual([]);
  });

  it('reports a bad weight or Last review without taking the health away', () => {
    const rows = [kra({ ...csat(0.9), weight: 'lots', lastReview: 'soon' })];
    const result = run(rows, [], '2026-02-14');
    expect(result.problems.map((p) => p.field)).toEqual(['weight', 'lastReview']);
    expect(result.kras[0].health).toBe('Healthy');
  });

  it('records nothing for a blank actual and gives no health', () => {
    const log = [kraCheckIn('2026-02-13', 'A1', 0.9, 0.85, true)];
    const result = run([csat('')], log, '2026-02-14');
    expect(result.checkIns).toEqual({ updates: [], appends: [] });
    expect(result.kras[0]).toMatchObject({ meetsStandard: null, health: null, consistency: 1 });
    expect(run([csat('N/A')], [], '2026-02-14').kras[0]).toMatchObject({
      meetsStandard: null,
      consistency: null,
      health: null,
      explanation: 'No actual yet, so no health.',
    });
  });

  it('logs a duplicated ID once, from its first row', () => {
    const result = run([csat(0.9), csat(0.5)], [], '2026-02-14');
    expect(result.checkIns.appends).toEqual([kraCheckIn('2026-02-14', 'A1', 0.9, 0.85, true)]);
  });

  it('reads review cadences', () => {
    expect(
      ['', 'Quarterly', 'semi annual', 'Semi-Annual', 'Annual', 'x'].map(reviewMonths),
    ).toEqual([3, 3, 6, 6, 12, null]);
  });
});

describe('key result check-ins', () => {
  const log = [
    keyResultCheckIn('K1', '2026-02-01', 5),
    keyResultCheckIn('K1', '2026-02-10', 6),
    keyResultCheckIn('K2', '2026-02-10', 1),
  ];

  it('records a current only when it differs from the last recorded value', () => {
    const planned = planKeyResultCheckIns(
      [
        { id: 'K1', current: 6 },
        { id: 'K2', current: 2 },
        { id: 'K3', current: 0 },
        { id: 'K4', current: null },
        { id: '', current: 3 },
      ],
      log,
      '2026-02-14',
    );
    expect(planned).toEqual([
      keyResultCheckIn('K2', '2026-02-14', 2),
      keyResultCheckIn('K3', '2026-02-14', 0),
    ]);
  });

  it('records a current back at an older value', () => {
    expect(planKeyResultCheckIns([{ id: 'K1', current: 5 }], log, '2026-02-14')).toEqual([
      keyResultCheckIn('K1', '2026-02-14', 5),
    ]);
  });
});

describe('planning at scale', () => {
  it('plans 10,000 KRA rows and key results over 30 days of log quickly', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `A${i}`);
    const days = Array.from({ length: 30 }, (_, d) => `2026-01-${String(d + 1).padStart(2, '0')}`);
    const log = days.flatMap((date) => ids.map((id) => kraCheckIn(date, id, 0.9, 0.85, true)));
    const rows = ids.map((id) => kra({ id, comparator: '>=', standard: 0.85, actual: 0.9 }));
    const keyResults = ids.map((id, i) => ({ id, current: i }));

    const started = performance.now();
    const result = run(rows, log, '2026-01-30');
    planKeyResultCheckIns(keyResults, log, '2026-01-30');
    const elapsedMs = performance.now() - started;

    expect(result.checkIns.updates).toHaveLength(10_000);
    expect(result.kras[9_999].consistency).toBe(1);
    expect(elapsedMs).toBeLessThan(3_000);
  });
});
