// One builder for the core's plain rows: every field of the sheet blank except those given.

import {
  KEY_RESULT_FIELDS,
  KRA_FIELDS,
  OBJECTIVE_FIELDS,
  type CellValue,
  type KeyResultRow,
  type KraRow,
  type ObjectiveRow,
  type SheetRow,
} from '../../src/core/types';

export function blankRow<F extends string>(
  fields: readonly F[],
  row: number,
  cells: Partial<Record<F, CellValue>> = {},
): SheetRow<F> {
  const blank = Object.fromEntries(fields.map((field) => [field, ''])) as Record<F, CellValue>;
  return { ...blank, ...cells, row } as SheetRow<F>;
}

export const objectiveOf = (row: number, cells: Partial<ObjectiveRow> = {}): ObjectiveRow =>
  blankRow(OBJECTIVE_FIELDS, row, cells);

export const keyResultOf = (row: number, cells: Partial<KeyResultRow> = {}): KeyResultRow =>
  blankRow(KEY_RESULT_FIELDS, row, cells);

export const kraOf = (row: number, cells: Partial<KraRow> = {}): KraRow =>
  blankRow(KRA_FIELDS, row, cells);
