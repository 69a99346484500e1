// A check-in from the sidebar: the key result's Current, Confidence and Last check-in cells, and one
// record in the Check-ins log. Only the cells the person asked to change are written.

import { formatKeyResultHistory } from '../core/history';
import { parseNumber, shownNumber, textOf } from '../core/numbers';
import type { CheckIn } from '../core/types';
import { cellValue, day, type WritableValue } from './cells';
import { planCheckInWrite, prepareCheckInWrite, readCheckIns } from './checkins';
import { placeLog } from './history';
import { AddOnError } from './errors';
import type { SheetTable } from './read';
import { readWorkbook } from './recalculate';
import type { Zone } from './zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export interface CheckInRequest {
  keyResultId: string;
  /** A number, or the text as the person typed it (read in the spreadsheet's locale). */
  current: number | string;
  confidence?: number;
  note?: string;
}

/** One cell of the key result's row to write: 1-based column. */
interface CellWriteAt {
  column: number;
  value: WritableValue;
}

/**
 * Writes the check-in and returns the record it logged. The record goes in before any
 * recalculation, so the core sees the value as already recorded and does not log it twice.
 */
export function checkInKeyResult(
  spreadsheet: Spreadsheet,
  properties: Properties,
  today: string,
  request: CheckInRequest,
  zone?: Zone,
): CheckIn {
  const read = readWorkbook(spreadsheet, properties, today, zone);
  const { tables, logAccess: access, input } = read;
  const id = request.keyResultId.trim();
  const keyResult = input.keyResults.find((k) => textOf(k.id) === id);
  if (!keyResult) {
    throw new AddOnError('unknown-id', `There is no key result with the ID "${id}".`);
  }

  // Everything is checked before the first write, so a bad value leaves the sheet as it was.
  const value = readCurrent(request.current, input.locale);
  const column = (field: string) => columnOf(tables.keyResults, field);
  const cells: CellWriteAt[] = [
    { column: column('current'), value: typedCurrent(request.current) },
    { column: column('lastCheckIn'), value: day(today) },
  ];
  if (request.confidence !== undefined) {
    cells.push({ column: column('confidence'), value: request.confidence });
  }

  const record: CheckIn = {
    date: today,
    kind: 'Key result',
    id,
    value,
    standard: null,
    met: null,
    confidence: request.confidence ?? null,
    note: request.note?.trim() ?? '',
  };
  // A key result no History cell names may have earlier records in the log only; a log whose
  // end cannot be placed is read whole too.
  const log =
    placeLog(access, read.log, today, [record]) ?? readCheckIns(access.sheet(), input.timeZone);

  // The row's History cell takes the record too, so that the next recalculation knows it.
  const historyColumn = tables.keyResults.computed.get('history');
  if (historyColumn !== undefined) {
    const recorded = log.records.filter((r) => r.kind === 'Key result' && r.id === id);
    cells.push({
      column: historyColumn + 1,
      value: formatKeyResultHistory(id, [...recorded, record]),
    });
  }

  // The log's write is prepared first, so that a Check-ins sheet it cannot take stops here.
  const write = planCheckInWrite(log, { updates: [], appends: [record] });
  const writeLog = write ? prepareCheckInWrite(access, log, write) : null;
  writeRowCells(tables.keyResults.sheet, keyResult.row, cells);
  writeLog?.();
  return record;
}

/** The 1-based column of a typed field, or a clear message telling to run Set up sheets. */
function columnOf(table: SheetTable, field: string): number {
  const index = table.typed.get(field);
  if (index === undefined) {
    const header = table.spec.columns.find((c) => c.field === field)?.header ?? field;
    throw new AddOnError(
      'structure',
      `The ${table.spec.name} sheet has no ${header} column; run Set up sheets to add it.`,
    );
  }
  return index + 1;
}

/**
 * The number a check-in records; anything the core would not read as a number is refused. The log
 * holds numbers only, so a milestone is checked in as a share (100% or 0.5), not as "done".
 */
function readCurrent(current: number | string, locale: string): number {
  const parsed = parseNumber(current, locale);
  if (parsed.kind === 'number') return parsed.value;

  const shown = typeof current === 'number' ? String(current) : `"${current.trim()}"`;
  const why = parsed.kind === 'blank' ? 'counts as blank' : `is not a number in ${locale}`;
  throw new AddOnError(
    'invalid-argument',
    `The current value ${shown} ${why}; enter a number such as 7, 45% or 1200.`,
  );
}

/** The cells of one row, sorted by column: side-by-side cells share one setValues. */
function writeRowCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  cells: CellWriteAt[],
) {
  const sorted = [...cells].sort((a, b) => a.column - b.column);
  const runs: CellWriteAt[][] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].column + 1 === cell.column) run.push(cell);
    else runs.push([cell]);
  }

  for (const run of runs) {
    if (run.length === 1) {
      sheet.getRange(row, run[0].column).setValue(cellValue(run[0].value));
    } else {
      sheet
        .getRange(row, run[0].column, 1, run.length)
        .setValues([run.map((cell) => cellValue(cell.value))]);
    }
  }
}

/** The Current cell as the person typed it: a number stays a number, text stays text. */
function typedCurrent(current: number | string): number | string {
  return typeof current === 'number' ? current : current.trim();
}

/** How the check-in reads in a message: the text as typed, or the number. */
export function shownCurrent(current: number | string): string {
  return typeof current === 'number' ? shownNumber(current) : current.trim();
}
