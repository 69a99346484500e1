// The one way the add-on writes values. Sheets reads a written string as if a person typed it
// (`=1+1` a formula, `007` the number 7, `1/2` a date, `TRUE` a boolean, `Jan 5` a date), and the
// list of what it reinterprets is long and locale-dependent, so every non-empty string is written
// with a leading apostrophe: Sheets drops it and keeps the rest as text, exactly as typed.

import type { CellValue } from '../core/types';

/** A calendar day the add-on writes as a date cell (never user text). */
export interface DayCell {
  day: string;
}

export type WritableValue = string | number | boolean | Date | DayCell | null;
export type CellWrite = string | number | boolean | Date;

export function day(isoDate: string): DayCell {
  return { day: isoDate };
}

/** The cell value to write for `value`: strings always stay text. */
export function cellValue(value: WritableValue): CellWrite {
  if (value === null) return '';
  if (typeof value === 'object' && !(value instanceof Date)) {
    // Our own ISO date, written unescaped so that Sheets stores a date in the sheet's time zone.
    return /^\d{4}-\d{2}-\d{2}$/.test(value.day) ? value.day : '';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  if (typeof value !== 'string' || value === '') return value;
  return `'${value}`;
}

/** Every value of a block, escaped. */
export function cellValues(rows: readonly (readonly WritableValue[])[]): CellWrite[][] {
  return rows.map((row) => row.map(cellValue));
}

/** A cell as read, as a string that equals `asWritten` of a value that reads back as it. */
export function asRead(value: CellValue): string {
  if (value instanceof Date) return `t${value.getTime()}`;
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'boolean') return `b${value}`;
  return `s${value}`;
}

/**
 * A value about to be written, as it will read back: text loses the apostrophe that keeps it
 * text; an unescaped string, a day written as a date, reads back as a Date and never matches.
 */
export function asWritten(value: CellWrite): string {
  if (typeof value !== 'string') return asRead(value);
  if (value === '') return 's';
  return value.startsWith("'") ? `s${value.slice(1)}` : `d${value}`;
}

/** Whether a cell as read already holds what is about to be written there. */
export function sameCell(read: CellValue, written: CellWrite): boolean {
  return asRead(read) === asWritten(written);
}
