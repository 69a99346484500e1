// Check-ins and Start next period through the bundle in the local runtime, on the sample team.

import { idSequence } from '../../src/sheets/nextPeriod';
import { TEMPLATE } from '../../src/sheets/template';
import { LocalWorkbook } from '../../src/local/runtime';
import { harness, records, sampleHarness, type Harness } from '../helpers/bundle';

type Sheet = Record<string, unknown>[];
type Copied = { copied: { from: string; to: string }[] };

const TYPED_SHEETS = [TEMPLATE.objectives, TEMPLATE.keyResults, TEMPLATE.kras, TEMPLATE.owners];
const CHECK_INS_HEADER_ROW = TEMPLATE.checkIns.headerRow;

/** Every typed cell of every sheet, by sheet name, row and header. */
function typedCells(h: Harness): Record<string, Sheet> {
  return Object.fromEntries(
    TYPED_SHEETS.map((spec) => {
      const typed = spec.columns.filter((c) => !c.computed).map((c) => c.header);
      const rows = records(h.workbook, spec.name).map((row) =>
        Object.fromEntries(typed.map((header) => [header, row[header]])),
      );
      return [spec.name, rows];
    }),
  );
}

function checkIns(h: Harness): Sheet {
  return records(h.workbook, TEMPLATE.checkIns.name, CHECK_INS_HEADER_ROW);
}

function row(sheet: Sheet, id: string): Record<string, unknown> {
  const found = sheet.find((r) => r.ID === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

/** A Date cell's calendar day (the tests run in UTC). */
function dayOf(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

describe('checkIn', () => {
  it('writes only the Current, Confidence and Last check-in of that key result', () => {
    const h = sampleHarness('2026-02-14');
    h.call('recalculateStatus');
    const before = typedCells(h);
    const logBefore = checkIns(h);

    const result = h.call<{ message: string }>('checkIn', {
      keyResultId: 'KR2',
      current: 0.9,
      confidence: 8,
      note: 'Survey results are in',
    });

    expect(result.message).toMatch(
      /^Checked in KR2 at 0\.9; recalculated 5 objectives, 12 key results and 8 KRA rows: 0 problems, \d+ warnings\.$/,
    );
    const after = typedCells(h);
    const kr2Before = row(before['Key Results'], 'KR2');
    const kr2After = row(after['Key Results'], 'KR2');
    expect({ ...kr2After, 'Last check-in': dayOf(kr2After['Last check-in']) }).toEqual({
      ...kr2Before,
      Current: 0.9,
      Confidence: 8,
      'Last check-in': '2026-02-14',
    });
    const others = (sheets: Record<string, Sheet>) => ({
      ...sheets,
      'Key Results': sheets['Key Results'].filter((r) => r.ID !== 'KR2'),
    });
    expect(others(after)).toEqual(others(before));

    const logAfter = checkIns(h);
    expect(logAfter.slice(0, logBefore.length)).toEqual(logBefore);
    expect(logAfter.slice(logBefore.length).map((r) => ({ ...r, Date: dayOf(r.Date) }))).toEqual([
      {
        Date: '2026-02-14',
        Kind: 'Key result',
        ID: 'KR2',
        Value: 0.9,
        Standard: '',
        Met: '',
        Confidence: 8,
        Note: 'Survey results are in',
      },
    ]);

    // The recalculation ran on the checked-in data: running it again finds the same.
    const again = h.call<{ message: string }>('recalculateStatus').message;
    expect(result.message).toBe(`Checked in KR2 at 0.9; r${again.slice(1)}`);
    expect(checkIns(h)).toEqual(logAfter);
  });

  it('reads typed text in the spreadsheet locale', () => {
    const h = harness(LocalWorkbook.create({ locale: 'de_DE', timeZone: 'Europe/Berlin' }));
    h.call('setUpSheets');
    h.call('addSampleTeam');

    const result = h.call<{ message: string }>('checkIn', { keyResultId: 'KR1', current: '8,5' });

    expect(result.message).toMatch(/^Checked in KR1 at 8,5; recalculated /);
    expect(row(records(h.workbook, 'Key Results'), 'KR1').Current).toBe('8,5');
    const kr1 = checkIns(h).filter((r) => r.ID === 'KR1');
    expect(kr1[kr1.length - 1]).toMatchObject({ Kind: 'Key result', Value: 8.5 });
  });

  it('records the check-in once, even when the recalculation after it records the rest', () => {
    const h = sampleHarness('2026-02-14');

    h.call('checkIn', { keyResultId: 'KR8', current: '$150,000' });

    const kr8 = checkIns(h).filter((r) => r.ID === 'KR8');
    expect(kr8.map((r) => [dayOf(r.Date), r.Kind, r.Value, r.Confidence, r.Note])).toEqual([
      ['2026-02-14', 'Key result', 150000, '', ''],
    ]);
    // Text stays the text the person typed; the core reads it in the locale.
    expect(row(records(h.workbook, 'Key Results'), 'KR8')).toMatchObject({
      Current: '$150,000',
      Confidence: 4,
      Score: 0.3,
    });
    expect(checkIns(h).filter((r) => r.ID === 'KR2')).toHaveLength(1);
  });

  it('refuses an unknown ID and a value that is not a number, writing nothing', () => {
    const h = sampleHarness('2026-02-14');
    const before = h.workbook.sheetNames().map((name) => h.workbook.values(name));

    expect(() => h.call('checkIn', { keyResultId: 'KR99', current: 3 })).toThrow(
      'There is no key result with the ID "KR99".',
    );
    expect(() => h.call('checkIn', { keyResultId: 'KR1', current: '10k' })).toThrow(
      'The current value "10k" is not a number in en_US; enter a number such as 7, 45% or 1200.',
    );
    expect(() => h.call('checkIn', { keyResultId: 'KR1', current: 'N/A' })).toThrow(
      'The current value "N/A" counts as blank; enter a number such as 7, 45% or 1200.',
    );
    expect(() => h.call('checkIn', { keyResultId: 'KR1', current: 5, confidence: 11 })).toThrow(
      /^Invalid argument for checkIn \(confidence\)/,
    );
    expect(h.workbook.sheetNames().map((name) => h.workbook.values(name))).toEqual(before);
  });
});

describe('startNextPeriod from 2026-Q1 to 2026-Q2, on 2026-02-14', () => {
  const h = sampleHarness('2026-02-14');
  // O5 reaches both targets: Achieved, so it stays behind.
  h.call('checkIn', { keyResultId: 'KR11', current: 4 });
  h.call('checkIn', { keyResultId: 'KR12', current: 50 });
  const objectivesBefore = h.workbook.values('Objectives');
  const keyResultsBefore = h.workbook.values('Key Results');

  const first = h.call<Copied>('startNextPeriod', { from: '2026-Q1', to: '2026-Q2' });
  const objectivesAfter = h.workbook.values('Objectives');
  const keyResultsAfter = h.workbook.values('Key Results');

  it('carries the unfinished aspirational objectives, not the committed or achieved ones', () => {
    expect(first.copied).toEqual([
      { from: 'O1', to: 'O6' },
      { from: 'O2', to: 'O7' },
      { from: 'O4', to: 'O8' },
    ]);
  });

  it('appends the objectives in the next period, computed columns blank', () => {
    expect(objectivesAfter.slice(0, objectivesBefore.length)).toEqual(objectivesBefore);
    expect(records(h.workbook, 'Objectives').slice(objectivesBefore.length - 1)).toEqual([
      objectiveRow('O6', 'Delight customers with faster support', 'Ana Silva', 'A1', 'O1'),
      objectiveRow('O7', 'Make onboarding effortless', 'Raj Patel', '', 'O2'),
      objectiveRow('O8', 'Grow the enterprise pipeline', 'Tom Berg', 'A8', 'O4'),
    ]);
  });

  it('copies the key results, each starting at the old current', () => {
    expect(keyResultsAfter.slice(0, keyResultsBefore.length)).toEqual(keyResultsBefore);
    const added = records(h.workbook, 'Key Results').slice(keyResultsBefore.length - 1);
    expect(
      added.map((r) => [r.ID, r['Objective ID'], r['Metric type'], r.Start, r.Target, r.Current]),
    ).toEqual([
      ['KR13', 'O6', 'Decrease to', 9, 4, ''],
      ['KR14', 'O6', 'Increase to', 0.86, 0.92, ''],
      ['KR15', 'O6', 'Milestone', '', '', ''],
      ['KR16', 'O7', 'Increase to', 0.41, 0.55, ''],
      ['KR17', 'O7', 'Decrease to', '5 days', '2 days', ''],
      ['KR18', 'O8', 'Increase to', '$120,000', 500000, ''],
      ['KR19', 'O8', 'Increase to', 0, 3, ''],
      ['KR20', 'O8', 'Stay at or above', 280000, 300000, ''],
    ]);
    expect(added[0]).toMatchObject({
      'Key result': 'Cut first response time from 12 h to 4 h',
      Owner: '',
      Weight: 2,
      Confidence: '',
      'Last check-in': '',
      Progress: '',
      Status: '',
      Notes: 'Carried over from KR1',
    });
  });

  it('copies nothing the second time', () => {
    expect(h.call<Copied>('startNextPeriod', { from: 'Q1 2026', to: '2026 Q2' })).toEqual({
      copied: [],
    });
    expect(h.workbook.values('Objectives')).toEqual(objectivesAfter);
    expect(h.workbook.values('Key Results')).toEqual(keyResultsAfter);
  });

  it('refuses a period it cannot read, the same period twice, and a period that is not later', () => {
    expect(() => h.call('startNextPeriod', { from: '2026-Q5', to: '2026-Q2' })).toThrow(
      '"2026-Q5" is not a period; write it as 2026-Q1, 2026-H1 or 2026.',
    );
    expect(() => h.call('startNextPeriod', { from: '2026-Q1', to: 'next' })).toThrow(
      '"next" is not a period; write it as 2026-Q1, 2026-H1 or 2026.',
    );
    expect(() => h.call('startNextPeriod', { from: '2026-Q1', to: 'Q1 2026' })).toThrow(
      'The next period must start after 2026-Q1 ends; 2026-Q1 does not.',
    );
    expect(() => h.call('startNextPeriod', { from: '2026-Q1', to: '2025-Q4' })).toThrow(
      'The next period must start after 2026-Q1 ends; 2025-Q4 does not.',
    );
    expect(() => h.call('startNextPeriod', { from: '2026-Q1', to: '2026' })).toThrow(
      'The next period must start after 2026-Q1 ends; 2026 does not.',
    );
    expect(() => h.call('startNextPeriod', { from: '2026-Q1' })).toThrow(
      /^Invalid argument for startNextPeriod \(to\)/,
    );
  });
});

describe('Start next period from the menu', () => {
  it('carries the current quarter into the next and lists what it copied', () => {
    const h = sampleHarness('2026-02-14');

    const result = h.call<Copied>('startNextPeriodFromMenu');

    expect(result.copied.map((c) => `${c.from}→${c.to}`)).toEqual([
      'O1→O6',
      'O2→O7',
      'O4→O8',
      'O5→O9',
    ]);
    const dialog = h.runtime.ui.dialogs[h.runtime.ui.dialogs.length - 1];
    expect(dialog.title).toBe('Start next period');
    expect(dialog.html).toContain('Carried 4 aspirational objectives from 2026-Q1 into 2026-Q2');
    expect(dialog.html).toContain('<li>O5 → O9</li>');
  });
});

describe('idSequence', () => {
  it.each([
    [['O1', 'O12', 'O3'], 'O', ['O13', 'O14']],
    [['KR-007', 'KR-010', 'X1'], 'KR', ['KR-011', 'KR-012']],
    [['O9', 'O10', 'O10a', 'Objective 2'], 'O', ['O11', 'O12']],
    [[], 'O', ['O1', 'O2']],
    [['Launch', ''], 'KR', ['KR1', 'KR2']],
  ])('after %j gives the next IDs', (ids, fallback, expected) => {
    const next = idSequence(ids, fallback);
    expect([next(), next()]).toEqual(expected);
  });
});

function objectiveRow(id: string, objective: string, owner: string, kra: string, from: string) {
  return {
    ID: id,
    Objective: objective,
    Owner: owner,
    Period: '2026-Q2',
    Type: 'Aspirational',
    KRA: kra,
    Parent: '',
    Score: '',
    Status: '',
    Forecast: '',
    Notes: `Carried over from ${from}`,
  };
}
