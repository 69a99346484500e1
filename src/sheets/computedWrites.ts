// Turning core results into the cells of each sheet's computed columns: one block per run of
// side-by-side computed columns, values and notes together, every data row covered so that a row
// that lost its result is cleared rather than left stale.

import type { SheetKey } from '../core/types';
import { cellValues, type CellWrite, type WritableValue } from './cells';
import type { SheetTable } from './read';

/** One contiguous block of computed columns to write with one setValues (and one setNotes). */
export interface ComputedBlock {
  sheetKey: SheetKey;
  row: number;
  column: number;
  values: CellWrite[][];
  notes: string[][];
}

/** The cells of one row's computed fields, and the notes that explain them. */
export type RowCells = (
  row: number,
) => { values: Record<string, WritableValue>; notes: Record<string, string> } | null;

export function computedBlocks(
  sheetKey: SheetKey,
  table: SheetTable,
  cellsFor: RowCells,
): ComputedBlock[] {
  const dataRows = table.values.length - 1;
  if (dataRows <= 0) return [];

  const columns = [...table.computed.entries()].sort((a, b) => a[1] - b[1]);
  const runs: [string, number][][] = [];
  for (const entry of columns) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1][1] + 1 === entry[1]) run.push(entry);
    else runs.push([entry]);
  }

  const rowCells = Array.from({ length: dataRows }, (_, i) => cellsFor(i + 2));
  return runs.map((run) => ({
    sheetKey,
    row: 2,
    column: run[0][1] + 1,
    values: cellValues(rowCells.map((cells) => run.map(([field]) => cells?.values[field] ?? null))),
    notes: rowCells.map((cells) => run.map(([field]) => cells?.notes[field] ?? '')),
  }));
}

export function writeComputedBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  block: ComputedBlock,
) {
  const range = sheet.getRange(
    block.row,
    block.column,
    block.values.length,
    block.values[0].length,
  );
  range.setValues(block.values);
  // A block whose columns carry no explanation (Owners) needs no notes call.
  if (block.notes.some((row) => row.some((note) => note !== ''))) range.setNotes(block.notes);
}
