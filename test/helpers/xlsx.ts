// Workbooks for the import and set-up tests: a team's own sheets written as .xlsx with exceljs (as a
// team would bring them), and the real public template copied out of /work/shared, then loaded.

import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';

import { LocalWorkbook } from '../../src/local/runtime';

export const REAL_TEMPLATE = '/work/shared/real/scale-okr-template.xlsx';

function tempFile(name: string): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'okr-import-')), name);
}

/** A copy of the real template in a temp directory: the original is never opened for writing. */
export async function realTemplate(): Promise<{ file: string; workbook: LocalWorkbook }> {
  const file = tempFile('scale-okr-template.xlsx');
  copyFileSync(REAL_TEMPLATE, file);
  return { file, workbook: await LocalWorkbook.load(file) };
}

/**
 * A workbook holding `sheets` (rows from row 1); `formattedRows` draws borders on every used
 * column down to that row, as a sheet formatted far past its data (case 26).
 */
export async function workbookWith(
  sheets: Record<string, unknown[][]>,
  options: { formattedRows?: number } = {},
): Promise<LocalWorkbook> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = workbook.addWorksheet(name);
    rows.forEach((row) => ws.addRow(row));
    const width = Math.max(...rows.map((r) => r.length));
    for (let r = rows.length + 1; r <= (options.formattedRows ?? 0); r++) {
      for (let c = 1; c <= width; c++) {
        ws.getCell(r, c).border = { bottom: { style: 'thin', color: { argb: 'FFB7B7B7' } } };
      }
    }
  }
  const file = tempFile('team.xlsx');
  await workbook.xlsx.writeFile(file);
  return LocalWorkbook.load(file);
}

/** The real template read independently of the add-on: its header row and data rows. */
export async function readRealTemplate(): Promise<{ header: string[]; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REAL_TEMPLATE);
  const ws = workbook.worksheets[0];
  const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : v);
  const row = (n: number) =>
    Array.from({ length: ws.columnCount }, (_, c) => text(ws.getCell(n, c + 1).value));
  const header = row(2).map(String);
  const rows = Array.from({ length: ws.rowCount - 2 }, (_, i) => row(i + 3));
  return { header, rows };
}
