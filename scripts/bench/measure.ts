// One benchmark size: an empty workbook set up through the bundle, filled with a generated team,
// then Recalculate status clicked in the sidebar four times, each counted from a reset of the
// runtime's statistics: the day before (the run that rebuilds the History cells from the whole
// log), the first click of the measured day, a second the same day with nothing typed in between,
// and a third after the team typed updates. Before each click the sidebar's state is loaded, as
// the sidebar does when it opens and after every click; that call is not counted.

import { performance } from 'node:perf_hooks';

import { AppsScriptRuntime, createGlobals, LocalWorkbook } from '../../src/local/runtime';
import { fillWorkbook } from './fill';
import { generateTeam } from './generate';

/** Seconds per SpreadsheetApp call and per cell read or written, as Sheets costs them. */
export const SECONDS_PER_CALL = 0.25;
export const SECONDS_PER_CELL = 30e-6;

export interface RunFigures {
  keyResults: number;
  serviceCalls: number;
  cellsRead: number;
  cellsWritten: number;
  recalcMs: number;
  modeledSheetsSeconds: number;
  /**
   * 'rebuild' the day before (the whole log read once, as after Set up sheets), 'first' a team's
   * first click of the measured day, 'second' another the same day, 'edited' one after a twentieth
   * of the key results and a tenth of the KRA rows were typed anew.
   */
  run: 'rebuild' | 'first' | 'second' | 'edited';
  /** process.memoryUsage().rss right after the run, in MB. */
  rssMB: number;
  /** The process's peak resident set so far (one process per size), in MB. */
  peakRssMB: number;
}

export function modeledSeconds(calls: number, cells: number): number {
  return Math.round((SECONDS_PER_CALL * calls + SECONDS_PER_CELL * cells) * 100) / 100;
}

const MB = 1024 * 1024;

/**
 * The day before is the run that reads the whole log once and builds the History cells (as after
 * Set up sheets or an upgrade), reported as 'rebuild'; then the measured day's first and second.
 */
export function measureSize(keyResults: number, bundleDir: string, now: Date): RunFigures[] {
  const workbook = LocalWorkbook.create({ locale: 'en_US', timeZone: 'UTC' });
  const dayBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  const setup = new AppsScriptRuntime(workbook, { bundleDir, now: dayBefore });
  setup.call('setUpSheets');

  const today = now.toISOString().slice(0, 10);
  const app = createGlobals(workbook, { bundleDir, now })
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  fillWorkbook(app.getActiveSpreadsheet(), generateTeam(keyResults, today));

  const figures = [measureRun(setup, keyResults, 'rebuild')];
  setup.dispose();
  const runtime = new AppsScriptRuntime(workbook, { bundleDir, now });
  figures.push(measureRun(runtime, keyResults, 'first'), measureRun(runtime, keyResults, 'second'));
  typeUpdates(app.getActiveSpreadsheet());
  figures.push(measureRun(runtime, keyResults, 'edited'));
  runtime.dispose();
  return figures;
}

/**
 * What a team types between two clicks: new currents for 1 in 20 key results, and 1 in 10 KRA
 * rows brought to their standard (so that every computed block changes, at every size).
 */
function typeUpdates(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const retype = (
    sheetName: string,
    header: string,
    every: number,
    change: (value: number, cell: (header: string) => unknown) => number,
  ) => {
    const sheet = spreadsheet.getSheetByName(sheetName)!;
    const grid = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
    const column = grid[0].indexOf(header);
    // Every `every`-th of the numbers (blanks and text are not what a team updates).
    let numbers = 0;
    const values = grid.slice(1).map((row) => {
      const value = row[column];
      if (typeof value !== 'number') return [value];
      const cell = (name: string) => row[grid[0].indexOf(name)];
      return [numbers++ % every === 0 ? change(value, cell) : value];
    });
    sheet.getRange(2, column + 1, values.length, 1).setValues(values);
  };
  retype('Key Results', 'Current', 20, (v) => Math.round((v * 1.05 + 1) * 100) / 100);
  retype('KRAs', 'Actual', 10, (v, cell) => {
    const standard = cell('Standard');
    return typeof standard === 'number' ? standard : v;
  });
}

function measureRun(
  runtime: AppsScriptRuntime,
  keyResults: number,
  run: RunFigures['run'],
): RunFigures {
  // The sidebar's state, as it loads on opening and after each click: not part of the click.
  const state = runtime.call('getSidebarState') as { zone: unknown };
  runtime.resetStats();
  const started = performance.now();
  runtime.call('recalculateStatus', { fromSidebar: true, zone: state.zone });
  const recalcMs = Math.round(performance.now() - started);

  const { serviceCalls, cellsRead, cellsWritten } = runtime.stats;
  return {
    keyResults,
    serviceCalls,
    cellsRead,
    cellsWritten,
    recalcMs,
    modeledSheetsSeconds: modeledSeconds(serviceCalls, cellsRead + cellsWritten),
    run,
    rssMB: Math.round(process.memoryUsage().rss / MB),
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
  };
}
