// Builders for objective and key result rows as the sheets layer reads them, for the OKR tests.

import { computeOkrs, type OkrInput } from '../../src/core/okr';
import { keyResultOf, objectiveOf } from './rows';
import {
  DEFAULT_SETTINGS,
  type CellValue,
  type KeyResultField,
  type KeyResultRow,
  type ObjectiveField,
  type ObjectiveRow,
} from '../../src/core/types';

export function objectiveRow(
  row: number,
  cells: Partial<Record<ObjectiveField, CellValue>>,
): ObjectiveRow {
  return objectiveOf(row, { owner: 'Ana', period: '2026-Q1', ...cells });
}

export function keyResultRow(
  row: number,
  cells: Partial<Record<KeyResultField, CellValue>>,
): KeyResultRow {
  return keyResultOf(row, { id: `KR${row}`, objectiveId: 'O1', ...cells });
}

export { keyResultCheckIn } from './rows';

/** Runs computeOkrs with the cases' defaults: 2026-02-14, en_US, default settings, objective O1. */
export function run(input: Partial<OkrInput>) {
  return computeOkrs({
    objectives: [objectiveRow(2, { id: 'O1' })],
    keyResults: [],
    checkIns: [],
    today: '2026-02-14',
    locale: 'en_US',
    settings: DEFAULT_SETTINGS,
    ...input,
  });
}
