// Workbook files for the browser tests, made and read with the local runtime over the built bundle:
// the sample team, cells a person typed, and what the add-on answers on a copy (the oracle).

import { copyFile } from 'node:fs/promises';

import { AppsScriptRuntime, createGlobals, LocalWorkbook } from '../../src/local/runtime';
import { TEMPLATE } from '../../src/sheets/template';
import { DIST } from './support';

/** The day every browser test runs on: 2026-Q1, 44 of 90 days gone. */
export const NOW = new Date('2026-02-14T12:00:00Z');

/** Writes `file` as `okr-kra setup <file> --sample` would, in en_US and UTC. */
export async function makeSampleFile(file: string): Promise<void> {
  const workbook = LocalWorkbook.create({ locale: 'en_US', timeZone: 'UTC', name: 'sample' });
  const runtime = new AppsScriptRuntime(workbook, { bundleDir: DIST, now: NOW });
  try {
    runtime.call('setUpSheets');
    runtime.call('addSampleTeam');
    await runtime.save(file);
  } finally {
    runtime.dispose();
  }
}

/** Types `text` into the cell under `header` on the row whose ID is `id`, as a person would. */
export async function typeCells(
  file: string,
  edits: { sheet: string; id: string; header: string; text: string }[],
): Promise<void> {
  const workbook = await LocalWorkbook.load(file);
  const globals = createGlobals(workbook, { bundleDir: DIST, now: NOW }) as unknown as {
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  };
  const book = globals.SpreadsheetApp.getActiveSpreadsheet();
  for (const edit of edits) {
    const values = workbook.values(edit.sheet);
    const column = values[0].findIndex((cell) => cell === edit.header);
    const row = values.findIndex((cells) => cells[0] === edit.id);
    if (column < 0 || row < 1)
      throw new Error(`No ${edit.header} for ${edit.id} on ${edit.sheet}.`);
    book
      .getSheetByName(edit.sheet)
      ?.getRange(row + 1, column + 1)
      .setValue(edit.text);
  }
  await workbook.save(file);
}

/** Runs calls on a copy of `file` and returns their results, to compare the browser with. */
export async function oracle(file: string, copy: string, calls: [string, unknown?][]) {
  await copyFile(file, copy);
  const workbook = await LocalWorkbook.load(copy);
  const runtime = new AppsScriptRuntime(workbook, { bundleDir: DIST, now: NOW, filePath: copy });
  try {
    const results = calls.map(([name, arg]) =>
      arg === undefined ? runtime.call(name) : runtime.call(name, arg),
    );
    await runtime.save(copy);
    return { results, workbook };
  } finally {
    runtime.dispose();
  }
}

/** Every cell a person types (the template's typed columns) of the four typed sheets, by sheet. */
export function typedCells(workbook: LocalWorkbook): Record<string, Record<string, unknown>[]> {
  const typed: Record<string, Record<string, unknown>[]> = {};
  for (const spec of [TEMPLATE.objectives, TEMPLATE.keyResults, TEMPLATE.kras, TEMPLATE.owners]) {
    const values = workbook.values(spec.name);
    const headers = spec.columns
      .filter((column) => !('computed' in column && column.computed))
      .map((column) => column.header);
    typed[spec.name] = values
      .slice(1)
      .map((row) =>
        Object.fromEntries(headers.map((header) => [header, row[values[0].indexOf(header)]])),
      );
  }
  return typed;
}

/** The displayed column under `header` from row 2 down, keyed by the ID in column A. */
export function columnById(values: string[][], header: string): Record<string, string> {
  const column = values[0].indexOf(header);
  if (column < 0) throw new Error(`No column ${header}.`);
  return Object.fromEntries(
    values
      .slice(1)
      .filter((row) => row[0])
      .map((row) => [row[0], row[column]]),
  );
}
