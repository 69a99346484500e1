// Values as people type them, through the built bundle: each reads as the number meant, in the
// spreadsheet's locale, or becomes a problem on its row and column; never a silent 0 or NaN.

import { LocalWorkbook } from '../../src/local/runtime';
import type { Report } from '../../src/sheets/report';
import { TEMPLATE } from '../../src/sheets/template';
import { harness } from '../helpers/bundle';
import { appendRecords, type UserCell } from '../helpers/hostileCells';
import { callBundle } from '../helpers/workbookChecks';

type Column = 'Metric type' | 'Start' | 'Target' | 'Current' | 'Weight';

interface Case {
  typed: string;
  locale?: string;
  cells: Partial<Record<Column, UserCell>>;
  /** The raw progress meant, or the column whose cell is a problem. */
  expected: { progress: number } | { problem: Column };
}

const CASES: Case[] = [
  { typed: 'current 0.45', cells: { Target: 1, Current: '0.45' }, expected: { progress: 0.45 } },
  { typed: 'current "45%"', cells: { Target: 1, Current: '45%' }, expected: { progress: 0.45 } },
  {
    typed: 'percent start, target and current (case 9)',
    cells: { Start: '20%', Target: '80%', Current: '50%' },
    expected: { progress: 0.5 },
  },
  {
    typed: '"1,200" in en_US',
    cells: { Target: 2400, Current: '1,200' },
    expected: { progress: 0.5 },
  },
  {
    typed: '"5,9" in de_DE (case 19)',
    locale: 'de_DE',
    cells: { Target: 10, Current: '5,9' },
    expected: { progress: 0.59 },
  },
  {
    typed: '"1.200" in de_DE',
    locale: 'de_DE',
    cells: { Target: 2400, Current: '1.200' },
    expected: { progress: 0.5 },
  },
  {
    typed: '"5,9" in en_US',
    cells: { Target: 10, Current: '5,9' },
    expected: { problem: 'Current' },
  },
  { typed: '" 7 "', cells: { Target: 10, Current: ' 7 ' }, expected: { progress: 0.7 } },
  {
    typed: 'non-breaking spaces around 7',
    cells: { Target: 10, Current: '\u00a07\u00a0' },
    expected: { progress: 0.7 },
  },
  {
    typed: 'a tab and a line break',
    cells: { Target: 10, Current: '\t7\n' },
    expected: { progress: 0.7 },
  },
  { typed: 'a Unicode minus', cells: { Target: 10, Current: '−5' }, expected: { progress: -0.5 } },
  { typed: '"$3,000"', cells: { Target: 6000, Current: '$3,000' }, expected: { progress: 0.5 } },
  {
    typed: 'units (case 21)',
    cells: {
      'Metric type': 'Decrease to',
      Start: '120 days',
      Target: '19 days',
      Current: '93 days',
    },
    expected: { progress: 27 / 101 },
  },
  { typed: 'a blank current', cells: { Target: 10, Current: '' }, expected: { progress: 0 } },
  { typed: '"N/A" (case 22)', cells: { Target: 10, Current: 'N/A' }, expected: { progress: 0 } },
  { typed: '-0', cells: { Target: 10, Current: -0 }, expected: { progress: 0 } },
  {
    typed: '"Test123" (case 8)',
    cells: { Target: 10, Current: 'Test123' },
    expected: { problem: 'Current' },
  },
  { typed: '"10k"', cells: { Target: 10, Current: '10k' }, expected: { problem: 'Current' } },
  { typed: '"12h"', cells: { Target: 10, Current: '12h' }, expected: { problem: 'Current' } },
  {
    typed: 'an error value',
    cells: { Target: 10, Current: { error: '#N/A' } },
    expected: { problem: 'Current' },
  },
  {
    typed: 'the text "#DIV/0!"',
    cells: { Target: 10, Current: '#DIV/0!' },
    expected: { problem: 'Current' },
  },
  {
    typed: '"Loading..."',
    cells: { Target: 10, Current: 'Loading...' },
    expected: { problem: 'Current' },
  },
  {
    typed: 'a date for current',
    cells: { Target: 10, Current: new Date('2026-02-01T00:00:00Z') },
    expected: { problem: 'Current' },
  },
  {
    typed: 'TRUE for current',
    cells: { Target: 10, Current: true },
    expected: { problem: 'Current' },
  },
  {
    typed: 'a date for target',
    cells: { Target: new Date('2026-03-31T00:00:00Z'), Current: 5 },
    expected: { problem: 'Target' },
  },
  {
    typed: 'FALSE for start',
    cells: { Start: false, Target: 10, Current: 5 },
    expected: { problem: 'Start' },
  },
  {
    typed: 'TRUE for weight',
    cells: { Target: 10, Current: 5, Weight: true },
    expected: { problem: 'Weight' },
  },
  {
    typed: '"=1+1" for target',
    cells: { Target: '=1+1', Current: 5 },
    expected: { problem: 'Target' },
  },
  {
    typed: 'TRUE for a milestone',
    cells: { 'Metric type': 'Milestone', Current: true },
    expected: { progress: 1 },
  },
  {
    typed: '"50%" for a milestone',
    cells: { 'Metric type': 'Milestone', Current: '50%' },
    expected: { progress: 0.5 },
  },
  {
    typed: 'a date for a milestone',
    cells: { 'Metric type': 'Milestone', Current: new Date('2026-02-01T00:00:00Z') },
    expected: { problem: 'Current' },
  },
  {
    typed: 'numbers too far apart for arithmetic',
    cells: { Target: 5e-324, Current: Number.MAX_VALUE },
    expected: { problem: 'Current' },
  },
  {
    typed: 'numbers whose difference overflows',
    cells: { Start: -1e308, Target: 1e308, Current: 1e308 },
    expected: { problem: 'Current' },
  },
];

/** One workbook per locale with one key result per case, K1, K2, … on rows 2, 3, … */
function recalculated(locale: string, cases: Case[]): Report {
  const h = harness(LocalWorkbook.create({ locale, timeZone: 'UTC' }));
  callBundle(h.runtime, 'setUpSheets');
  appendRecords(h.workbook, TEMPLATE.objectives.name, [
    { ID: 'O1', Objective: 'Grow', Owner: 'Ana', Period: '2026-Q1' },
  ]);
  appendRecords(
    h.workbook,
    TEMPLATE.keyResults.name,
    cases.map((c, i) => ({
      ID: `K${i + 1}`,
      'Objective ID': 'O1',
      'Key result': c.typed,
      ...c.cells,
    })),
  );
  return callBundle<{ report: Report }>(h.runtime, 'recalculateStatus').report;
}

describe.each(['en_US', 'de_DE'])('values typed in a %s spreadsheet', (locale) => {
  const cases = CASES.filter((c) => (c.locale ?? 'en_US') === locale);
  const report = recalculated(locale, cases);

  it.each(cases.map((c, i) => [c.typed, c, i] as const))('%s', (_, c, i) => {
    const keyResult = report.keyResults.find((k) => k.id === `K${i + 1}`);
    const problems = report.problems.filter((p) => p.sheet === 'Key Results' && p.row === i + 2);

    if ('progress' in c.expected) {
      expect(problems).toEqual([]);
      expect(keyResult?.progress).toBeCloseTo(c.expected.progress, 10);
      expect(keyResult?.score).not.toBeNull();
    } else {
      expect(problems.map((p) => p.column)).toContain(c.expected.problem);
      expect(problems.every((p) => p.message.length > 0)).toBe(true);
      // A bad weight only leaves the key result out of its objective; any other bad cell takes
      // its progress, score and status away.
      if (c.expected.problem === 'Weight') expect(keyResult?.progress).toBe(0.5);
      else expect(keyResult).toMatchObject({ progress: null, score: null, status: null });
    }
  });
});

describe('case 8: letters in a number', () => {
  it('gives Test123 a problem on its row, no score, and leaves it out of its objective', () => {
    const report = recalculated('en_US', [
      { typed: 'good', cells: { Target: 10, Current: 5 }, expected: { progress: 0.5 } },
      { typed: 'bad', cells: { Target: 10, Current: 'Test123' }, expected: { problem: 'Current' } },
    ]);

    expect(report.problems).toContainEqual({
      sheet: 'Key Results',
      row: 3,
      column: 'Current',
      message: 'Expected a number, found "Test123".',
    });
    expect(report.keyResults.find((k) => k.id === 'K2')).toMatchObject({
      progress: null,
      score: null,
      status: null,
    });
    // Left out: the objective's score is the good key result's alone, not (0.5 + 0) / 2.
    expect(report.objectives.find((o) => o.id === 'O1')?.score).toBe(0.5);
  });
});

describe('weights at the limits of arithmetic', () => {
  it('still give the weighted mean, not a silent 0', () => {
    const report = recalculated('en_US', [
      { typed: 'a', cells: { Target: 10, Current: 5, Weight: 1e308 }, expected: { progress: 0.5 } },
      { typed: 'b', cells: { Target: 10, Current: 5, Weight: 1e308 }, expected: { progress: 0.5 } },
    ]);

    expect(report.problems).toEqual([]);
    expect(report.objectives.find((o) => o.id === 'O1')?.score).toBe(0.5);
  });
});
