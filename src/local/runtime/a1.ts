// A1 notation as Sheets reads it: 'B2', 'A1:C3', whole columns 'L:L', whole rows '2:5', open-ended
// 'A2:B', each with an optional sheet prefix ('Key Results'!A1 or Owners!A:A).

import type { Rect } from './model';

export interface ParsedA1 {
  sheetName: string | null;
  rect: Rect;
  /** The range spans whole columns or whole rows, as 'A:A' or '2:2'. */
  wholeColumns: boolean;
  wholeRows: boolean;
}

export class A1Error extends Error {}

/** 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A -> 1, AA -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'My sheet'!A1:B2" into the sheet name and the reference. */
export function splitSheetName(text: string): { sheetName: string | null; reference: string } {
  const trimmed = text.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(trimmed);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), reference: quoted[2] };

  const bang = trimmed.lastIndexOf('!');
  if (bang > 0) return { sheetName: trimmed.slice(0, bang), reference: trimmed.slice(bang + 1) };
  return { sheetName: null, reference: trimmed };
}

interface Corner {
  row: number | null;
  column: number | null;
}

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!match || (!match[1] && !match[2])) return null;

  const column = match[1] ? columnNumber(match[1]) : null;
  const row = match[2] ? Number(match[2]) : null;
  if (row === 0) return null;
  return { row, column };
}

/** Parses an A1 reference against a sheet of `maxRows` x `maxColumns`; throws A1Error. */
export function parseA1(text: string, maxRows: number, maxColumns: number): ParsedA1 {
  const { sheetName, reference } = splitSheetName(text);
  const [startText, endText, extra] = reference.split(':');
  const start = parseCorner(startText ?? '');
  const end = endText === undefined ? start : parseCorner(endText);
  if (!start || !end || extra !== undefined) throw new A1Error('Range not found');

  const full = (c: Corner) => c.row !== null && c.column !== null;
  const columnOnly = (c: Corner) => c.row === null && c.column !== null;
  const rowOnly = (c: Corner) => c.row !== null && c.column === null;
  const wholeColumns = columnOnly(start) && columnOnly(end);
  const wholeRows = rowOnly(start) && rowOnly(end);
  const cells = full(start) && (full(end) || (endText !== undefined && columnOnly(end)));
  if (!cells && !(endText !== undefined && (wholeColumns || wholeRows))) {
    throw new A1Error('Range not found');
  }

  const row1 = start.row ?? 1;
  const column1 = start.column ?? 1;
  const row2 = end.row ?? maxRows;
  const column2 = end.column ?? maxColumns;
  const rect = {
    row: Math.min(row1, row2),
    column: Math.min(column1, column2),
    numRows: Math.abs(row2 - row1) + 1,
    numColumns: Math.abs(column2 - column1) + 1,
  };
  return { sheetName, rect, wholeColumns, wholeRows };
}

/** 'B2', 'A1:C3', or 'L:L' / '2:2' for whole columns and rows. */
export function formatA1(rect: Rect, wholeColumns = false, wholeRows = false): string {
  const lastColumn = rect.column + rect.numColumns - 1;
  const lastRow = rect.row + rect.numRows - 1;
  if (wholeColumns) return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  if (wholeRows) return `${rect.row}:${lastRow}`;

  const first = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return first;
  return `${first}:${columnLetters(lastColumn)}${lastRow}`;
}

/** A sheet name as a formula needs it: quoted unless it is a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
