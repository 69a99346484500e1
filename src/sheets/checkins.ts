// The Check-ins sheet: the add-on's own log (a banner on row 1, headers on row 2, records below).
// Read whole with one getValues; written as one block from the first changed record to the end.
// Where the log ends is kept in a document property with spare rows below it, so that a run can
// read and write the rows it needs by A1 range without looking the sheet up.

import { isoDate, parseNumber, textOf } from '../core/numbers';
import type { CellValue, CheckIn, CheckInChanges } from '../core/types';
import { cellValues, day, sameCell, type CellWrite, type WritableValue } from './cells';
import { columnLetter } from './columns';
import { AddOnError } from './errors';
import { readAllValues, requireSheet } from './read';
import { TEMPLATE } from './template';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

const SPEC = TEMPLATE.checkIns;
const FIRST_RECORD_ROW = SPEC.headerRow + 1;
export const FIRST_LOG_ROW = FIRST_RECORD_ROW;
export const LOG_WIDTH = SPEC.columns.length;

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
  /**
   * Read from History cells and not yet placed (placeLog): the log rows of today's KRA records,
   * each with its ID, still to be checked before they are replaced.
   */
  unplaced?: Map<number, string>;
  /** Placed by the kept end: the range from `rawStartRow` over the rows new records take. */
  window?: Range;
  /** The last row known to exist below the log (spare rows), from the kept end. */
  spareTo?: number;
}

/** How a run reaches the log: by A1 range while the kept end holds, else through the sheet. */
export interface LogAccess {
  spreadsheet: Spreadsheet;
  properties: Properties;
  timeZone: string;
  /** The Check-ins sheet, looked up on first need (getSheetByName is a call of its own). */
  sheet: () => Sheet;
}

export function logAccess(
  spreadsheet: Spreadsheet,
  properties: Properties,
  timeZone: string,
): LogAccess {
  let sheet: Sheet | undefined;
  return {
    spreadsheet,
    properties,
    timeZone,
    sheet: () => (sheet ??= requireSheet(spreadsheet, SPEC)),
  };
}

/** Document property: where the log ended when the add-on last wrote it. */
const LOG_END_KEY = 'checkins:end';

export interface RecordKey {
  date: string | null;
  kind: string;
  id: string;
}

export interface LogEnd {
  /** The row after the last record. */
  endRow: number;
  /** The last row known to exist: rows inserted to spare, so that new records need no insert. */
  spareTo: number;
  /** The last record's day, kind and ID (null for an empty log): it is still there if nothing moved. */
  last: RecordKey | null;
}

/** Rows inserted beyond new records: about a week of them, at least a hundred. */
function spareRows(appended: number): number {
  return Math.max(100, appended * 6);
}

export function readLogEnd(properties: Properties): LogEnd | null {
  try {
    const end = JSON.parse(properties.getProperty(LOG_END_KEY) ?? 'null') as LogEnd | null;
    const valid =
      end !== null &&
      Number.isInteger(end.endRow) &&
      end.endRow >= FIRST_RECORD_ROW &&
      Number.isInteger(end.spareTo) &&
      end.spareTo >= end.endRow - 1;
    return valid ? end : null;
  } catch {
    return null;
  }
}

/** Set up sheets forgets the end: the log may have been edited, and the next run reads it whole. */
export function forgetLogEnd(properties: Properties) {
  properties.deleteProperty(LOG_END_KEY);
}

/** The A1 range of log rows `from` to `to`, every column. */
export function logRangeA1(from: number, to: number): string {
  return `'${SPEC.name}'!A${from}:${columnLetter(LOG_WIDTH)}${to}`;
}

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
export function recordKey(cells: readonly CellValue[] | undefined, timeZone: string): RecordKey {
  const [date, kind, id] = cells ?? [];
  return { date: isoDate(date ?? '', timeZone), kind: textOf(kind ?? ''), id: textOf(id ?? '') };
}

export function sameKey(a: RecordKey | null, b: RecordKey | null): boolean {
  if (a === null || b === null) return a === b;
  return a.date === b.date && a.kind === b.kind && a.id === b.id;
}

/** A row as written: text carries the apostrophe that keeps it text. */
function writtenKey(cells: readonly CellWrite[], timeZone: string): RecordKey {
  const unescaped = cells.map((c) => (typeof c === 'string' ? c.replace(/^'/, '') : c));
  return recordKey(unescaped, timeZone);
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
  if (log.unplaced) throw new Error('The log must be placed before it is written.');
  const updatedRows = new Map(changes.updates.map((u) => [log.rows[u.index], u.record]));
  if ([...updatedRows.keys()].some((row) => row < log.rawStartRow)) {
    // The reader locates every record a run may replace; this would be a bug, not a user's error.
    throw new Error('A record to replace lies outside the part of the log that was read.');
  }
  // (A loop, not Math.min(...rows): tens of thousands of arguments overflow the stack.)
  let startRow = endRow;
  for (const row of updatedRows.keys()) startRow = Math.min(startRow, row);
  // A log placed by its kept end is written over the range it was read through.
  if (log.window) startRow = log.rawStartRow;

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
  return Array.from({ length: LOG_WIDTH }, (_, i) => cells[i] ?? '');
}

/** Whether every row about to be written holds the same day and cells as the row read there. */
function sameRecords(
  written: readonly CellWrite[][],
  read: readonly CellValue[][],
  timeZone: string,
): boolean {
  return written.every((cells, i) => {
    const before = read[i] ?? [];
    if (!sameKey(writtenKey(cells, timeZone), recordKey(before, timeZone))) return false;
    return cells.every((cell, j) => j === 0 || sameCell(before[j] ?? '', cell));
  });
}

/**
 * Prepares the write of the block, before anything is written (a Check-ins sheet too narrow for
 * the log stops the run here), and returns it; it also keeps where the log then ends. A log placed
 * by its kept end takes one call: its range was read and checked (the rows new records take are
 * blank). Otherwise the sheet is used, and when it is too short for the new records (a range past
 * its last row throws) it grows by them and spare rows, so that the next runs find rows there.
 */
export function prepareCheckInWrite(
  access: LogAccess,
  log: CheckInLog,
  write: CheckInWrite,
): () => void {
  const nothing = () => undefined;
  if (write.cells.length === 0) return nothing;
  const lastRow = write.startRow + write.cells.length - 1;
  const keepEnd = (spareTo: number) => {
    const end: LogEnd = {
      endRow: lastRow + 1,
      spareTo,
      last: writtenKey(write.cells[write.cells.length - 1], access.timeZone),
    };
    access.properties.setProperty(LOG_END_KEY, JSON.stringify(end));
  };

  const window = log.window;
  if (window) {
    // planCheckInWrite covers exactly the range read: anything else is a bug, stopped here.
    if (write.cells.length !== logEndRow(log) - log.rawStartRow + write.appended) {
      throw new Error('The log write does not match the range it was read through.');
    }
    // A second click that records what today's records already hold writes nothing.
    if (write.appended === 0 && sameRecords(write.cells, log.raw, access.timeZone)) return nothing;
    const spareTo = Math.max(lastRow, log.spareTo ?? lastRow);
    return () => {
      window.setValues(write.cells);
      keepEnd(spareTo);
    };
  }

  // Through the sheet, the log was read to its last row with data: every row below is blank.
  const sheet = access.sheet();
  const columns = sheet.getMaxColumns();
  if (columns < LOG_WIDTH) {
    throw new AddOnError(
      'structure',
      `The ${SPEC.name} sheet has ${columns} columns where the log needs ${LOG_WIDTH}; run Set up sheets to put them back.`,
    );
  }
  const maxRows = write.appended > 0 ? sheet.getMaxRows() : lastRow;
  return () => {
    let spareTo = Math.max(lastRow, maxRows);
    if (lastRow > maxRows) {
      // Rows only when the sheet is too short, with spare rows for the coming days.
      const spare = spareRows(write.appended);
      sheet.insertRowsAfter(maxRows, lastRow - maxRows + spare);
      spareTo = lastRow + spare;
    }
    sheet
      .getRange(write.startRow, 1, write.cells.length, write.cells[0].length)
      .setValues(write.cells);
    keepEnd(spareTo);
  };
}
