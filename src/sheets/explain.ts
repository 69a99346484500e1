// The explanation of the selected cell's row: the same text the computed cells carry as notes.

import { recalculate } from '../core/recalculate';
import { readWorkbook } from './recalculate';
import { TEMPLATE } from './template';

export interface Explanation {
  sheet: string;
  row: number;
  column: string;
  explanation: string;
}

export function explainCell(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  today: string,
): Explanation | null {
  const range = spreadsheet.getActiveRange();
  if (!range) return null;
  const sheet = range.getSheet().getName();
  const row = range.getRow();
  const column = range.getColumn();

  const { tables, input } = readWorkbook(spreadsheet, properties, today);
  const output = recalculate(input);
  const results = {
    [TEMPLATE.objectives.name]: output.objectives,
    [TEMPLATE.keyResults.name]: output.keyResults,
    [TEMPLATE.kras.name]: output.kras,
  }[sheet];
  const found = results?.find((r) => r.row === row);
  if (!found) return null;

  const table = Object.values(tables).find((t) => t.spec.name === sheet);
  // A whole row selected (as the attention list does) names no column.
  const header =
    range.getNumColumns() === 1 ? String(table?.values[0]?.[column - 1] ?? '').trim() : '';
  return { sheet, row, column: header, explanation: found.explanation };
}
