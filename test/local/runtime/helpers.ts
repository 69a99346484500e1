// Shared set-up for the runtime tests: a workbook, its globals typed as Apps Script's, and the
// hand-written bundle under test/fixtures/runtime.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createEnvironment, LocalWorkbook, type RuntimeOptions } from '../../../src/local/runtime';

export const BUNDLE_DIR = join(__dirname, '../../fixtures/runtime/bundle');

const made: string[] = [];

export function temporaryDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-runtime-'));
  made.push(dir);
  return dir;
}

/** Removes every folder temporaryDir made; for afterAll. */
export function removeTemporaryDirs() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A new workbook and its SpreadsheetApp, as the bundle would see them. */
export function sheetsApp(
  options: { locale?: string; timeZone?: string } = {},
  runtimeOptions: RuntimeOptions = {},
) {
  const workbook = LocalWorkbook.create(options);
  const env = createEnvironment(workbook, { bundleDir: BUNDLE_DIR, ...runtimeOptions });
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheets()[0];
  return { workbook, env, app, spreadsheet, sheet };
}
