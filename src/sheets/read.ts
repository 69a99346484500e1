// Reading the workbook for a recalculation: each sheet with one getValues, columns found by
// header, blank rows skipped, rows handed to the core as plain data.

import type { CellValue, SheetKey, SheetRow } from '../core/types';
import { AddOnError } from './errors';
import { findTypedColumns, type ColumnIndex } from './headers';
import { resolveComputedColumns, type ComputedColumns } from './layout';
import { TEMPLATE, type SheetSpec } from './template';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetTable {
  spec: SheetSpec;
  sheet: Sheet;
  /** Every cell of the data range, header row first, as getValues gives it. */
  values: CellValue[][];
  typed: ColumnIndex;
  computed: ComputedColumns;
}

/** The sheet, or a clear message telling the user to run Set up sheets. */
export function requireSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: SheetSpec,
): Sheet {
  const sheet = spreadsheet.getSheetByName(spec.name);
  if (!sheet) {
    throw new AddOnError(
      'structure',
      `The sheet "${spec.name}" is missing (renamed or deleted?); run Set up sheets to put it back.`,
    );
  }
  return sheet;
}

/**
 * Every value of a sheet's data range in one call: getSheetValues with -1 rows and columns (through
 * the last row and column with data, as Google documents it) saves the getDataRange call. Should a
 * sheet refuse it (an empty sheet has no last row), the two calls read the same cells.
 */
export function readAllValues(sheet: Sheet): CellValue[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1) as CellValue[][];
  } catch {
    return sheet.getDataRange().getValues() as CellValue[][];
  }
}

/** One sheet with one read; `withComputed` also locates its computed columns. */
export function readTable(
  sheet: Sheet,
  spec: SheetSpec,
  locateComputed: ((headerRow: readonly unknown[]) => ComputedColumns) | null,
): SheetTable {
  const values = readAllValues(sheet);
  const headerRow = values[0] ?? [];
  const computed = locateComputed ? locateComputed(headerRow) : new Map<string, number>();
  const typed = findTypedColumns(headerRow, spec.columns, new Set(computed.values()));
  return { spec, sheet, values, typed, computed };
}

export function computedLocator(
  spec: SheetSpec,
  properties: GoogleAppsScript.Properties.Properties,
  marks: () => Map<string, number>,
) {
  return (headerRow: readonly unknown[]) =>
    resolveComputedColumns(spec, headerRow, properties, marks);
}

function isBlank(value: CellValue): boolean {
  return value === '' || (typeof value === 'string' && value.trim() === '');
}

/**
 * The non-blank rows of a table as core rows keyed by field; `row` is the number a user sees.
 * A row is blank when every typed cell is blank (computed leftovers do not count).
 */
export function tableRows<F extends string>(
  table: SheetTable,
  fields: readonly F[],
): SheetRow<F>[] {
  const rows: SheetRow<F>[] = [];
  const columns = fields.map((field) => table.typed.get(field));

  for (let r = 1; r < table.values.length; r++) {
    const cells = table.values[r];
    if (columns.every((c) => c === undefined || isBlank(cells[c]))) continue;

    const row = { row: r + 1 } as SheetRow<F>;
    fields.forEach((field, i) => {
      const c = columns[i];
      (row as Record<string, CellValue>)[field] = c === undefined ? '' : cells[c];
    });
    rows.push(row);
  }
  return rows;
}

export const SHEET_NAMES: Record<SheetKey, string> = {
  objectives: TEMPLATE.objectives.name,
  keyResults: TEMPLATE.keyResults.name,
  kras: TEMPLATE.kras.name,
  owners: TEMPLATE.owners.name,
  checkIns: TEMPLATE.checkIns.name,
};
