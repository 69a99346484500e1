// The History cells of KRAs and Key Results, and the part of the Check-ins log a run reads.
//
// Once every History cell has been written from the whole log (a document property says so), a
// run takes its records from those cells, read with their rows at no extra call, and reads of the
// log only the rows it may replace: today's KRA records, found through the row each History cell
// keeps and checked before they are trusted. Anything unexpected (a cell edited by hand, a log
// row moved, a sheet set up again) sends the run back to reading the whole log, which rebuilds
// every History cell.

import {
  formatKeyResultHistory,
  formatKraHistory,
  parseHistory,
  type RowHistory,
} from '../core/history';
import { keyResultRecords } from '../core/keyResult';
import { textOf } from '../core/numbers';
import type { CheckIn, CheckInChanges } from '../core/types';
import {
  FIRST_LOG_ROW,
  LOG_WIDTH,
  logEndRow,
  readCheckIns,
  recordKey,
  type CheckInLog,
} from './checkins';
import type { SheetTable } from './read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** Document property: present once the History cells hold everything the log holds. */
const HISTORY_BUILT_KEY = 'history:built';

export interface HistoryTables {
  kras: SheetTable;
  keyResults: SheetTable;
}

/** Whether both sheets have their History column (a workbook set up before it has not). */
export function historyKept(tables: HistoryTables): boolean {
  return tables.kras.computed.has('history') && tables.keyResults.computed.has('history');
}

/** The log as a run needs it: from the History cells when they can be trusted, else read whole. */
export function readLog(
  sheet: Sheet,
  timeZone: string,
  today: string,
  tables: HistoryTables,
  properties: Properties,
): CheckInLog {
  if (historyKept(tables) && properties.getProperty(HISTORY_BUILT_KEY) !== null) {
    const fromHistory = readLogFromHistory(sheet, timeZone, today, tables);
    if (fromHistory) return fromHistory;
  }
  return readCheckIns(sheet, timeZone);
}

/** After a run wrote every History cell; Set up sheets forgets it, so the next run reads all. */
export function markHistoryBuilt(properties: Properties, built: boolean) {
  if (built) properties.setProperty(HISTORY_BUILT_KEY, '1');
  else properties.deleteProperty(HISTORY_BUILT_KEY);
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

function readLogFromHistory(
  sheet: Sheet,
  timeZone: string,
  today: string,
  tables: HistoryTables,
): CheckInLog | null {
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
  // A clock set back (a day earlier, another time zone) may replace or skip records the History
  // cells cannot place: the whole log decides.
  if (records.some((record) => record.date > today)) return null;
  const knownIds = new Set([
    ...[...kras.keys()].map((id) => knownId('KRA', id)),
    ...[...keyResults.keys()].map((id) => knownId('Key result', id)),
  ]);

  // Nothing to replace: only where the log ends is needed.
  if (todays.size === 0) {
    const lastRow = sheet.getLastRow();
    const rawStartRow = Math.max(lastRow + 1, FIRST_LOG_ROW);
    return { records, rows, rawStartRow, raw: [], knownIds };
  }

  // Today's records and everything below them, so that the block rewritten keeps what it holds.
  // (A loop, not Math.min(...rows): tens of thousands of arguments overflow the stack.)
  let startRow = Infinity;
  for (const row of todays.keys()) startRow = Math.min(startRow, row);
  let tail: unknown[][];
  try {
    tail = sheet.getSheetValues(startRow, 1, -1, LOG_WIDTH);
  } catch {
    return null;
  }
  for (const [row, id] of todays) {
    const key = recordKey(tail[row - startRow] as CheckInLog['raw'][number], timeZone);
    if (key.date !== today || key.kind !== 'KRA' || key.id !== id) return null;
  }
  return { records, rows, rawStartRow: startRow, raw: tail as CheckInLog['raw'], knownIds };
}

function knownId(kind: CheckIn['kind'], id: string): string {
  return `${kind}\u0000${id}`;
}

/**
 * Whether a run read from the History cells is about to log an ID that no History cell names: a
 * new row's first record, or an ID retyped, or a row deleted and typed again, whose earlier records
 * only the log holds. Such a run reads the whole log before it writes anything.
 */
export function needsWholeLog(log: CheckInLog, appends: readonly CheckIn[]): boolean {
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
