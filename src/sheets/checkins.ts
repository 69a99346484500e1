// The Check-ins sheet: the add-on's own log (a banner on row 1, headers on row 2, records below).
// Read whole with one getValues; written as one block from the first changed record to the end.

import { isoDate, parseNumber, textOf } from '../core/numbers';
import type { CellValue, CheckIn, CheckInChanges } from '../core/types';
import { cellValues, day, type CellWrite, type WritableValue } from './cells';
import { readAllValues } from './read';
import { TEMPLATE } from './template';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SPEC = TEMPLATE.checkIns;
const FIRST_RECORD_ROW = SPEC.headerRow + 1;

function readBoolean(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = textOf(value).toLowerCase();
  if (text === 'true' || text === 'yes') return true;
  if (text === 'false' || text === 'no') return false;
  return null;
}

function readOptionalNumber(value: CellValue): number | null {
  const parsed = parseNumber(value, 'en_US');
  return parsed.kind === 'number' ? parsed.value : null;
}

export interface CheckInLog {
  records: CheckIn[];
  /** The sheet row of each record; -1 for one known from a History cell, whose row is not read. */
  rows: number[];
  /** The sheet row `raw` starts on: the first record row, or the part of the log that was read. */
  rawStartRow: number;
  /** Every row read, readable or not, from `rawStartRow` to the last row with data. */
  raw: CellValue[][];
  /** Read from History cells: the IDs they name (kind and ID); absent when the log was read whole. */
  knownIds?: Set<string>;
}

export const FIRST_LOG_ROW = FIRST_RECORD_ROW;
export const LOG_WIDTH = SPEC.columns.length;

/** The log, oldest first; a record the add-on cannot read (edited by hand) is skipped. */
export function readCheckIns(sheet: Sheet, timeZone: string): CheckInLog {
  const values = readAllValues(sheet);
  const raw = values.slice(FIRST_RECORD_ROW - 1);
  const records: CheckIn[] = [];
  const rows: number[] = [];
  // The log repeats a few days over thousands of records; reading a Date's day in a zone is slow.
  const days = new Map<number, string | null>();
  const dayOf = (date: CellValue): string | null => {
    if (!(date instanceof Date)) return isoDate(date, timeZone);
    const known = days.get(date.getTime());
    if (known !== undefined) return known;
    const day = isoDate(date, timeZone);
    days.set(date.getTime(), day);
    return day;
  };

  raw.forEach((cells, i) => {
    const [date, kind, id, value, standard, met, confidence, note] = cells;
    const isoDay = dayOf(date);
    const number = readOptionalNumber(value);
    const kindText = textOf(kind);
    if (!isoDay || number === null || (kindText !== 'KRA' && kindText !== 'Key result')) return;

    records.push({
      date: isoDay,
      kind: kindText,
      id: textOf(id),
      value: number,
      standard: readOptionalNumber(standard),
      met: readBoolean(met),
      confidence: readOptionalNumber(confidence),
      note: textOf(note),
    });
    rows.push(FIRST_RECORD_ROW + i);
  });
  return { records, rows, rawStartRow: FIRST_RECORD_ROW, raw };
}

/** One record row as read: its day, kind and ID, for checking a row before it is replaced. */
export function recordKey(cells: readonly CellValue[] | undefined, timeZone: string) {
  const [date, kind, id] = cells ?? [];
  return { date: isoDate(date ?? '', timeZone), kind: textOf(kind ?? ''), id: textOf(id ?? '') };
}

export function recordCells(record: CheckIn): WritableValue[] {
  return [
    day(record.date),
    record.kind,
    record.id,
    record.value,
    record.standard,
    record.met,
    record.confidence,
    record.note,
  ];
}

/** A pending write of the log: the row it starts on and its cells, or null when nothing changed. */
export interface CheckInWrite {
  startRow: number;
  cells: CellWrite[][];
  /** How many of the block's rows are new records, below the last row the log had. */
  appended: number;
}

/**
 * The one block that carries `changes`: from the row of the first updated record to the last
 * appended one. Rows in between are written back as they were read.
 */
export function planCheckInWrite(log: CheckInLog, changes: CheckInChanges): CheckInWrite | null {
  if (changes.updates.length === 0 && changes.appends.length === 0) return null;

  const endRow = logEndRow(log);
  const updatedRows = new Map(changes.updates.map((u) => [log.rows[u.index], u.record]));
  if ([...updatedRows.keys()].some((row) => row < log.rawStartRow)) {
    // The reader locates every record a run may replace; this would be a bug, not a user's error.
    throw new Error('A record to replace lies outside the part of the log that was read.');
  }
  // (A loop, not Math.min(...rows): tens of thousands of arguments overflow the stack.)
  let startRow = endRow;
  for (const row of updatedRows.keys()) startRow = Math.min(startRow, row);

  const block: WritableValue[][] = [];
  for (let row = startRow; row < endRow; row++) {
    const update = updatedRows.get(row);
    block.push(update ? recordCells(update) : rawCells(log.raw[row - log.rawStartRow]));
  }
  for (const record of changes.appends) block.push(recordCells(record));
  return { startRow, cells: cellValues(block), appended: changes.appends.length };
}

/** The row after the log's last: where the next record goes. */
export function logEndRow(log: CheckInLog): number {
  return log.rawStartRow + log.raw.length;
}

function rawCells(cells: CellValue[]): WritableValue[] {
  const width = SPEC.columns.length;
  return Array.from({ length: width }, (_, i) => cells[i] ?? '');
}

export function writeCheckIns(sheet: Sheet, write: CheckInWrite) {
  if (write.cells.length === 0) return;

  // A range past the sheet's last row throws, so new records get rows of their own: one call
  // whatever the sheet's size, where checking getMaxRows first would cost one more.
  if (write.appended > 0) {
    const lastLoggedRow = write.startRow + write.cells.length - write.appended - 1;
    sheet.insertRowsAfter(lastLoggedRow, write.appended);
  }
  sheet
    .getRange(write.startRow, 1, write.cells.length, write.cells[0].length)
    .setValues(write.cells);
}
