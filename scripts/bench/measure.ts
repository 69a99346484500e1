// One benchmark size: an empty workbook set up through the bundle, filled with a generated team,
// then Recalculate status twice (the first run of the day, then a second the same day), each
// counted from a reset of the runtime's statistics.

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
  /** 'first' after setup (a team's first click of the day), 'second' the same day. */
  run: 'first' | 'second';
  /** process.memoryUsage().rss right after the run, in MB. */
  rssMB: number;
  /** The process's peak resident set so far (one process per size), in MB. */
  peakRssMB: number;
}

export function modeledSeconds(calls: number, cells: number): number {
  return Math.round((SECONDS_PER_CALL * calls + SECONDS_PER_CELL * cells) * 100) / 100;
}

const MB = 1024 * 1024;

export function measureSize(keyResults: number, bundleDir: string, now: Date): RunFigures[] {
  const workbook = LocalWorkbook.create({ locale: 'en_US', timeZone: 'UTC' });
  const runtime = new AppsScriptRuntime(workbook, { bundleDir, now });
  runtime.call('setUpSheets');

  const today = now.toISOString().slice(0, 10);
  const globals = createGlobals(workbook, { bundleDir, now });
  const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const properties = (
    globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
  ).getDocumentProperties();
  fillWorkbook(app.getActiveSpreadsheet(), properties, generateTeam(keyResults, today), today);

  const figures = (['first', 'second'] as const).map((run) => {
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
  });
  runtime.dispose();
  return figures;
}
