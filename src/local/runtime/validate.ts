// The check Sheets makes when a script writes a value into a cell whose data validation rejects
// invalid input: the write fails with an exception naming the cell.

import { formatA1 } from './a1';
import { findSheet, type RuntimeContext } from './context';
import { displayValue, isDateFormat } from './format';
import { readBlock } from './grid';
import type { Cell, ValidationSpec } from './model';

function fold(text: string): string {
  return text.trim().toLowerCase();
}

/** The allowed texts of a list or range rule, folded. */
function allowedTexts(ctx: RuntimeContext, spec: ValidationSpec): Set<string> | null {
  if (spec.criteria === 'VALUE_IN_LIST') {
    return new Set((spec.values[0] as string[]).map((v) => fold(String(v))));
  }
  if (spec.criteria !== 'VALUE_IN_RANGE' || !spec.range) return null;

  const sheet = findSheet(ctx, spec.range.sheetId);
  if (!sheet) return null;
  const texts = readBlock(sheet, spec.range.rect, (c) => displayValue(c, ctx.workbook.data.locale));
  return new Set(
    texts
      .flat()
      .filter((t) => t !== '')
      .map(fold),
  );
}

function numberAllowed(criteria: string, value: number, bounds: number[]): boolean {
  const [a, b] = bounds;
  switch (criteria) {
    case 'NUMBER_BETWEEN':
      return value >= Math.min(a, b) && value <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return value < Math.min(a, b) || value > Math.max(a, b);
    case 'NUMBER_EQUAL_TO':
      return value === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return value !== a;
    case 'NUMBER_GREATER_THAN':
      return value > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return value >= a;
    case 'NUMBER_LESS_THAN':
      return value < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return value <= a;
    default:
      return true;
  }
}

function allowed(ctx: RuntimeContext, spec: ValidationSpec, cell: Cell): boolean {
  if (cell.formula !== undefined || cell.value === undefined || cell.value === '') return true;
  const value = cell.value;

  const texts = allowedTexts(ctx, spec);
  if (texts) return texts.has(fold(displayValue(cell, ctx.workbook.data.locale)));

  if (spec.criteria.startsWith('NUMBER_')) {
    return (
      typeof value === 'number' && numberAllowed(spec.criteria, value, spec.values as number[])
    );
  }
  if (spec.criteria === 'DATE_IS_VALID_DATE') {
    return typeof value === 'number' && isDateFormat(cell.numberFormat);
  }
  if (spec.criteria === 'CHECKBOX') {
    return spec.values.length ? spec.values.includes(value) : typeof value === 'boolean';
  }
  return true;
}

/** Throws Sheets' exception when the value just written into `cell` breaks its strict rule. */
export function enforceValidation(ctx: RuntimeContext, cell: Cell, row: number, column: number) {
  const spec = cell.validation;
  if (!spec || spec.allowInvalid || allowed(ctx, spec, cell)) return;

  const address = formatA1({ row, column, numRows: 1, numColumns: 1 });
  throw new Error(
    `The data you entered in cell ${address} violates the data validation rules set on this cell.`,
  );
}
