// What a recalculation writes, and what it leaves alone: computed blocks only where they changed,
// notes only where their explanation changed, the Check-ins log through its kept end without ever
// writing over a row someone typed, and the time zone and locale the sidebar sent.

import { createGlobals, type LocalWorkbook } from '../../src/local/runtime';
import {
  BUNDLE_DIR,
  cellsReadOn,
  harness,
  records,
  sampleHarness,
  type Harness,
} from '../helpers/bundle';

const TODAY = '2026-02-14';
const TOMORROW = '2026-02-15';

function book(workbook: LocalWorkbook): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const app = createGlobals(workbook, { bundleDir: BUNDLE_DIR })
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet();
}

/** The 1-based column of a header on a sheet. */
function columnOf(workbook: LocalWorkbook, sheetName: string, header: string): number {
  const sheet = book(workbook).getSheetByName(sheetName)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  return headers.indexOf(header) + 1;
}

function cell(workbook: LocalWorkbook, sheetName: string, row: number, header: string) {
  return book(workbook)
    .getSheetByName(sheetName)!
    .getRange(row, columnOf(workbook, sheetName, header));
}

/** A recalculated sample, then a runtime for another day (one runtime holds the lock at a time). */
function recalculatedSample(): Harness {
  const h = sampleHarness(TODAY);
  h.call('recalculateStatus');
  h.runtime.dispose();
  return harness(h.workbook, TODAY);
}

function counted(h: Harness, ...args: unknown[]) {
  h.runtime.resetStats();
  h.call('recalculateStatus', ...args);
  return { ...h.runtime.stats };
}

describe('A second click with nothing typed in between', () => {
  it('writes the Status sheet and nothing else', () => {
    const h = recalculatedSample();
    const statusRows = book(h.workbook).getSheetByName('Status')!.getMaxRows();
    const before = JSON.stringify(
      ['Objectives', 'Key Results', 'KRAs', 'Owners', 'Check-ins'].map((s) => h.workbook.values(s)),
    );

    const stats = counted(h);

    expect(stats.cellsWritten).toBe(statusRows * 10);
    expect(
      JSON.stringify(
        ['Objectives', 'Key Results', 'KRAs', 'Owners', 'Check-ins'].map((s) =>
          h.workbook.values(s),
        ),
      ),
    ).toBe(before);
    h.runtime.dispose();
  });

  it('writes a key result block again once a current was typed, and only what it changes', () => {
    const h = recalculatedSample();
    cell(h.workbook, 'Key Results', 2, 'Current').setValue(8);

    const stats = counted(h);

    expect(records(h.workbook, 'Key Results')[0].Progress).toBe(0.5);
    // The spreadsheet, its time zone and locale; four sheets read; the log's range read; the
    // Status range; the key results' and objectives' blocks (range, values, notes) and the
    // owners' (range, values); the log and Status written; flush and toast. The KRAs' block is
    // unchanged and not written.
    expect(stats.serviceCalls).toBe(3 + 8 + 2 + 1 + 3 + 3 + 2 + 1 + 1 + 2);
    h.runtime.dispose();
  });
});

describe('Notes on computed cells', () => {
  it('are written again when their explanation changes, or after Set up sheets', () => {
    const h = recalculatedSample();
    const progress = () => cell(h.workbook, 'Key Results', 2, 'Progress');
    const note = progress().getNote();
    expect(note).toMatch(/^Decrease to: \(12 − 9\) \/ \(12 − 4\) = 0\.38;/);

    // Removed by hand: the add-on does not read notes back, so it stays removed while unchanged.
    progress().setNote('');
    h.call('recalculateStatus');
    expect(progress().getNote()).toBe('');

    h.call('setUpSheets');
    h.call('recalculateStatus');
    expect(progress().getNote()).toBe(note);

    progress().setNote('');
    cell(h.workbook, 'Key Results', 2, 'Current').setValue(8);
    h.call('recalculateStatus');
    expect(progress().getNote()).toMatch(/^Decrease to: \(12 − 8\) \/ \(12 − 4\) = 0\.5/);
    h.runtime.dispose();
  });
});

describe('Notes of rows deleted and typed again', () => {
  it('are written again the same day, though the explanations are the same as before', () => {
    const h = recalculatedSample();
    const sheet = book(h.workbook).getSheetByName('Objectives')!;
    const last = sheet.getLastRow();
    const score = () => cell(h.workbook, 'Objectives', last, 'Score');
    const note = score().getNote();
    expect(note).toMatch(/^Weighted mean: /);

    const typed = sheet.getRange(last, 1, 1, 6).getValues();
    sheet.deleteRow(last);
    sheet.getRange(last, 1, 1, 6).setValues(typed);
    expect(score().getNote()).toBe('');
    h.call('recalculateStatus');

    expect(score().getNote()).toBe(note);
    h.runtime.dispose();
  });
});

describe('Notes of a block that moved away and back', () => {
  it('are written again, not taken for the notes written before the move', () => {
    const h = recalculatedSample();
    const sheet = book(h.workbook).getSheetByName('Key Results')!;
    const current = () => cell(h.workbook, 'Key Results', 2, 'Current');
    const progress = () => cell(h.workbook, 'Key Results', 2, 'Progress');

    sheet.insertColumnBefore(1);
    current().setValue(12);
    h.call('recalculateStatus');
    expect(progress().getNote()).toMatch(/^Decrease to: \(12 − 12\) \/ \(12 − 4\) = 0\.00;/);

    sheet.deleteColumn(1);
    current().setValue(9);
    h.call('recalculateStatus');
    expect(progress().getNote()).toMatch(/^Decrease to: \(12 − 9\) \/ \(12 − 4\) = 0\.38;/);
    h.runtime.dispose();
  });
});

describe('The Check-ins log through its kept end', () => {
  function logNextDay(change: (log: GoogleAppsScript.Spreadsheet.Sheet) => void) {
    const h = recalculatedSample();
    h.runtime.dispose();
    const log = book(h.workbook).getSheetByName('Check-ins')!;
    const endBefore = log.getLastRow();
    change(log);
    const later = harness(h.workbook, TOMORROW);
    later.call('recalculateStatus');
    later.runtime.dispose();
    return { log, endBefore, rows: h.workbook.values('Check-ins') as unknown[][] };
  }

  it('leaves a row typed below the last record as it was, and logs below it', () => {
    const typed = ['2026-02-14', 'KRA', 'typed by hand', 1, '', '', '', 'mine'];
    const { endBefore, rows } = logNextDay((log) =>
      log.getRange(log.getLastRow() + 1, 1, 1, 8).setValues([typed]),
    );

    expect(rows[endBefore].slice(1)).toEqual(typed.slice(1));
    const tomorrows = rows.slice(endBefore + 1).filter((r) => r[1] === 'KRA');
    expect(tomorrows.length).toBeGreaterThan(0);
    expect(rows.length).toBe(endBefore + 1 + tomorrows.length);
  });

  it('inserts spare rows once, not on every run through the sheet (a workbook without History)', () => {
    const h = recalculatedSample();
    const kras = book(h.workbook).getSheetByName('KRAs')!;
    kras.deleteColumn(columnOf(h.workbook, 'KRAs', 'History'));
    h.runtime.dispose();
    const log = book(h.workbook).getSheetByName('Check-ins')!;

    const sizes: number[][] = [];
    for (const day of ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18']) {
      const later = harness(h.workbook, day);
      later.call('recalculateStatus');
      later.runtime.dispose();
      sizes.push([log.getLastRow(), log.getMaxRows()]);
    }

    // Eight KRA records a day; the sheet grows only when they outgrow its rows.
    const lastRows = sizes.map(([lastRow]) => lastRow);
    expect(lastRows.slice(1).map((n, i) => n - lastRows[i])).toEqual([8, 8, 8]);
    expect(new Set(sizes.map(([, maxRows]) => maxRows)).size).toBe(1);
  });

  it('finds the end again when the spare rows below the log were deleted', () => {
    const { endBefore, rows, log } = logNextDay((sheet) =>
      sheet.deleteRows(sheet.getLastRow() + 1, sheet.getMaxRows() - sheet.getLastRow()),
    );

    expect(rows.length).toBeGreaterThan(endBefore);
    expect(rows.slice(endBefore).every((r) => r[1] === 'KRA')).toBe(true);
    expect(log.getMaxRows()).toBeGreaterThan(log.getLastRow());
  });

  it('leaves a blank row where the last record was deleted by hand, and logs below it', () => {
    const { endBefore, rows } = logNextDay((log) => log.deleteRow(log.getLastRow()));

    expect(rows[endBefore - 2][1]).toBe('KRA');
    expect(rows[endBefore - 1].every((c) => c === '')).toBe(true);
    expect(rows.slice(endBefore).every((r) => r[0] !== '' && r[1] === 'KRA')).toBe(true);
  });

  it('keeps a formula typed in the last record: the row is neither read nor written', () => {
    const { endBefore, log } = logNextDay((sheet) =>
      sheet.getRange(sheet.getLastRow(), 8).setFormula('=1+1'),
    );

    expect(log.getRange(endBefore, 8).getFormula()).toBe('=1+1');
  });

  it('leaves a row typed further down where it is, and fills the blank rows above it', () => {
    const typed = ['typed by hand', 'x', 'y'];
    let typedRow = 0;
    const { endBefore, rows } = logNextDay((log) => {
      typedRow = log.getLastRow() + 20;
      log.getRange(typedRow, 1, 1, 3).setValues([typed]);
    });

    expect(rows[typedRow - 1].slice(0, 3)).toEqual(typed);
    const added = rows.slice(endBefore, typedRow - 1).filter((r) => r[1] === 'KRA').length;
    expect(added).toBeGreaterThan(0);
    expect(rows.slice(endBefore, endBefore + added).every((r) => r[1] === 'KRA')).toBe(true);
  });

  it('leaves a comment typed beside the log, right of its columns, as it was', () => {
    let row = 0;
    const { rows } = logNextDay((log) => {
      row = log.getLastRow() + 1;
      log.getRange(row, 10).setValue('my comment');
    });

    expect(rows[row - 1][9]).toBe('my comment');
    expect(rows[row - 1][1]).toBe('KRA');
  });
});

describe('Recalculate from the sidebar', () => {
  it('makes neither the toast nor the two calls for the time zone and locale', () => {
    const h = recalculatedSample();
    const menu = counted(h);
    expect(h.runtime.ui.toasts).toHaveLength(1);

    const sidebar = counted(h, { fromSidebar: true, zone: { timeZone: 'UTC', locale: 'en_US' } });

    expect(h.runtime.ui.toasts).toHaveLength(1);
    expect(menu.serviceCalls - sidebar.serviceCalls).toBe(3);
    h.runtime.dispose();
  });

  it('takes "today" in the time zone it sends', () => {
    const h = recalculatedSample();
    // 12:00 UTC is already the next day in Kiritimati (UTC+14).
    h.call('recalculateStatus', {
      fromSidebar: true,
      zone: { timeZone: 'Pacific/Kiritimati', locale: 'en_US' },
    });

    expect(String(h.workbook.values('Status')[1][1])).toBe('2026-02-15 02:00');
    h.runtime.dispose();
  });

  it('reads the zone from the spreadsheet when the one sent is not a real one', () => {
    const h = recalculatedSample();
    h.call('recalculateStatus', {
      fromSidebar: true,
      zone: { timeZone: 'Mars/Olympus', locale: 'en_US' },
    });

    expect(String(h.workbook.values('Status')[1][1])).toBe('2026-02-14 12:00');
    expect(h.runtime.ui.toasts).toHaveLength(0);
    h.runtime.dispose();
  });
});

describe('Reading the Check-ins log whole stays a one-off', () => {
  /** Cells read by recalculations on the following days, each its own runtime. */
  const readsOn = (workbook: LocalWorkbook, days: string[]) =>
    days.map((day) => cellsReadOn(workbook, day));

  it('with a section heading merged across a KRAs row, whose History cell cannot hold a value', () => {
    const h = recalculatedSample();
    h.runtime.dispose();
    const kras = book(h.workbook).getSheetByName('KRAs')!;
    const row = kras.getLastRow() + 1;
    kras.getRange(row, 1).setValue('Sales');
    kras.getRange(row, 1, 1, kras.getLastColumn()).merge();

    const reads = readsOn(h.workbook, ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18']);

    // The first reads the whole log (a new ID); then each reads the same: its eight new rows.
    expect(reads[0]).toBeGreaterThan(reads[1] + 8 * 8 * 3);
    expect(reads.slice(2)).toEqual([reads[1], reads[1]]);
  });

  it('with a key result record typed in the log with a date years ahead', () => {
    const h = recalculatedSample();
    const log = book(h.workbook).getSheetByName('Check-ins')!;
    log.getRange(log.getLastRow() + 1, 1, 1, 4).setValues([['2062-01-01', 'Key result', 'KR1', 5]]);
    h.call('setUpSheets');
    h.runtime.dispose();

    const reads = readsOn(h.workbook, ['2026-02-15', '2026-02-16', '2026-02-17']);

    expect(reads[0]).toBeGreaterThan(reads[1] + 8 * 8 * 3);
    expect(reads[2]).toBe(reads[1]);
  });
});

describe('A Check-ins sheet too narrow for the log', () => {
  it('stops the run with a clear message before anything is written', () => {
    const h = recalculatedSample();
    h.runtime.dispose();
    const log = book(h.workbook).getSheetByName('Check-ins')!;
    log.deleteColumns(8, log.getMaxColumns() - 7);
    const sheets = ['Objectives', 'Key Results', 'KRAs', 'Owners', 'Status', 'Check-ins'];
    const before = JSON.stringify(sheets.map((s) => h.workbook.values(s)));

    const later = harness(h.workbook, TOMORROW);
    expect(() => later.call('recalculateStatus')).toThrow(
      'The Check-ins sheet has 7 columns where the log needs 8; run Set up sheets to put them back.',
    );
    later.runtime.dispose();
    expect(JSON.stringify(sheets.map((s) => h.workbook.values(s)))).toBe(before);
  });
});
