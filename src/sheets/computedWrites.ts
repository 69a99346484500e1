// Turning core results into the cells of each sheet's computed columns: one block per run of
// side-by-side computed columns, values and notes together, every data row covered so that a row
// that lost its result is cleared rather than left stale. A block is written only where it
// differs from what the sheet holds: each call costs a round trip, and every write is a revision
// in the spreadsheet's version history.

import type { CellValue, SheetKey } from '../core/types';
import {
  asRead,
  asWritten,
  cellValues,
  sameCell,
  type CellWrite,
  type WritableValue,
} from './cells';
import { Digest } from './digest';
import type { SheetTable } from './read';

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * Document properties `notes:<sheet>`: for each computed block of the sheet, by its first column,
 * a digest of the notes last written there. Only the blocks of the last run are kept, so a block
 * that moved away and back is written again.
 */
const NOTES_KEY_PREFIX = 'notes:';

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

/**
 * Writes each of a sheet's blocks: its values when they differ from the values the run read, its
 * notes when they differ from the notes the add-on last wrote there, or when the sheet's rows are
 * no longer as that run left them (a row deleted or typed again takes its notes with it). Notes
 * cannot be read without a call of their own: a digest kept in a document property stands in for
 * them. No call for a block where neither changed.
 */
export function writeComputedBlocks(
  table: SheetTable,
  blocks: readonly ComputedBlock[],
  properties: Properties,
) {
  const key = `${NOTES_KEY_PREFIX}${table.spec.key}`;
  const written = readDigests(properties.getProperty(key));
  // A block whose columns carry no explanation (Owners) needs no notes call, nor the rows' digest.
  const explained = blocks.filter((block) =>
    block.notes.some((row) => row.some((note) => note !== '')),
  );
  const rows = explained.length ? rowsDigests(table.values, blocks) : null;
  const digests: Record<string, string> = {};

  for (const block of blocks) {
    const valuesChanged = !sameAsRead(block, table.values);
    const notes = rows && explained.includes(block) ? notesDigest(block) : null;
    if (notes !== null) digests[block.column] = `${notes}/${rows!.after}`;
    const notesChanged = notes !== null && written[block.column] !== `${notes}/${rows!.now}`;
    if (!valuesChanged && !notesChanged) continue;

    const range = table.sheet.getRange(
      block.row,
      block.column,
      block.values.length,
      block.values[0].length,
    );
    if (valuesChanged) range.setValues(block.values);
    if (notesChanged) range.setNotes(block.notes);
  }

  const kept = JSON.stringify(digests);
  if (kept !== JSON.stringify(written)) properties.setProperty(key, kept);
}

function readDigests(text: string | null): Record<string, string> {
  try {
    const parsed = JSON.parse(text ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Set up sheets forgets every notes digest, so that the next run writes every note again. */
export function forgetNotes(properties: Properties) {
  for (const key of properties.getKeys()) {
    if (key.startsWith(NOTES_KEY_PREFIX)) properties.deleteProperty(key);
  }
}

/** Whether every cell of the block already holds what it would write. */
function sameAsRead(block: ComputedBlock, read: readonly (readonly CellValue[])[]): boolean {
  for (let i = 0; i < block.values.length; i++) {
    const cells = read[block.row - 1 + i];
    const written = block.values[i];
    for (let j = 0; j < written.length; j++) {
      if (!sameCell(cells?.[block.column - 1 + j] ?? '', written[j])) return false;
    }
  }
  return true;
}

/** The block's place and notes. */
function notesDigest(block: ComputedBlock): string {
  return new Digest().add(JSON.stringify([block.row, block.column, block.notes])).toString();
}

/**
 * Every data row of the sheet, in one pass: as read (`now`), and with `blocks` written over it
 * (`after`, what the sheet holds once this run's writes are done).
 */
function rowsDigests(read: readonly (readonly CellValue[])[], blocks: readonly ComputedBlock[]) {
  // Which block, if any, each column belongs to.
  const ends = blocks.map((b) => b.column - 1 + (b.values[0]?.length ?? 0));
  const width = Math.max(read[0]?.length ?? 0, ...ends);
  const owner: (ComputedBlock | undefined)[] = new Array<ComputedBlock | undefined>(width);
  for (const b of blocks) {
    for (let j = 0; j < (b.values[0]?.length ?? 0); j++) owner[b.column - 1 + j] = b;
  }

  const now = new Digest();
  const after = new Digest();
  for (let r = 1; r < read.length; r++) {
    const cells = read[r];
    for (let c = 0; c < width; c++) {
      const cell = asRead(cells[c] ?? '');
      const block = owner[c];
      const written = block?.values[r + 1 - block.row];
      now.add(cell).add('\u0001');
      after.add(written ? asWritten(written[c - (block!.column - 1)]) : cell).add('\u0001');
    }
    now.add('\u0002');
    after.add('\u0002');
  }
  return { now: now.toString(), after: after.toString() };
}
