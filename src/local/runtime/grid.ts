// Reading and writing cell values as Sheets does: what getValues returns for each kind of cell,
// and what a value given to setValues becomes (strings read as typed).

import { types } from 'node:util';

import { instantFromSerial, isDateSerial, serialFromInstant } from './dates';
import { isDateFormat } from './format';
import { cellAt, hasContent, rectsOverlap, type Cell, type Rect, type SheetModel } from './model';
import { readTyped } from './values';

/** What a write needs to know about the spreadsheet. */
export interface WriteSettings {
  locale: string;
  timeZone: string;
  /** The year a typed date without one falls in. */
  currentYear: number;
}

/** The format Sheets gives a cell that receives a JS Date and has no date format yet. */
const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

/** getValues of one cell: number, boolean, Date, string, '' for blank, errors as their code. */
export function readCellValue(cell: Cell | undefined, timeZone: string): unknown {
  if (!cell || cell.value === undefined) return '';
  // A number no calendar holds (1e308 in a date column) is given as the number.
  if (
    typeof cell.value === 'number' &&
    isDateFormat(cell.numberFormat) &&
    isDateSerial(cell.value)
  ) {
    return new Date(instantFromSerial(cell.value, timeZone));
  }
  return cell.value;
}

function clearValue(cell: Cell) {
  delete cell.value;
  delete cell.error;
  delete cell.formula;
}

function writeString(cell: Cell, text: string, settings: WriteSettings) {
  if (cell.numberFormat === '@') {
    // Plain text cells keep what is typed; only the apostrophe marker goes.
    if (text !== '') cell.value = text.startsWith("'") ? text.slice(1) : text;
    return;
  }

  const typed = readTyped(text, settings.locale, settings.currentYear);
  switch (typed.kind) {
    case 'empty':
      return;
    case 'formula':
      cell.formula = typed.formula;
      return;
    case 'text':
    case 'boolean':
      cell.value = typed.value;
      return;
    case 'number':
      cell.value = typed.value;
      if (typed.numberFormat && !cell.numberFormat) cell.numberFormat = typed.numberFormat;
      return;
    case 'date':
      cell.value = typed.value;
      if (!isDateFormat(cell.numberFormat)) cell.numberFormat = typed.numberFormat;
      return;
  }
}

/** setValue of one cell. */
export function writeCellValue(cell: Cell, input: unknown, settings: WriteSettings) {
  clearValue(cell);

  if (input === null || input === undefined) return;
  if (typeof input === 'string') return writeString(cell, input, settings);
  if (typeof input === 'boolean') {
    cell.value = input;
  } else if (typeof input === 'number') {
    if (Number.isFinite(input)) cell.value = input;
    else Object.assign(cell, { value: '#NUM!', error: true });
  } else if (types.isDate(input)) {
    const time = (input as Date).getTime();
    if (Number.isNaN(time)) return;
    cell.value = serialFromInstant(time, settings.timeZone);
    if (!isDateFormat(cell.numberFormat)) cell.numberFormat = DATE_TIME_FORMAT;
  } else {
    cell.value = String(input);
  }
}

/** A test for the cells hidden under a merge (all but its top-left), limited to `rect`. */
export function mergedAway(
  sheet: SheetModel,
  rect: Rect,
): (row: number, column: number) => boolean {
  const merges = sheet.merges.filter((m) => rectsOverlap(m, rect));
  if (merges.length === 0) return () => false;
  return (row, column) =>
    merges.some(
      (m) =>
        row >= m.row &&
        row < m.row + m.numRows &&
        column >= m.column &&
        column < m.column + m.numColumns &&
        (row !== m.row || column !== m.column),
    );
}

/** A block of cells read with `read`; cells hidden by a merge read as undefined. */
export function readBlock<T>(
  sheet: SheetModel,
  rect: Rect,
  read: (cell: Cell | undefined) => T,
): T[][] {
  const hidden = mergedAway(sheet, rect);
  const rows: T[][] = [];
  for (let r = 0; r < rect.numRows; r++) {
    const cells = sheet.rows[rect.row + r - 1];
    const row: T[] = [];
    for (let c = 0; c < rect.numColumns; c++) {
      const hide = hidden(rect.row + r, rect.column + c);
      row.push(read(hide ? undefined : cells?.[rect.column + c - 1]));
    }
    rows.push(row);
  }
  return rows;
}

/** Throws Sheets' message when `data` is not `rect`'s shape. */
export function checkShape(data: unknown, rect: Rect) {
  if (!Array.isArray(data)) {
    throw new Error("The parameters (String) don't match the method signature.");
  }
  if (data.length !== rect.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data) {
    const width = Array.isArray(row) ? row.length : 0;
    if (width !== rect.numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${width} but the range has ${rect.numColumns}.`,
      );
    }
  }
}

/** The last row holding a value or formula (0 when the sheet is empty). */
export function lastRowWithContent(sheet: SheetModel): number {
  for (let r = sheet.rows.length; r >= 1; r--) {
    if (sheet.rows[r - 1]?.some(hasContent)) return r;
  }
  return 0;
}

export function lastColumnWithContent(sheet: SheetModel): number {
  let last = 0;
  for (const row of sheet.rows) {
    if (!row) continue;
    for (let c = row.length; c > last; c--) {
      if (hasContent(row[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/** Whether the cell at (row, column) holds no value and no formula (Range.isBlank). */
export function isBlankCell(sheet: SheetModel, row: number, column: number): boolean {
  return !hasContent(cellAt(sheet, row, column));
}
