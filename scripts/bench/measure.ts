// One benchmark size: an empty workbook set up through the bundle, filled with a generated team,
// then Recalculate status three times, each counted from a reset of the runtime's statistics: the
// day before (the run that rebuilds the History cells from the whole log), then the first run of
// the measured day and a second the same day.

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
   * first click of the measured day, 'second' another the same day.
   */
  run: 'rebuild' | 'first' | 'second';
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
  runtime.dispose();
  return figures;
}

function measureRun(
  runtime: AppsScriptRuntime,
  keyResults: number,
  run: RunFigures['run'],
): RunFigures {
  runtime.resetStats();
  const started = performance.now();
  runtime.call('recalculateStatus');
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
