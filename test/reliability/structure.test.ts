// Structure changes on the sample team, one by one: a renamed or deleted sheet or computed column
// gets one sentence telling the user to run Set up sheets, with nothing written; Set up sheets puts
// it back without touching a team's cells; Recalculate status never makes or removes a column.

import { createGlobals } from '../../src/local/runtime';
import { TEMPLATE } from '../../src/sheets/template';
import { BUNDLE_DIR, sampleHarness, type Harness } from '../helpers/bundle';
import {
  callBundle,
  changedCells,
  formulasIn,
  markedColumns,
  setupChanges,
  snapshot,
} from '../helpers/workbookChecks';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sample team, recalculated once; `spreadsheet` changes it as a person would in Sheets. */
function recalculatedSample(): Harness & { spreadsheet: Spreadsheet } {
  const h = sampleHarness();
  callBundle(h.runtime, 'recalculateStatus');
  const app = createGlobals(h.workbook, { bundleDir: BUNDLE_DIR })
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { ...h, spreadsheet: app.getActiveSpreadsheet() };
}

const sheetOf = (spreadsheet: Spreadsheet, name: string) =>
  spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;

/** 1-based column of a header on row 1 of a set-up sheet. */
function columnOf(h: Harness, sheet: string, header: string): number {
  return h.workbook.values(sheet)[0].indexOf(header) + 1;
}

const CHANGES: [string, (h: Harness & { spreadsheet: Spreadsheet }) => void, string][] = [
  ...[
    TEMPLATE.objectives,
    TEMPLATE.keyResults,
    TEMPLATE.kras,
    TEMPLATE.owners,
    TEMPLATE.checkIns,
    TEMPLATE.status,
  ].map(({ name }): [string, (h: Harness & { spreadsheet: Spreadsheet }) => void, string] => [
    `${name} renamed`,
    (h) => sheetOf(h.spreadsheet, name).setName(`${name} 2025`),
    `The sheet "${name}" is missing (renamed or deleted?); run Set up sheets to put it back.`,
  ]),
  [
    'KRAs deleted',
    (h) => h.spreadsheet.deleteSheet(sheetOf(h.spreadsheet, 'KRAs')),
    'The sheet "KRAs" is missing (renamed or deleted?); run Set up sheets to put it back.',
  ],
  [
    'the Score column of Key Results deleted',
    (h) => sheetOf(h.spreadsheet, 'Key Results').deleteColumn(columnOf(h, 'Key Results', 'Score')),
    'The sheet "Key Results" is missing "Score"; run Set up sheets to put it back.',
  ],
  [
    'the Health column of KRAs renamed',
    (h) =>
      sheetOf(h.spreadsheet, 'KRAs')
        .getRange(1, columnOf(h, 'KRAs', 'Health'))
        .setValue("'Our health"),
    'The sheet "KRAs" has renamed "Health"; run Set up sheets to put it back.',
  ],
  [
    'the Average score header of Owners cleared',
    (h) =>
      sheetOf(h.spreadsheet, 'Owners')
        .getRange(1, columnOf(h, 'Owners', 'Average score'))
        .setValue(''),
    'The sheet "Owners" has renamed "Average score"; run Set up sheets to put it back.',
  ],
];

describe.each(CHANGES)('%s', (_, change, message) => {
  const h = recalculatedSample();
  change(h);
  const changed = snapshot(h.workbook);
  const marks = new Map(h.workbook.sheetNames().map((n) => [n, markedColumns(h.workbook, n)]));
  h.runtime.resetStats();

  it('stops Recalculate status with the message to run Set up sheets, having written nothing', () => {
    expect(() => callBundle(h.runtime, 'recalculateStatus')).toThrow(
      `recalculateStatus threw: ${message}`,
    );
    expect(h.runtime.stats.cellsWritten).toBe(0);
    const now = snapshot(h.workbook);
    for (const name of Object.keys(changed)) {
      expect(changedCells(name, changed[name], now[name])).toEqual([]);
    }
  });

  it('is put back by Set up sheets, every cell of the team kept, and recalculates again', () => {
    callBundle(h.runtime, 'setUpSheets');
    const after = snapshot(h.workbook);
    for (const name of Object.keys(changed)) {
      const now = markedColumns(h.workbook, name);
      expect(setupChanges(name, changed[name], after[name], now, marks.get(name))).toEqual([]);
    }
    expect(() => callBundle(h.runtime, 'recalculateStatus')).not.toThrow();
    expect(formulasIn(h.workbook)).toEqual([]);
  });
});

describe('a typed column deleted', () => {
  it('is no structure error: Recalculate status reads it as blank and makes no column', () => {
    const h = recalculatedSample();
    sheetOf(h.spreadsheet, 'Key Results').deleteColumn(columnOf(h, 'Key Results', 'Weight'));
    const widths = h.workbook.sheetNames().map((n) => h.workbook.sheet(n).maxColumns);
    const headers = h.workbook.sheetNames().map((n) => h.workbook.values(n)[0]);

    expect(() => callBundle(h.runtime, 'recalculateStatus')).not.toThrow();
    expect(h.workbook.sheetNames().map((n) => h.workbook.sheet(n).maxColumns)).toEqual(widths);
    expect(h.workbook.sheetNames().map((n) => h.workbook.values(n)[0])).toEqual(headers);
  });
});

describe('a copy of a set-up sheet, which carries copies of its column marks', () => {
  it('leaves the original alone: Set up sheets adds nothing, Recalculate status runs', () => {
    const h = recalculatedSample();
    // Sheets' Duplicate copies a sheet with its developer metadata; the copy is then rearranged.
    const book = h.workbook.data;
    const original = h.workbook.sheet('Key Results');
    const copy = { ...structuredClone(original), id: book.nextId++, name: 'Copy of Key Results' };
    book.sheets.push(copy);
    for (const mark of book.metadata.filter(
      (m) => 'sheetId' in m.location && m.location.sheetId === original.id,
    )) {
      book.metadata.push({
        ...structuredClone(mark),
        id: book.nextId++,
        location: { ...mark.location, sheetId: copy.id } as typeof mark.location,
      });
    }
    sheetOf(h.spreadsheet, 'Copy of Key Results').deleteColumn(2);
    const headers = h.workbook.values('Key Results')[0];

    const result = callBundle<{ added: string[] }>(h.runtime, 'setUpSheets');

    expect(result.added).toEqual([]);
    expect(h.workbook.values('Key Results')[0]).toEqual(headers);
    expect(() => callBundle(h.runtime, 'recalculateStatus')).not.toThrow();
  });
});
