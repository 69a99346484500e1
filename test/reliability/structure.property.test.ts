// Random workbooks, set up, then changed the way people change sheets: a computed column deleted
// or renamed, a typed column deleted, a sheet renamed or deleted. Recalculate status stops with a
// message to run Set up sheets, having written nothing, exactly when the add-on's own structure
// is gone; Set up sheets puts it back without touching a team's cells.

import fc from 'fast-check';

import { AppsScriptRuntime, createGlobals, LocalWorkbook } from '../../src/local/runtime';
import { TEMPLATE } from '../../src/sheets/template';
import { BUNDLE_DIR, noonUtc } from '../helpers/bundle';
import { workbookOf } from '../helpers/hostileCells';
import { randomWorkbook, TYPED_SPECS } from '../helpers/randomWorkbook';
import {
  callBundle,
  changedCells,
  formulasIn,
  markedColumns,
  setupChanges,
  snapshot,
} from '../helpers/workbookChecks';

/** With randomWorkbooks.property.test.ts's 700, over 1,000 workbooks per `npm test`. */
const RUNS = Number(process.env.OKR_KRA_PROPERTY_RUNS ?? 300);

const host = LocalWorkbook.create({ locale: 'en_US', timeZone: 'UTC' });
const runtime = new AppsScriptRuntime(host, { bundleDir: BUNDLE_DIR, now: noonUtc('2026-02-14') });
const app = createGlobals(host, { bundleDir: BUNDLE_DIR })
  .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;

type Kind =
  | 'delete computed column'
  | 'rename computed column'
  | 'clear computed header'
  | 'delete typed column'
  | 'rename sheet'
  | 'delete sheet';

/** The changes after which Recalculate status must send the user to Set up sheets. */
const BREAKS_STRUCTURE = new Set<Kind>([
  'delete computed column',
  'rename computed column',
  'clear computed header',
  'rename sheet',
  'delete sheet',
]);

const change = fc.record({
  kind: fc.constantFrom<Kind>(
    'delete computed column',
    'rename computed column',
    'clear computed header',
    'delete typed column',
    'rename sheet',
    'delete sheet',
  ),
  sheet: fc.constantFrom(...TYPED_SPECS.map((spec) => spec.name), TEMPLATE.checkIns.name),
  pick: fc.nat(),
});

/**
 * Applies the change as a person would in Sheets: 'changed' when the add-on's structure is then
 * broken or a typed column is gone, 'optional' when the change hit an optional column (History),
 * which Recalculate status may report or work without (deleted, or its header cleared while the
 * column is empty, it is as good as absent), and false when there was nothing to change.
 */
function apply({
  kind,
  sheet: name,
  pick,
}: {
  kind: Kind;
  sheet: string;
  pick: number;
}): 'changed' | 'optional' | false {
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return false;
  if (kind === 'rename sheet') return sheet.setName(`${name} (old)`) ? 'changed' : false;
  if (kind === 'delete sheet') {
    spreadsheet.deleteSheet(sheet);
    return 'changed';
  }

  const marked = [...markedColumns(host, name)];
  const width = host.values(name)[0].length;
  const typed = Array.from({ length: width }, (_, c) => c).filter((c) => !marked.includes(c));
  const columns = kind === 'delete typed column' ? typed : marked;
  if (columns.length === 0 || name === TEMPLATE.checkIns.name) return false;
  const column = columns[pick % columns.length] + 1;

  const optional = TYPED_SPECS.find((spec) => spec.name === name)?.columns.some(
    (c) => c.optional && c.header === sheet.getRange(1, column).getValue(),
  );
  if (kind === 'rename computed column') sheet.getRange(1, column).setValue("'Our own");
  else if (kind === 'clear computed header') sheet.getRange(1, column).setValue('');
  else sheet.deleteColumn(column);
  return optional ? 'optional' : 'changed';
}

describe('structure changes after Set up sheets', () => {
  it(`are reported, written through, or put back on ${RUNS} generated workbooks`, () => {
    fc.assert(
      fc.property(randomWorkbook, change, (generated, what) => {
        host.data = workbookOf(generated.sheets, { ...generated, maxRows: 12 }).data;
        callBundle(runtime, 'setUpSheets');
        const applied = apply(what);
        if (!applied) return;
        const changed = snapshot(host);
        const properties = { ...host.properties };
        const marksBefore = new Map(host.sheetNames().map((n) => [n, markedColumns(host, n)]));
        const widths = host.sheetNames().map((n) => host.sheet(n).maxColumns);

        // Recalculate status: the clear message and nothing written, or a normal run.
        let message = '';
        try {
          callBundle(runtime, 'recalculateStatus');
        } catch (error) {
          message = (error as Error).message;
        }
        expect(host.sheetNames().map((n) => host.sheet(n).maxColumns)).toEqual(widths);
        const broken = applied === 'optional' ? message !== '' : BREAKS_STRUCTURE.has(what.kind);
        if (broken) {
          expect(message).toMatch(/^recalculateStatus threw: The sheet ".+" .*; run Set up sheets/);
          const now = snapshot(host);
          for (const name of Object.keys(changed)) {
            expect(changedCells(name, changed[name], now[name])).toEqual([]);
          }
          expect(host.properties).toEqual(properties);
        } else {
          expect(message).toBe('');
        }

        // Set up sheets puts the structure back and keeps every cell of a team's; then it runs.
        const before = snapshot(host);
        callBundle(runtime, 'setUpSheets');
        const after = snapshot(host);
        for (const name of Object.keys(before)) {
          const marks = markedColumns(host, name);
          const was = marksBefore.get(name) ?? new Set<number>();
          expect(setupChanges(name, before[name], after[name], marks, was)).toEqual([]);
        }
        callBundle(runtime, 'recalculateStatus');
        expect(formulasIn(host)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
