// The History cells of KRAs and Key Results, and the part of the Check-ins log a run reads.
//
// Once every History cell has been written from the whole log (a document property says so), a
// run takes its records from those cells, read with their rows at no extra call, and reads of the
// log only the rows it may replace and the rows its new records take: today's KRA records, found
// through the row each History cell keeps, and the rows below the log's kept end, all checked
// before they are trusted. Anything unexpected (a cell edited by hand, a log row moved, a sheet
// set up again) sends the run back to reading the whole log, which rebuilds every History cell.

import {
  formatKeyResultHistory,
  formatKraHistory,
  parseHistory,
  type RowHistory,
} from '../core/history';
import { keyResultRecords } from '../core/keyResult';
import { textOf } from '../core/numbers';
import type { CellValue, CheckIn, CheckInChanges } from '../core/types';
import {
  FIRST_LOG_ROW,
  LOG_WIDTH,
  logEndRow,
  logRangeA1,
  readCheckIns,
  readLogEnd,
  recordKey,
  sameKey,
  type CheckInLog,
  type LogAccess,
  type LogEnd,
  type RecordKey,
} from './checkins';
import { Digest } from './digest';
import type { SheetTable } from './read';

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * Document property: present once the History cells hold everything the log holds, with a digest
 * of the IDs whose History cell the last run found blank (`{"blank": "<digest>"}`; `1` before).
 */
const HISTORY_BUILT_KEY = 'history:built';

export interface HistoryTables {
  kras: SheetTable;
  keyResults: SheetTable;
}

/** Whether both sheets have their History column (a workbook set up before it has not). */
export function historyKept(tables: HistoryTables): boolean {
  return tables.kras.computed.has('history') && tables.keyResults.computed.has('history');
}

/**
 * The log as a run needs it: from the History cells when they can be trusted (not yet placed: a
 * run that writes the log places it first), else read whole.
 */
export function readLog(access: LogAccess, today: string, tables: HistoryTables): CheckInLog {
  const built = access.properties.getProperty(HISTORY_BUILT_KEY);
  if (historyKept(tables) && built !== null) {
    // Every row with an ID is given a History cell: a blank one was cleared, or its row is new,
    // unless the last run found the same cells blank.
    const blanks = blankHistoryIds(tables);
    const fromHistory =
      blanks.size === 0 || sameBlanks(built, blanks) ? readLogFromHistory(today, tables) : null;
    if (fromHistory) return fromHistory;
  }
  return readCheckIns(access.sheet(), access.timeZone);
}

/** After a run wrote every History cell; Set up sheets forgets it, so the next run reads all. */
export function markHistoryBuilt(properties: Properties, tables: HistoryTables | null) {
  if (!tables || !historyKept(tables)) {
    properties.deleteProperty(HISTORY_BUILT_KEY);
    return;
  }
  // The cells this run found blank on rows with an ID it has written: should the same cells be
  // blank next time, they cannot hold a value (merged into a section heading, say), and the log
  // need not be read again for them. Any other blank cell means the whole log.
  const blank = blanksDigest(blankHistoryIds(tables));
  properties.setProperty(HISTORY_BUILT_KEY, JSON.stringify({ blank }));
}

/** Whether the cells blank now are the ones the last run found blank and wrote. */
function sameBlanks(built: string, blanks: Set<string>): boolean {
  try {
    return (JSON.parse(built) as { blank?: unknown })?.blank === blanksDigest(blanks);
  } catch {
    return false;
  }
}

function blanksDigest(blanks: Set<string>): string {
  return new Digest().add([...blanks].sort().join('\u0001')).toString();
}

/** The rows with an ID and a blank History cell, by kind and ID. */
function blankHistoryIds(tables: HistoryTables): Set<string> {
  const blank = new Set<string>();
  for (const [table, kind] of [
    [tables.kras, 'KRA'],
    [tables.keyResults, 'Key result'],
  ] as const) {
    const historyColumn = table.computed.get('history');
    const idColumn = table.typed.get('id');
    if (historyColumn === undefined || idColumn === undefined) continue;
    for (let r = 1; r < table.values.length; r++) {
      const id = textOf(table.values[r][idColumn]).trim();
      if (id !== '' && textOf(table.values[r][historyColumn]).trim() === '') {
        blank.add(knownId(kind, id));
      }
    }
  }
  return blank;
}

/**
 * Each ID's history, from the first cell that names it (whatever its row's ID is now, so that a
 * retyped or swapped ID keeps its history as the log does); null if any cell is unreadable.
 */
function histories(table: SheetTable, kind: CheckIn['kind']): Map<string, RowHistory> | null {
  const byId = new Map<string, RowHistory>();
  const historyColumn = table.computed.get('history');
  if (historyColumn === undefined) return byId;

  for (let r = 1; r < table.values.length; r++) {
    const parsed = parseHistory(textOf(table.values[r][historyColumn]), kind);
    if (parsed.kind === 'unreadable') return null;
    if (parsed.kind === 'history' && !byId.has(parsed.id)) byId.set(parsed.id, parsed.history);
  }
  return byId;
}

function readLogFromHistory(today: string, tables: HistoryTables): CheckInLog | null {
  const kras = histories(tables.kras, 'KRA');
  const keyResults = histories(tables.keyResults, 'Key result');
  if (!kras || !keyResults) return null;

  // Each record's log row is unknown (-1) but for a KRA's last, whose row its cell keeps.
  const records: CheckIn[] = [];
  const rows: number[] = [];
  const add = (history: RowHistory) => {
    records.push(...history.records);
    history.records.forEach((_, i) =>
      rows.push(i === history.records.length - 1 ? (history.lastRow ?? -1) : -1),
    );
  };
  /** Log row -> the KRA ID whose record of today it holds. */
  const todays = new Map<number, string>();
  for (const [id, history] of kras) {
    add(history);
    if (history.records[history.records.length - 1]?.date !== today) continue;
    if (history.lastRow === null || history.lastRow < FIRST_LOG_ROW) return null;
    todays.set(history.lastRow, id);
  }
  for (const history of keyResults.values()) add(history);
  // A clock set back (a day earlier, another time zone) may replace or skip KRA records the
  // History cells cannot place: the whole log decides. (A key result's cell keeps every value
  // whatever its day, so one dated ahead, a typo say, need not send every run to the log.)
  if (records.some((record) => record.kind === 'KRA' && record.date > today)) return null;
  const knownIds = new Set([
    ...[...kras.keys()].map((id) => knownId('KRA', id)),
    ...[...keyResults.keys()].map((id) => knownId('Key result', id)),
  ]);
  return { records, rows, rawStartRow: FIRST_LOG_ROW, raw: [], knownIds, unplaced: todays };
}

/**
 * Finds, for a log read from History cells, the rows a write of `appends` will touch: today's KRA
 * records (checked to still hold that day, kind and ID) and where the log ends. Through the kept
 * end this is one A1 range read from the first of those rows over the rows the new records take,
 * which must exist and be blank; without it, the sheet is asked. Null when the run must read the
 * whole log instead: a row does not hold what it should, or a new record's ID no History cell
 * names. A log read whole is placed already.
 */
export function placeLog(
  access: LogAccess,
  log: CheckInLog,
  today: string,
  appends: readonly CheckIn[],
): CheckInLog | null {
  const todays = log.unplaced;
  if (!todays) return log;
  if (needsWholeLog(log, appends)) return null;
  const placed = { ...log, unplaced: undefined };
  const appended = appends.length;

  const kept = readLogEnd(access.properties);
  if (appended === 0 && todays.size === 0) {
    // Nothing will be written to the log: no row of it needs reading.
    return { ...placed, rawStartRow: kept?.endRow ?? FIRST_LOG_ROW, raw: [] };
  }
  if (kept) {
    const byRange = placeByKeptEnd(access, placed, todays, today, kept, appended);
    if (byRange) return byRange;
  }
  return placeBySheet(access, placed, todays, today);
}

function placeByKeptEnd(
  access: LogAccess,
  log: CheckInLog,
  todays: Map<number, string>,
  today: string,
  kept: LogEnd,
  appended: number,
): CheckInLog | null {
  const lastRecordRow = kept.endRow - 1;
  // From today's first record (the rows down to the end are written back as read), or else from
  // the first new row: the last record is not read, so that it is not written back either (a
  // formula typed there would become its value). Rows deleted from the log by hand then leave
  // blank rows above the new records; rows inserted or typed put records where the new ones go,
  // which the check below catches.
  let from = kept.endRow;
  for (const row of todays.keys()) from = Math.min(from, row);
  const to = kept.endRow + appended - 1;
  if (to > kept.spareTo) return null;

  let window: GoogleAppsScript.Spreadsheet.Range;
  let values: CellValue[][];
  try {
    window = access.spreadsheet.getRange(logRangeA1(from, to));
    values = window.getValues() as CellValue[][];
  } catch {
    // Rows deleted below the log, or the sheet renamed: the sheet is asked.
    return null;
  }

  const keyAt = (row: number) => recordKey(values[row - from], access.timeZone);
  if (!todaysStillThere(todays, today, keyAt)) return null;
  if (lastRecordRow >= from && !sameKey(keyAt(lastRecordRow), kept.last)) return null;
  const newRows = values.slice(kept.endRow - from);
  if (newRows.some((cells) => cells.some((cell) => cell !== ''))) return null;

  return {
    ...log,
    rawStartRow: from,
    raw: values.slice(0, kept.endRow - from),
    window,
    spareTo: kept.spareTo,
  };
}

function placeBySheet(
  access: LogAccess,
  log: CheckInLog,
  todays: Map<number, string>,
  today: string,
): CheckInLog | null {
  const sheet = access.sheet();

  // Nothing to replace: only where the log ends is needed.
  if (todays.size === 0) {
    const rawStartRow = Math.max(sheet.getLastRow() + 1, FIRST_LOG_ROW);
    return { ...log, rawStartRow, raw: [] };
  }

  // Today's records and everything below them, so that the block rewritten keeps what it holds.
  // (A loop, not Math.min(...rows): tens of thousands of arguments overflow the stack.)
  let startRow = Infinity;
  for (const row of todays.keys()) startRow = Math.min(startRow, row);
  let tail: CellValue[][];
  try {
    tail = sheet.getSheetValues(startRow, 1, -1, LOG_WIDTH) as CellValue[][];
  } catch {
    return null;
  }
  const keyAt = (row: number) => recordKey(tail[row - startRow], access.timeZone);
  if (!todaysStillThere(todays, today, keyAt)) return null;
  return { ...log, rawStartRow: startRow, raw: tail };
}

/** Whether each of today's rows still holds today's record of its KRA. */
function todaysStillThere(
  todays: Map<number, string>,
  today: string,
  keyAt: (row: number) => RecordKey,
): boolean {
  for (const [row, id] of todays) {
    const key = keyAt(row);
    if (key.date !== today || key.kind !== 'KRA' || key.id !== id) return false;
  }
  return true;
}

function knownId(kind: CheckIn['kind'], id: string): string {
  return `${kind}\u0000${id}`;
}

/**
 * Whether a run read from the History cells is about to log an ID that no History cell names: a
 * new row's first record, or an ID retyped, or a row deleted and typed again, whose earlier records
 * only the log holds. Such a run reads the whole log before it writes anything.
 */
function needsWholeLog(log: CheckInLog, appends: readonly CheckIn[]): boolean {
  const known = log.knownIds;
  return known !== undefined && appends.some((r) => !known.has(knownId(r.kind, r.id)));
}

/** The History cell of each ID once this run's records are in the log. */
export function historyCells(
  log: CheckInLog,
  changes: CheckInChanges,
  fullLog: readonly CheckIn[],
  today: string,
): { kras: Map<string, string>; keyResults: Map<string, string> } {
  const endRow = logEndRow(log);
  const rowOf = (index: number) =>
    index < log.rows.length ? log.rows[index] : endRow + index - log.rows.length;

  const kraRecords = new Map<string, { records: CheckIn[]; lastDay: string; lastRow: number }>();
  fullLog.forEach((record, index) => {
    if (record.kind !== 'KRA') return;
    const entry = kraRecords.get(record.id) ?? { records: [], lastDay: '', lastRow: -1 };
    entry.records.push(record);
    // The row of the latest day's last record, where a second run that day replaces it.
    if (record.date >= entry.lastDay) {
      entry.lastDay = record.date;
      entry.lastRow = rowOf(index);
    }
    kraRecords.set(record.id, entry);
  });

  const kras = new Map<string, string>();
  for (const [id, entry] of kraRecords) {
    kras.set(
      id,
      formatKraHistory(id, entry.records, entry.lastRow > 0 ? entry.lastRow : null, today),
    );
  }
  const keyResults = new Map<string, string>();
  for (const [id, records] of keyResultRecords(fullLog)) {
    keyResults.set(id, formatKeyResultHistory(id, records));
  }
  return { kras, keyResults };
}
