// What an .xlsx cannot carry natively (developer metadata, warning-only protections, document
// properties, locale and time zone, bandings, charts, exact validations and rules, sheet ids and
// sizes) travels as JSON in a veryHidden sheet that the emulation never shows to the bundle.

import type ExcelJS from 'exceljs';

import type { BookData, Cell, Rect, SheetModel, ValidationSpec } from './model';
import type { MetadataAnchors } from './xlsxAnchors';

export const STORE_SHEET = '_okr_kra_runtime';
/** Excel keeps at most 32,767 characters in a cell. */
const CHUNK = 32_000;

/** Validations as rules plus the blocks each covers: [rule, row, column, numRows, numColumns]. */
export interface StoredValidations {
  rules: ValidationSpec[];
  blocks: [number, number, number, number, number][];
}

export interface StoredSheet {
  /** The name the .xlsx shows (Excel allows fewer names than Sheets). */
  xlsxName: string;
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  validations: StoredValidations;
  conditionalRules: SheetModel['conditionalRules'];
  protections: SheetModel['protections'];
  bandings: SheetModel['bandings'];
  charts: SheetModel['charts'];
}

export interface Store {
  version: 1;
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheetId: number;
  nextId: number;
  properties: Record<string, string>;
  metadata: BookData['metadata'];
  /** Where each column's metadata stood, by its header text (see xlsxAnchors.ts). */
  metadataAnchors?: MetadataAnchors;
  sheets: StoredSheet[];
}

/** Runs of equal rules down each column, so a rule on 1,000 rows is one block. */
export function packValidations(sheet: SheetModel): StoredValidations {
  const rules: ValidationSpec[] = [];
  const index = new Map<ValidationSpec, number>();
  const blocks: StoredValidations['blocks'] = [];
  const width = Math.max(0, ...sheet.rows.map((r) => r?.length ?? 0));

  for (let c = 1; c <= width; c++) {
    let run: { rule: number; row: number; count: number } | null = null;
    for (let r = 1; r <= sheet.rows.length + 1; r++) {
      const spec = sheet.rows[r - 1]?.[c - 1]?.validation;
      if (spec && !index.has(spec)) index.set(spec, rules.push(spec) - 1);
      const rule = spec ? (index.get(spec) as number) : -1;
      if (run && run.rule === rule && run.row + run.count === r) {
        run.count++;
        continue;
      }
      if (run) blocks.push([run.rule, run.row, c, run.count, 1]);
      run = rule >= 0 ? { rule, row: r, count: 1 } : null;
    }
  }
  return { rules, blocks };
}

export function unpackValidations(
  sheet: SheetModel,
  stored: StoredValidations,
  cellFor: (s: SheetModel, r: number, c: number) => Cell,
) {
  for (const [rule, row, column, numRows, numColumns] of stored.blocks) {
    const spec = stored.rules[rule];
    for (let r = row; r < row + numRows; r++) {
      for (let c = column; c < column + numColumns; c++) cellFor(sheet, r, c).validation = spec;
    }
  }
}

/** The blocks of each rule, for writing validations natively. */
export function validationRects(stored: StoredValidations): Map<number, Rect[]> {
  const byRule = new Map<number, Rect[]>();
  for (const [rule, row, column, numRows, numColumns] of stored.blocks) {
    const rects = byRule.get(rule) ?? [];
    rects.push({ row, column, numRows, numColumns });
    byRule.set(rule, rects);
  }
  return byRule;
}

export function writeStore(workbook: ExcelJS.Workbook, store: Store) {
  const sheet = workbook.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
  const text = JSON.stringify(store);
  for (let i = 0, row = 1; i < text.length; i += CHUNK, row++) {
    sheet.getCell(row, 1).value = text.slice(i, i + CHUNK);
  }
}

export function readStore(workbook: ExcelJS.Workbook): Store | null {
  const sheet = workbook.getWorksheet(STORE_SHEET);
  if (!sheet) return null;

  let text = '';
  for (let row = 1; row <= sheet.rowCount; row++) {
    const value = sheet.getCell(row, 1).value;
    if (typeof value === 'string') text += value;
  }
  try {
    const store = JSON.parse(text) as Store;
    return store.version === 1 ? store : null;
  } catch {
    return null;
  }
}
