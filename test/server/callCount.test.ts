// Recalculate status costs Sheets a fixed number of SpreadsheetApp calls however many rows a team
// has: every sheet is read and written in whole blocks (issue 6). Counts only, no timing.

import { createGlobals } from '../../src/local/runtime';
import { fillWorkbook } from '../../scripts/bench/fill';
import { generateTeam } from '../../scripts/bench/generate';
import { BUNDLE_DIR, harness, noonUtc } from '../helpers/bundle';

const TODAY = '2026-02-14';
const DAY_BEFORE = '2026-02-13';
const MAX_SERVICE_CALLS = 40;

interface Counts {
  first: number;
  second: number;
  /** Cells the first run read, and the cells of the four typed sheets' data ranges. */
  firstCellsRead: number;
  typedCells: number;
  /** Records the first run added to the Check-ins log. */
  appended: number;
}

/**
 * Service calls of the first recalculation of a day, then of a second the same day, in a workbook
 * recalculated the day before (that run read the whole log once and built the History cells).
 */
function recalculationCalls(keyResults: number, fromSidebar = false): Counts {
  const before = harness(undefined, DAY_BEFORE);
  before.call('setUpSheets');
  const app = createGlobals(before.workbook, { bundleDir: BUNDLE_DIR, now: noonUtc(TODAY) })
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  fillWorkbook(app.getActiveSpreadsheet(), generateTeam(keyResults, TODAY));
  before.call('recalculateStatus');
  before.runtime.dispose();

  const typedCells = ['Objectives', 'Key Results', 'KRAs', 'Owners']
    .map((name) => app.getActiveSpreadsheet().getSheetByName(name)!)
    .reduce((n, sheet) => n + sheet.getLastRow() * sheet.getLastColumn(), 0);
  const logRows = () => before.workbook.values('Check-ins').length;
  const logBefore = logRows();
  const h = harness(before.workbook, TODAY);
  const calls = () => {
    // The sidebar sends the time zone and locale its state carried (that call is not counted).
    const zone = fromSidebar ? h.call<{ zone: unknown }>('getSidebarState').zone : undefined;
    h.runtime.resetStats();
    h.call('recalculateStatus', fromSidebar ? { fromSidebar, zone } : undefined);
    return { ...h.runtime.stats };
  };
  const first = calls();
  const appended = logRows() - logBefore;
  return {
    first: first.serviceCalls,
    second: calls().serviceCalls,
    firstCellsRead: first.cellsRead,
    typedCells,
    appended,
  };
}

describe('Recalculate status, 30 against 300 key results with 30 days of check-ins', () => {
  const small = recalculationCalls(30);
  const large = recalculationCalls(300);

  it('makes exactly as many service calls on the first run of the day', () => {
    expect(large.first).toBe(small.first);
  });

  it('makes exactly as many service calls on a second run the same day', () => {
    expect(large.second).toBe(small.second);
  });

  it('reads the typed sheets whole, and of the Check-ins log only the rows its new records take', () => {
    expect([small.appended, large.appended]).toEqual([3, 25]);
    for (const counts of [small, large]) {
      expect(counts.firstCellsRead).toBe(counts.typedCells + counts.appended * 8);
    }
  });

  it('makes 24 calls on the first click of a day in the sidebar and 14 on a second, 3 fewer than from the menu', () => {
    const sidebar = [recalculationCalls(30, true), recalculationCalls(300, true)];
    for (const counts of sidebar) {
      expect([counts.first, counts.second]).toEqual([24, 14]);
    }
    expect([small.first, small.second]).toEqual([27, 17]);
  });

  it(`stays within ${MAX_SERVICE_CALLS} service calls`, () => {
    expect(Math.max(small.first, small.second)).toBeLessThanOrEqual(MAX_SERVICE_CALLS);
  });
});
