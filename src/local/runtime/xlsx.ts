// Loading and saving the workbook as .xlsx with exceljs. What Excel can show is written natively
// (values, notes, formats, widths, frozen panes, merges, dropdowns, conditional colours, hidden
// sheets); the rest, and the exact form of what Excel shows differently, goes in the store sheet.

import ExcelJS from 'exceljs';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';

import type { BookData } from './model';
import { bookFromExcel } from './xlsxRead';
import { bookToExcel } from './xlsxWrite';

export { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, bookFromExcel } from './xlsxRead';
export { bookToExcel } from './xlsxWrite';

export function nameFromPath(path: string): string {
  return basename(path, extname(path));
}

export async function loadXlsx(path: string): Promise<BookData> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return bookFromExcel(workbook, nameFromPath(path));
}

/** Writes a temporary file and renames it, so another process never reads half a file. */
export async function saveXlsx(book: BookData, path: string): Promise<void> {
  const buffer = await bookToExcel(book).xlsx.writeBuffer();
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.from(buffer));
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
