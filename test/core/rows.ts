// One builder for the core's plain rows: every field of the sheet blank except those given.

import {
  KEY_RESULT_FIELDS,
  KRA_FIELDS,
  OBJECTIVE_FIELDS,
  type CellValue,
  type CheckIn,
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

/** A key result's record in the Check-ins log. */
export function keyResultCheckIn(id: string, date: string, value: number): CheckIn {
  return {
    date,
    kind: 'Key result',
    id,
    value,
    standard: null,
    met: null,
    confidence: null,
    note: '',
  };
}

/** A KRA row's record in the Check-ins log. */
export function kraCheckIn(
  date: string,
  id: string,
  value: number,
  standard: number,
  met: boolean | null,
): CheckIn {
  return { date, kind: 'KRA', id, value, standard, met, confidence: null, note: '' };
}
