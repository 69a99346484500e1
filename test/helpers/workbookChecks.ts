// What the reliability tests check on a workbook after the add-on ran: which cells changed, that
// a team's columns survived Set up sheets, and that no formula exists anywhere.

import type { AppsScriptRuntime, LocalWorkbook } from '../../src/local/runtime';
import { COMPUTED_COLUMN_KEY } from '../../src/sheets/template';

export type Grid = unknown[][];

export interface CellChange {
  sheet: string;
  /** 1-based, as a user sees it. */
  row: number;
  column: number;
  before: unknown;
  after: unknown;
}

/**
 * What every cell of every sheet stores: its value as kept (a date as its serial number, an error
 * as its code), whatever its number format. Set up sheets lays the template's formats over typed
 * columns by design (a number in Last review then shows as a date); the content must not move.
 */
export function snapshot(workbook: LocalWorkbook): Record<string, Grid> {
  return Object.fromEntries(workbook.sheetNames().map((name) => [name, stored(workbook, name)]));
}

/** Blank rows and columns past the last value are left out: formats reach far below the data. */
function stored(workbook: LocalWorkbook, name: string): Grid {
  const grid = Array.from(workbook.sheet(name).rows, (cells) => {
    const row = Array.from(cells ?? [], (cell) => {
      if (cell?.value === undefined) return '';
      return cell.error ? `error ${String(cell.value)}` : cell.value;
    });
    while (row.length && row[row.length - 1] === '') row.pop();
    return row;
  });
  while (grid.length && grid[grid.length - 1].length === 0) grid.pop();
  return grid;
}

/** Whether a sheet holds no value at all. */
export function isEmptyGrid(grid: Grid): boolean {
  return grid.every((row) => row.every((v) => v === ''));
}

/** Two cells are the same value of the same type; -0 is not 0 and Dates compare by instant. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  return Object.is(a, b);
}

const at = (grid: Grid, r: number, c: number): unknown => grid[r]?.[c] ?? '';

/** The cells of `before` that differ in `after`, columns in `skip` (0-based) left out. */
export function changedCells(
  sheet: string,
  before: Grid,
  after: Grid,
  skip: ReadonlySet<number> = new Set(),
): CellChange[] {
  const changes: CellChange[] = [];
  const rows = Math.max(before.length, after.length);
  const columns = Math.max(0, ...before.map((r) => r.length), ...after.map((r) => r.length));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (skip.has(c) || sameCell(at(before, r, c), at(after, r, c))) continue;
      changes.push({
        sheet,
        row: r + 1,
        column: c + 1,
        before: at(before, r, c),
        after: at(after, r, c),
      });
    }
  }
  return changes;
}

/** 0-based columns of `sheet` that Set up sheets marked as computed. */
export function markedColumns(workbook: LocalWorkbook, sheet: string): Set<number> {
  const columns = new Set<number>();
  for (const m of workbook.developerMetadata()) {
    if (m.key !== COMPUTED_COLUMN_KEY || m.location.sheet !== sheet) continue;
    if (m.location.type === 'COLUMN' && m.location.start !== undefined) {
      columns.add(m.location.start - 1);
    }
  }
  return columns;
}

/**
 * The changes Set up sheets made to a team's own cells. It may insert computed columns (marked)
 * and append typed columns after the last one in use, so the unmarked columns of `after`, in
 * order, must start with the unmarked columns of `before`, each unchanged from header to last row.
 */
export function setupChanges(
  sheet: string,
  before: Grid,
  after: Grid,
  marked: ReadonlySet<number>,
  markedBefore: ReadonlySet<number> = new Set(),
): CellChange[] {
  if (isEmptyGrid(before)) return [];
  const unmarked = (grid: Grid, marks: ReadonlySet<number>) =>
    Array.from({ length: Math.max(0, ...grid.map((r) => r.length)) }, (_, c) => c).filter(
      (c) => !marks.has(c),
    );
  const was = unmarked(before, markedBefore);
  const kept = unmarked(after, marked);

  const changes: CellChange[] = [];
  const rows = Math.max(before.length, after.length);
  was.forEach((c, i) => {
    for (let r = 0; r < rows; r++) {
      const then = at(before, r, c);
      const now = kept[i] === undefined ? undefined : at(after, r, kept[i]);
      if (!sameCell(then, now)) {
        changes.push({ sheet, row: r + 1, column: c + 1, before: then, after: now });
      }
    }
  });
  return changes;
}

/** "Sheet!R1C2: =1+1" for every cell of the workbook that holds a formula. */
export function formulasIn(workbook: LocalWorkbook): string[] {
  const found: string[] = [];
  for (const name of workbook.sheetNames()) {
    workbook.formulas(name).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula !== '') found.push(`${name}!R${r + 1}C${c + 1}: ${formula}`);
      }),
    );
  }
  return found;
}

/**
 * Calls a bundle function; an error keeps its message but drops the bundle's stack, whose
 * minified lines would bury the message in jest's output.
 */
export function callBundle<T>(runtime: AppsScriptRuntime, name: string, ...args: unknown[]): T {
  try {
    return runtime.call(name, ...args) as T;
  } catch (error) {
    throw new Error(`${name} threw: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
