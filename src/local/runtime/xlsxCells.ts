// One cell between exceljs and the model: values (dates as wall-clock serials, formulas with their
// cached results, errors, rich text as plain text), notes and the formats Sheets keeps.

import ExcelJS from 'exceljs';

import { fromArgb, toArgb } from './colors';
import { serialFromWallMs } from './dates';
import { AUTOMATIC_FORMAT } from './format';
import type { Cell, Scalar } from './model';

/** Pixels to Excel's width in characters and back (Calibri 11: 7 px a character, 5 px padding). */
export const pxToChars = (px: number) => Math.max(0, (px - 5) / 7);
export const charsToPx = (chars: number) => Math.round(chars * 7 + 5);

/** Excel's default font size; Sheets' is 10. Both read as the default. */
const DEFAULT_SIZES = [10, 11];

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const rich = (value as { richText?: { text: string }[] }).richText;
    if (rich) return rich.map((r) => r.text).join('');
    const texts = (value as { texts?: { text: string }[] }).texts;
    if (texts) return texts.map((t) => t.text).join('');
    const text = (value as { text?: unknown }).text;
    if (text !== undefined) return plainText(text);
  }
  return value === null || value === undefined ? '' : String(value);
}

/** A value or formula result as the model stores it. */
function scalarOf(value: unknown): { value?: Scalar; error?: boolean } {
  if (value === null || value === undefined) return {};
  if (value instanceof Date) return { value: serialFromWallMs(value.getTime()) };
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (typeof value === 'object' && 'error' in value) {
    return { value: String((value as { error: unknown }).error), error: true };
  }
  return { value: plainText(value) };
}

export function cellFromExcel(source: ExcelJS.Cell): Cell {
  const cell: Cell = {};
  switch (source.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      break;
    case ExcelJS.ValueType.Formula: {
      cell.formula = `=${source.formula}`;
      Object.assign(cell, scalarOf((source.value as ExcelJS.CellFormulaValue).result));
      break;
    }
    default:
      Object.assign(cell, scalarOf(source.value));
  }
  if (cell.value === '') delete cell.value;

  if (source.note) cell.note = plainText(source.note);
  if (source.numFmt && !/^general$/i.test(source.numFmt) && source.numFmt !== AUTOMATIC_FORMAT) {
    cell.numberFormat = source.numFmt;
  }

  const font = source.font ?? {};
  if (font.bold) cell.bold = true;
  if (font.italic) cell.italic = true;
  if (font.size && !DEFAULT_SIZES.includes(font.size)) cell.fontSize = font.size;
  const fontColor = fromArgb(font.color?.argb);
  if (fontColor && fontColor !== '#000000') cell.fontColor = fontColor;

  const fill = source.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const background = fromArgb(fill.fgColor?.argb);
    if (background && background !== '#ffffff') cell.background = background;
  }

  const alignment = source.alignment ?? {};
  if (alignment.horizontal && ['left', 'center', 'right'].includes(alignment.horizontal)) {
    cell.horizontalAlignment = alignment.horizontal;
  }
  if (alignment.vertical && ['top', 'middle'].includes(alignment.vertical)) {
    cell.verticalAlignment = alignment.vertical;
  }
  if (alignment.wrapText) cell.wrapStrategy = 'WRAP';
  return cell;
}

function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const formula = cell.formula.slice(1);
    if (cell.value === undefined) return { formula } as ExcelJS.CellFormulaValue;
    const result = cell.error ? { error: cell.value } : cell.value;
    return { formula, result } as ExcelJS.CellFormulaValue;
  }
  if (cell.value === undefined) return null;
  if (cell.error) return { error: cell.value } as ExcelJS.CellErrorValue;
  return cell.value;
}

export function cellToExcel(cell: Cell, target: ExcelJS.Cell) {
  target.value = excelValue(cell);
  if (cell.note) target.note = cell.note;
  if (cell.numberFormat) target.numFmt = cell.numberFormat;

  const font: Partial<ExcelJS.Font> = {};
  if (cell.bold) font.bold = true;
  if (cell.italic) font.italic = true;
  if (cell.fontSize) font.size = cell.fontSize;
  if (cell.fontColor) font.color = { argb: toArgb(cell.fontColor) };
  if (Object.keys(font).length) target.font = font;

  if (cell.background) {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(cell.background) } };
  }

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (cell.horizontalAlignment) {
    alignment.horizontal = cell.horizontalAlignment as ExcelJS.Alignment['horizontal'];
  }
  if (cell.verticalAlignment) {
    alignment.vertical = cell.verticalAlignment as ExcelJS.Alignment['vertical'];
  }
  if (cell.wrapStrategy === 'WRAP') alignment.wrapText = true;
  // exceljs reads a note only onto a cell it finds in the sheet data, and writes a blank cell
  // there only when it has a style: a note on a blank cell gets an (empty) alignment.
  const noteOnBlank = cell.note !== undefined && target.value === null;
  if (Object.keys(alignment).length || noteOnBlank) target.alignment = alignment;
}

/** Whether the cell carries anything worth writing. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  return Object.keys(cell).every((k) => k === 'validation');
}
