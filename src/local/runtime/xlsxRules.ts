// Dropdowns and conditional colours written natively, so that Excel and LibreOffice show them.
// The store sheet keeps their exact form; what Excel cannot express is simply not written here.

import type ExcelJS from 'exceljs';

import { columnLetters, formatA1 } from './a1';
import { toArgb } from './colors';
import type { ConditionalRuleSpec, Rect, SheetModel, ValidationSpec } from './model';
import { validationRects, type StoredValidations } from './xlsxStore';

/** Excel refuses a list dropdown longer than 255 characters (the file then needs repair). */
const MAX_LIST_FORMULA = 255;

interface NativeValidation {
  type: string;
  allowBlank: boolean;
  formulae: unknown[];
  showErrorMessage: boolean;
  errorStyle?: string;
  showInputMessage?: boolean;
  prompt?: string;
  operator?: string;
}

function absolute(rect: Rect): string {
  const first = `$${columnLetters(rect.column)}$${rect.row}`;
  const last = `$${columnLetters(rect.column + rect.numColumns - 1)}$${rect.row + rect.numRows - 1}`;
  return `${first}:${last}`;
}

function nativeValidation(
  spec: ValidationSpec,
  sheetOf: (id: number) => SheetModel | undefined,
  quotedName: (id: number) => string,
): NativeValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: spec.allowInvalid ? 'warning' : 'stop',
    ...(spec.helpText ? { showInputMessage: true, prompt: spec.helpText } : {}),
  };

  if (spec.criteria === 'VALUE_IN_LIST') {
    const items = (spec.values[0] as string[]).map(String);
    const formula = `"${items.join(',')}"`;
    const safe = items.every((i) => !/[,"]/.test(i)) && formula.length <= MAX_LIST_FORMULA;
    return safe ? { type: 'list', formulae: [formula], ...common } : null;
  }
  if (spec.criteria === 'VALUE_IN_RANGE' && spec.range && sheetOf(spec.range.sheetId)) {
    const formula = `${quotedName(spec.range.sheetId)}!${absolute(spec.range.rect)}`;
    return { type: 'list', formulae: [formula], ...common };
  }

  const numbers = spec.values as number[];
  const operators: Record<string, string> = {
    NUMBER_BETWEEN: 'between',
    NUMBER_GREATER_THAN: 'greaterThan',
    NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
    NUMBER_LESS_THAN: 'lessThan',
    NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  };
  const operator = operators[spec.criteria];
  return operator ? { type: 'decimal', operator, formulae: numbers, ...common } : null;
}

export function writeValidations(
  ws: ExcelJS.Worksheet,
  validations: StoredValidations,
  sheetOf: (id: number) => SheetModel | undefined,
  quotedName: (id: number) => string,
) {
  const target = (
    ws as unknown as { dataValidations: { add(a: string, v: NativeValidation): void } }
  ).dataValidations;
  for (const [rule, rects] of validationRects(validations)) {
    const native = nativeValidation(validations.rules[rule], sheetOf, quotedName);
    if (!native) continue;
    for (const rect of rects) target.add(formatA1(rect), native);
  }
}

/** A condition as an Excel formula relative to `cell`, the rule's first cell. */
function conditionFormula(rule: ConditionalRuleSpec, cell: string): string | null {
  const [a, b] = rule.values;
  const text = (value: unknown) => `"${String(value).replace(/"/g, '""')}"`;
  switch (rule.criteria) {
    case 'TEXT_EQUAL_TO':
      return `${cell}=${text(a)}`;
    case 'TEXT_CONTAINS':
      return `ISNUMBER(SEARCH(${text(a)},${cell}))`;
    case 'NUMBER_GREATER_THAN':
      return `AND(ISNUMBER(${cell}),${cell}>${Number(a)})`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `AND(ISNUMBER(${cell}),${cell}>=${Number(a)})`;
    case 'NUMBER_LESS_THAN':
      return `AND(ISNUMBER(${cell}),${cell}<${Number(a)})`;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return `AND(ISNUMBER(${cell}),${cell}<=${Number(a)})`;
    case 'NUMBER_EQUAL_TO':
      return `AND(ISNUMBER(${cell}),${cell}=${Number(a)})`;
    case 'NUMBER_BETWEEN':
      return `AND(ISNUMBER(${cell}),${cell}>=${Math.min(Number(a), Number(b))},${cell}<=${Math.max(Number(a), Number(b))})`;
    case 'CELL_EMPTY':
      return `LEN(${cell})=0`;
    case 'CELL_NOT_EMPTY':
      return `LEN(${cell})>0`;
    case 'CUSTOM_FORMULA':
      return String(a).replace(/^=/, '');
    default:
      return null;
  }
}

export function writeConditionalRules(ws: ExcelJS.Worksheet, rules: ConditionalRuleSpec[]) {
  rules.forEach((rule, i) => {
    const first = rule.ranges[0];
    const formula = first && conditionFormula(rule, `${columnLetters(first.column)}${first.row}`);
    if (!formula) return;

    const { background, fontColor, bold, italic } = rule.format;
    const style: Partial<ExcelJS.Style> = {};
    if (background)
      style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: toArgb(background) } };
    const font: Partial<ExcelJS.Font> = {};
    if (fontColor) font.color = { argb: toArgb(fontColor) };
    if (bold) font.bold = true;
    if (italic) font.italic = true;
    if (Object.keys(font).length) style.font = font;

    ws.addConditionalFormatting({
      ref: rule.ranges.map((r) => formatA1(r)).join(' '),
      rules: [{ type: 'expression', priority: i + 1, formulae: [formula], style }],
    });
  });
}
