// The History cells stand in for the Check-ins log: a workbook recalculated from them day after day
// must end up exactly as one whose every run reads the whole log (and rebuilds every History cell
// from it), cell for cell, on every sheet, through check-ins, second runs and edits.

import { createGlobals, type LocalWorkbook } from '../../src/local/runtime';
import { addDays } from '../../src/core/periods';
import { BUNDLE_DIR, cellsReadOn, harness, sampleHarness, type Harness } from '../helpers/bundle';

const FIRST_DAY = '2026-02-02';
const SHEETS = ['Objectives', 'Key Results', 'KRAs', 'Owners', 'Status', 'Check-ins'];

function api(workbook: LocalWorkbook) {
  const globals = createGlobals(workbook, { bundleDir: BUNDLE_DIR });
  return {
    book: (
      globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet(),
    properties: (
      globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties(),
  };
}

/** Sets a typed cell by header, as a person typing would. */
function type(
  workbook: LocalWorkbook,
  sheetName: string,
  row: number,
  header: string,
  value: unknown,
) {
  const sheet = api(workbook).book.getSheetByName(sheetName)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  sheet.getRange(row, headers.indexOf(header) + 1).setValue(value as string);
}

/** A small seeded generator, so that both workbooks get the same edits. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

interface Twin {
  /** Recalculates from the History cells. */
  kept: LocalWorkbook;
  /** Reads the whole log on every run. */
  rebuilt: LocalWorkbook;
}

function onBoth(twin: Twin, day: string, step: (h: Harness, rebuilding: boolean) => void) {
  for (const [workbook, rebuilding] of [
    [twin.kept, false],
    [twin.rebuilt, true],
  ] as const) {
    if (rebuilding) api(workbook).properties.deleteProperty('history:built');
    // One runtime at a time holds a workbook's document lock.
    const h = harness(workbook, day);
    step(h, rebuilding);
    h.runtime.dispose();
  }
}

describe('History cells against the whole Check-ins log', () => {
  const made = [sampleHarness(FIRST_DAY), sampleHarness(FIRST_DAY)];
  made.forEach((h) => h.runtime.dispose());
  const twin: Twin = { kept: made[0].workbook, rebuilt: made[1].workbook };
  const next = seeded(7);

  it.each(Array.from({ length: 18 }, (_, i) => addDays(FIRST_DAY, i)))(
    'leaves both workbooks the same on %s',
    (day) => {
      // The same edits on both: some currents and actuals change, one row gets a check-in.
      const krRow = 2 + Math.floor(next() * 10);
      const kraRow = 2 + Math.floor(next() * 8);
      const current = Math.round(next() * 100) / 100;
      const actual = Math.round(next() * 1000) / 1000;
      const checkIn = next() < 0.4;
      const secondRun = next() < 0.5;
      for (const workbook of [twin.kept, twin.rebuilt]) {
        type(workbook, 'Key Results', krRow, 'Current', current);
        type(workbook, 'KRAs', kraRow, 'Actual', actual);
      }

      onBoth(twin, day, (h) => h.call('recalculateStatus'));
      if (checkIn) {
        onBoth(twin, day, (h) => h.call('checkIn', { keyResultId: 'KR2', current: current + 1 }));
      }
      if (secondRun) onBoth(twin, day, (h) => h.call('recalculateStatus'));

      for (const sheet of SHEETS) {
        expect(twin.kept.values(sheet)).toEqual(twin.rebuilt.values(sheet));
      }
    },
  );

  it('reads far fewer cells from the History cells than from the whole log', () => {
    const day = addDays(FIRST_DAY, 18);
    const logBefore = twin.kept.values('Check-ins').length;
    const kept = cellsReadOn(twin.kept, day);
    const appended = twin.kept.values('Check-ins').length - logBefore;
    api(twin.rebuilt).properties.deleteProperty('history:built');
    const log = twin.rebuilt.values('Check-ins');
    const rebuilt = cellsReadOn(twin.rebuilt, day);
    // The rebuilding run reads the whole log (as it stood) besides what both read; the other
    // reads of the log only the rows the new records take.
    expect(log.length).toBeGreaterThan(150);
    expect(appended).toBe(8);
    expect(rebuilt - kept).toBe(log.length * 8 - appended * 8);
  });

  it('goes back to the whole log when a History cell was edited by hand', () => {
    const day = addDays(FIRST_DAY, 19);
    type(twin.kept, 'KRAs', 2, 'History', 'not a history');
    type(twin.rebuilt, 'KRAs', 2, 'History', 'not a history');
    onBoth(twin, day, (h) => h.call('recalculateStatus'));
    for (const sheet of SHEETS) expect(twin.kept.values(sheet)).toEqual(twin.rebuilt.values(sheet));
    expect(String(twin.kept.values('KRAs')[1].at(-1))).toMatch(/^d1\|/);
  });
});

describe('History cells when IDs are swapped between rows', () => {
  it('follow the ID, as the log does', () => {
    const made = [sampleHarness(FIRST_DAY), sampleHarness(FIRST_DAY)];
    made.forEach((h) => h.runtime.dispose());
    const twin: Twin = { kept: made[0].workbook, rebuilt: made[1].workbook };
    onBoth(twin, FIRST_DAY, (h) => h.call('recalculateStatus'));

    const rows = (workbook: LocalWorkbook, sheet: string) =>
      workbook.values(sheet).map((row) => String(row[0]));
    for (const workbook of [twin.kept, twin.rebuilt]) {
      const [kra2, kra3] = [rows(workbook, 'KRAs')[1], rows(workbook, 'KRAs')[2]];
      type(workbook, 'KRAs', 2, 'ID', kra3);
      type(workbook, 'KRAs', 3, 'ID', kra2);
      const [kr1, kr2] = [rows(workbook, 'Key Results')[1], rows(workbook, 'Key Results')[2]];
      type(workbook, 'Key Results', 2, 'ID', kr2);
      type(workbook, 'Key Results', 3, 'ID', kr1);
    }
    onBoth(twin, addDays(FIRST_DAY, 1), (h) => h.call('recalculateStatus'));
    onBoth(twin, addDays(FIRST_DAY, 2), (h) => h.call('recalculateStatus'));
    for (const sheet of SHEETS) expect(twin.kept.values(sheet)).toEqual(twin.rebuilt.values(sheet));
  });
});

describe('History cells against the whole log when rows, IDs and the clock move', () => {
  function twinOf(day: string): Twin {
    const made = [sampleHarness(day), sampleHarness(day)];
    made.forEach((h) => h.runtime.dispose());
    const twin = { kept: made[0].workbook, rebuilt: made[1].workbook };
    onBoth(twin, day, (h) => h.call('recalculateStatus'));
    return twin;
  }
  const edit = (twin: Twin, change: (book: GoogleAppsScript.Spreadsheet.Spreadsheet) => void) =>
    [twin.kept, twin.rebuilt].forEach((workbook) => change(api(workbook).book));
  const expectSame = (twin: Twin) => {
    for (const sheet of SHEETS) expect(twin.kept.values(sheet)).toEqual(twin.rebuilt.values(sheet));
  };

  it('a day earlier than the last run, then later days again', () => {
    const twin = twinOf('2026-02-14');
    for (const day of ['2026-02-16', '2026-02-15', '2026-02-07', '2026-02-17', '2026-02-16']) {
      onBoth(twin, day, (h) => h.call('recalculateStatus'));
      expectSame(twin);
    }
  });

  it('an ID retyped to a new one and back, and a key result row deleted and typed again', () => {
    const twin = twinOf('2026-02-14');
    edit(twin, (book) => book.getSheetByName('KRAs')!.getRange('A2').setValue('A9'));
    onBoth(twin, '2026-02-15', (h) => h.call('recalculateStatus'));
    edit(twin, (book) => book.getSheetByName('KRAs')!.getRange('A2').setValue('A1'));
    onBoth(twin, '2026-02-16', (h) => h.call('recalculateStatus'));
    expectSame(twin);

    let typed: unknown[] = [];
    edit(twin, (book) => {
      const sheet = book.getSheetByName('Key Results')!;
      const current = sheet
        .getRange(1, 1, 1, sheet.getLastColumn())
        .getValues()[0]
        .indexOf('Current');
      typed = sheet.getRange(2, 1, 1, current + 1).getValues()[0];
      sheet.deleteRow(2);
    });
    onBoth(twin, '2026-02-17', (h) => h.call('recalculateStatus'));
    edit(twin, (book) => {
      const sheet = book.getSheetByName('Key Results')!;
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, typed.length).setValues([typed as string[]]);
    });
    onBoth(twin, '2026-02-18', (h) => h.call('recalculateStatus'));
    expectSame(twin);
  });

  it("a KRA row's Actual and History cell cleared together, and a key result's Current and History", () => {
    const twin = twinOf('2026-02-14');
    onBoth(twin, '2026-02-15', (h) => h.call('recalculateStatus'));
    edit(twin, (book) => {
      for (const [name, typedHeader] of [
        ['KRAs', 'Actual'],
        ['Key Results', 'Current'],
      ]) {
        const sheet = book.getSheetByName(name)!;
        const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
        sheet.getRange(2, headers.indexOf(typedHeader) + 1).clearContent();
        sheet.getRange(2, headers.indexOf('History') + 1).clearContent();
      }
    });
    onBoth(twin, '2026-02-16', (h) => h.call('recalculateStatus'));
    expectSame(twin);
    // Counted from the whole log, as the twin that always reads it counts it.
    const [headers, a1] = twin.kept.values('KRAs');
    expect(a1[0]).toBe('A1');
    expect(typeof a1[headers.indexOf('Consistency')]).toBe('number');
  });

  it('History cells cleared by hand', () => {
    const twin = twinOf('2026-02-14');
    edit(twin, (book) => {
      for (const name of ['KRAs', 'Key Results']) {
        const sheet = book.getSheetByName(name)!;
        sheet.getRange(2, sheet.getLastColumn(), sheet.getLastRow() - 1, 1).clearContent();
      }
    });
    onBoth(twin, '2026-02-15', (h) => h.call('recalculateStatus'));
    expectSame(twin);
  });
});

describe('The Status sheet written the fast way', () => {
  it('is cleared whole, as it was with clearContents, even after rows were inserted at its top', () => {
    const h = sampleHarness(FIRST_DAY);
    h.call('recalculateStatus');
    h.runtime.dispose();
    const status = api(h.workbook).book.getSheetByName('Status')!;
    status.insertRowsBefore(1, 3);
    status.getRange(60, 2).setValue('typed below the dashboard');

    const later = harness(h.workbook, addDays(FIRST_DAY, 1));
    later.runtime.resetStats();
    later.call('recalculateStatus');
    const values = h.workbook.values('Status').map((row) => row.map(String));
    expect(values.filter((row) => row[0].startsWith('Problems ('))).toHaveLength(1);
    expect(values.flat()).not.toContain('typed below the dashboard');
    expect(values[0][0]).toMatch(/rebuilt/);
  });
});

describe('Set up sheets on a workbook from before History cells', () => {
  it("takes the earlier Check-ins banner as the add-on's own and writes the new one", () => {
    const h = sampleHarness(FIRST_DAY);
    const log = api(h.workbook).book.getSheetByName('Check-ins')!;
    const earlier =
      'Kept by OKR & KRA Tracker: one row per recorded value. Please do not edit; KRA consistency is computed from this log.';
    log.getRange(1, 1).setValue(earlier);

    const result = h.call<{ message: string }>('setUpSheets');
    expect(result.message).toBe(
      'Your sheets were already set up; nothing was added. The next recalculation reads the whole Check-ins log again.',
    );
    expect(log.getRange(1, 1).getValue()).toBe(
      'Kept by OKR & KRA Tracker: one row per recorded value, the journal of what was recorded when. Please do not edit: the add-on counts from the hidden History cells, rebuilt from this log by Set up sheets.',
    );
    h.runtime.dispose();
  });

  it('adds History beside the computed columns, hidden, and the next run fills it from the log', () => {
    const h = sampleHarness(FIRST_DAY);
    h.call('recalculateStatus');
    const { book } = api(h.workbook);
    const sheet = book.getSheetByName('KRAs')!;
    const historyColumn = sheet.getLastColumn();
    expect(sheet.getRange(1, historyColumn).getValue()).toBe('History');
    expect(sheet.getRange(1, historyColumn - 1).getValue()).toBe('Health');
    expect(sheet.isColumnHiddenByUser(historyColumn)).toBe(true);

    // An older workbook: the column deleted, as if it had never been there.
    sheet.deleteColumn(historyColumn);
    h.runtime.dispose();
    const later = harness(h.workbook, addDays(FIRST_DAY, 1));
    later.call('recalculateStatus');
    const withoutHistory = h.workbook.values('KRAs').map((row) => row.slice(0, historyColumn - 1));

    later.call('setUpSheets');
    expect(sheet.getRange(1, historyColumn).getValue()).toBe('History');
    later.call('recalculateStatus');
    expect(h.workbook.values('KRAs').map((row) => row.slice(0, historyColumn - 1))).toEqual(
      withoutHistory,
    );
    expect(String(h.workbook.values('KRAs')[1][historyColumn - 1])).toMatch(/^d1\|/);
  });
});
