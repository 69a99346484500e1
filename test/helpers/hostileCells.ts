// Cells as teams and hostile sheets hold them, and a way to put them into a LocalWorkbook exactly
// as given (no parsing, no escaping), for the reliability tests.

import { LocalWorkbook } from '../../src/local/runtime';
import { serialFromInstant } from '../../src/local/runtime/dates';
import { newSheet, takeId, type Cell } from '../../src/local/runtime/model';

/** A value shown as an error by Sheets (`getValues` gives its code as a string). */
export interface ErrorCell {
  error: string;
}

/** A cell a person (or an export) left in a sheet: what `getValues` would give, or an error. */
export type UserCell = string | number | boolean | Date | ErrorCell;

export const ERROR_CODES = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#ERROR!'];

/** Text Sheets or a spreadsheet export would turn into a formula or run. */
export const FORMULA_TEXTS = [
  '=1+1',
  '+cmd',
  '-2',
  '@x',
  '=HYPERLINK("http://evil.example","click")',
  '=IMPORTXML("http://evil.example","//a")',
  '+SUM(A1:A9)',
  '-1+2',
  '@SUM(1)',
  '\t=1+1',
  '\r=1+1',
  '\n=1',
  ' =1+1',
  "'=1+1",
];

/** Text that runs script wherever it is pasted into HTML unescaped. */
export const SCRIPT_TEXTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  "'; DROP TABLE okr;--",
];

/** Text Sheets would read as a number, date, time or boolean if written unescaped. */
export const RETYPED_TEXTS = ['007', '1/2', 'TRUE', 'false', '1e5', '12:30', 'Jan 5', '2026-02-14'];

/** Numbers as people type them, with the slips DOMAIN.md names. */
export const NUMBER_TEXTS = [
  '45%',
  '1,200',
  '5,9',
  ' 7 ',
  '\u00a07\u00a0',
  '$3,000',
  '€50',
  '93 days',
  'N/A',
  '-',
  '–',
  'TBD',
  'Test123',
  '10k',
  '12h',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '0.45',
];

export const ODD_TEXTS = [
  '',
  ' ',
  '\u00a0',
  'Loading...',
  'x'.repeat(5000),
  '🎯 emoji',
  'Ünïcödé',
  'R&D',
  'Ana, Raj',
];

export const HUGE_NUMBERS = [
  0,
  -0,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53 + 2,
  1e21,
  -1e-15,
];

/**
 * Puts `rows` (row 1 first) on a sheet of the workbook's model, values exactly as given. The
 * sheet has `maxRows` rows (Sheets' 1000 by default; fewer keep formatting tests quick).
 */
export function putSheet(
  workbook: LocalWorkbook,
  name: string,
  rows: readonly UserCell[][],
  maxRows?: number,
) {
  const book = workbook.data;
  const existing = book.sheets.find((s) => s.name === name);
  const sheet = existing ?? newSheet(takeId(book), name);
  if (!existing) book.sheets.push(sheet);

  sheet.rows = rows.map((row) => row.map((value) => modelCell(value, book.timeZone)));
  const width = Math.max(0, ...rows.map((r) => r.length));
  sheet.maxColumns = Math.max(sheet.maxColumns, width);
  sheet.maxRows = Math.max(maxRows ?? sheet.maxRows, rows.length, 1);
}

function modelCell(value: UserCell, timeZone: string): Cell | undefined {
  if (value === '') return undefined;
  if (value instanceof Date) {
    return { value: serialFromInstant(value.getTime(), timeZone), numberFormat: 'yyyy-mm-dd' };
  }
  if (typeof value === 'object') return { value: value.error, error: true };
  return { value };
}

/** A new workbook holding `sheets` (and Sheets' own empty Sheet1 unless one is given). */
export function workbookOf(
  sheets: Record<string, UserCell[][]>,
  settings: { locale?: string; timeZone?: string; maxRows?: number } = {},
): LocalWorkbook {
  const workbook = LocalWorkbook.create({
    locale: settings.locale ?? 'en_US',
    timeZone: settings.timeZone ?? 'UTC',
  });
  for (const [name, rows] of Object.entries(sheets)) {
    putSheet(workbook, name, rows, settings.maxRows);
  }
  return workbook;
}

/**
 * Appends rows to a set-up sheet, each cell under the column whose header is its key, exactly as
 * given (as if typed and kept as text); `headerRow` is 1 unless the sheet has a banner.
 */
export function appendRecords(
  workbook: LocalWorkbook,
  name: string,
  records: readonly Record<string, UserCell>[],
  headerRow = 1,
) {
  const sheet = workbook.sheet(name);
  const header = (sheet.rows[headerRow - 1] ?? []).map((cell) => String(cell?.value ?? ''));
  // 0-based index of the first row below the data.
  let row = Math.max(headerRow, workbook.values(name).length);
  for (const record of records) {
    const cells = (sheet.rows[row] ??= []);
    for (const [key, value] of Object.entries(record)) {
      const column = header.indexOf(key);
      if (column < 0) throw new Error(`No column "${key}" on ${name}.`);
      cells[column] = modelCell(value, workbook.timeZone);
    }
    row++;
  }
  sheet.maxRows = Math.max(sheet.maxRows, row);
}
