// Running the built bundle (dist/Code.js) in the local Apps Script runtime, as the tests of the
// server surface do. jest's globalSetup builds dist/ first.

import { existsSync } from 'node:fs';
import path from 'node:path';

import { AppsScriptRuntime, createGlobals, LocalWorkbook } from '../../src/local/runtime';

export const BUNDLE_DIR = path.join(__dirname, '..', '..', 'dist');

/** Noon UTC on the given day: the same calendar day in every zone the tests use. */
export function noonUtc(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export interface Harness {
  workbook: LocalWorkbook;
  runtime: AppsScriptRuntime;
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

export function harness(
  workbook: LocalWorkbook = LocalWorkbook.create({ locale: 'en_US', timeZone: 'UTC' }),
  today = '2026-02-14',
): Harness {
  if (!existsSync(path.join(BUNDLE_DIR, 'Code.js'))) {
    throw new Error('dist/Code.js is missing: the build failed (run `npm run build`).');
  }
  const runtime = new AppsScriptRuntime(workbook, { bundleDir: BUNDLE_DIR, now: noonUtc(today) });
  return {
    workbook,
    runtime,
    call: <T>(name: string, ...args: unknown[]) => runtime.call(name, ...args) as T,
  };
}

/** The cells one recalculation on `day` reads, in a runtime of its own. */
export function cellsReadOn(workbook: LocalWorkbook, day: string): number {
  const h = harness(workbook, day);
  h.runtime.resetStats();
  h.call('recalculateStatus');
  h.runtime.dispose();
  return h.runtime.stats.cellsRead;
}

/** A set-up workbook with the sample team, as `okr-kra setup --sample` makes it. */
export function sampleHarness(today = '2026-02-14'): Harness {
  const h = harness(undefined, today);
  h.call('setUpSheets');
  h.call('addSampleTeam');
  return h;
}

/** The rows of a sheet as objects keyed by header, from row 2 (or below `headerRow`). */
export function records(
  workbook: LocalWorkbook,
  sheet: string,
  headerRow = 1,
): Record<string, unknown>[] {
  const values = workbook.values(sheet) as unknown[][];
  const header = (values[headerRow - 1] ?? []).map((h) => String(h));
  return values
    .slice(headerRow)
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

/**
 * Types rows into a sheet under its headers, as a person would (strings are parsed as typed),
 * through the emulated SpreadsheetApp from outside the bundle.
 */
export function typeRows(h: Harness, sheetName: string, rows: Record<string, unknown>[]) {
  const app = createGlobals(h.workbook, { bundleDir: BUNDLE_DIR })
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const block = rows.map((row) => header.map((name) => (name in row ? row[name] : '')));
  const first = sheet.getLastRow() + 1;
  sheet.getRange(first, 1, block.length, header.length).setValues(block as never);
}
