// Every computed Progress, Score and Consistency cell carries a note with the rule and the
// arithmetic that gave it, in the sheet's own numbers (issue 8).

import { LocalWorkbook } from '../../src/local/runtime';
import { harness, typeRows } from '../helpers/bundle';

describe('notes that explain each computed number', () => {
  const h = harness(LocalWorkbook.create({ locale: 'en_US', timeZone: 'UTC' }), '2026-02-15');
  h.call('setUpSheets');
  typeRows(h, 'Objectives', [
    { ID: 'O1', Objective: 'Grow', Owner: 'Ana', Period: '2026-Q1', KRA: 'A1' },
  ]);
  typeRows(h, 'Key Results', [
    {
      ID: 'KR1',
      'Objective ID': 'O1',
      'Key result': 'Up',
      'Metric type': 'Increase to',
      Start: 0,
      Target: 100,
      Current: 40,
    },
    {
      ID: 'KR2',
      'Objective ID': 'O1',
      'Key result': 'Down',
      'Metric type': 'Decrease to',
      Start: 12,
      Target: 4,
      Current: 10,
    },
    {
      ID: 'KR3',
      'Objective ID': 'O1',
      'Key result': 'Floor',
      'Metric type': 'Stay at or above',
      Target: 0.85,
      Current: 0.8,
    },
    {
      ID: 'KR4',
      'Objective ID': 'O1',
      'Key result': 'Ceiling',
      'Metric type': 'Stay at or below',
      Target: 0.075,
      Current: 0.082,
    },
    {
      ID: 'KR5',
      'Objective ID': 'O1',
      'Key result': 'Ship',
      'Metric type': 'Milestone',
      Current: true,
    },
  ]);
  typeRows(h, 'KRAs', [
    {
      ID: 'A1',
      KRA: 'Support',
      Owner: 'Ana',
      Indicator: 'CSAT',
      Comparator: '>=',
      Standard: 0.85,
      Actual: 0.9,
    },
  ]);
  h.call('recalculateStatus');

  const notesOf = (sheet: string, column: string) => {
    const header = h.workbook.values(sheet)[0] as string[];
    const index = header.indexOf(column);
    return h.workbook
      .notes(sheet)
      .slice(1)
      .map((row) => row[index]);
  };

  it.each([
    [0, 'Increase to: (40 − 0) / (100 − 0) = 0.4'],
    [1, 'Decrease to: (12 − 10) / (12 − 4) = 0.25'],
    [2, 'Stay at or above: 0.8 / 0.85 = 0.94'],
    [3, 'Stay at or below: 0.075 / 0.082 = 0.91'],
    [4, 'Milestone: done = 1'],
  ])('key result %i explains its progress: %s', (index, rule) => {
    expect(notesOf('Key Results', 'Progress')[index]).toContain(rule);
    expect(notesOf('Key Results', 'Score')[index]).toContain(rule);
  });

  it('the objective explains its weighted mean', () => {
    expect(notesOf('Objectives', 'Score')[0]).toContain(
      'Weighted mean: (0.40×1 + 0.25×1 + 0.94×1 + 0.91×1 + 1.00×1) / 5 = 0.70',
    );
  });

  it('the KRA explains its consistency', () => {
    expect(notesOf('KRAs', 'Consistency')[0]).toBe(
      'Actual 0.9 >= 0.85: meets the standard. Consistency: 1 of 1 recorded days in the last 3 months met >= 0.85 = 1.00. Health: Healthy, as consistency >= 0.90.',
    );
  });
});
