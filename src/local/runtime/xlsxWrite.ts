// Writing the model as an exceljs workbook: what Excel can show natively, the rest in the store
// sheet, with sheet names Excel accepts (the real names travel in the store).

import ExcelJS from 'exceljs';

import { quoteSheetName } from './a1';
import { anchorsOf } from './xlsxAnchors';
import { toArgb } from './colors';
import type { BookData, Cell, SheetModel } from './model';
import { cellToExcel, isEmptyCell, pxToChars } from './xlsxCells';
import { writeConditionalRules, writeValidations } from './xlsxRules';
import {
  packValidations,
  STORE_SHEET,
  writeStore,
  type Store,
  type StoredSheet,
} from './xlsxStore';

/** What the store keeps of a sheet and of the spreadsheet; the rest the .xlsx shows natively. */
const STORED_SHEET_FIELDS = [
  'id',
  'name',
  'maxRows',
  'maxColumns',
  'columnWidths',
  'rowHeights',
  'conditionalRules',
  'protections',
  'bandings',
  'charts',
] as const;
const STORED_BOOK_FIELDS = [
  'id',
  'name',
  'locale',
  'timeZone',
  'activeSheetId',
  'nextId',
  'properties',
  'metadata',
] as const;

function pick<T, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, source[k]])) as Pick<T, K>;
}

/** Names Excel accepts: no []:*?/\, no leading or trailing apostrophe, 31 characters, not History. */
function xlsxNames(sheets: SheetModel[]): string[] {
  const taken = new Set<string>([STORE_SHEET.toLowerCase()]);
  return sheets.map((sheet) => {
    let base = sheet.name
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '_')
      .slice(0, 31);
    if (base.toLowerCase() === 'history') base = 'History_';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)}~${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetModel,
  xlsxName: string,
  book: BookData,
  names: Map<number, string>,
) {
  const ws = workbook.addWorksheet(xlsxName, {
    state: sheet.hidden ? 'hidden' : 'visible',
    properties: sheet.tabColor ? { tabColor: { argb: toArgb(sheet.tabColor) } } : {},
    views:
      sheet.frozenRows || sheet.frozenColumns
        ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
        : [],
  });

  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (cell && !isEmptyCell(cell)) cellToExcel(cell, ws.getCell(r + 1, c + 1));
    });
  });
  for (const { row, column, numRows, numColumns } of sheet.merges) {
    ws.mergeCellsWithoutStyle(row, column, row + numRows - 1, column + numColumns - 1);
  }
  for (const [column, px] of Object.entries(sheet.columnWidths)) {
    ws.getColumn(Number(column)).width = pxToChars(px);
  }
  for (const column of Object.keys(sheet.hiddenColumns)) ws.getColumn(Number(column)).hidden = true;
  for (const [row, px] of Object.entries(sheet.rowHeights)) {
    // Excel counts row heights in points: 3 points to 4 pixels.
    ws.getRow(Number(row)).height = px * 0.75;
  }

  const validations = packValidations(sheet);
  writeValidations(
    ws,
    validations,
    (id) => book.sheets.find((s) => s.id === id),
    (id) => quoteSheetName(names.get(id) ?? ''),
  );
  writeConditionalRules(ws, sheet.conditionalRules);
  return validations;
}

export function bookToExcel(book: BookData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const xlsx = xlsxNames(book.sheets);
  const names = new Map(book.sheets.map((s, i) => [s.id, xlsx[i]]));

  const stored = book.sheets.map((sheet, i): StoredSheet => ({
    xlsxName: xlsx[i],
    ...pick(sheet, STORED_SHEET_FIELDS),
    validations: writeSheet(workbook, sheet, xlsx[i], book, names),
  }));
  const store: Store = {
    version: 1,
    ...pick(book, STORED_BOOK_FIELDS),
    metadataAnchors: anchorsOf(book),
    sheets: stored,
  };
  writeStore(workbook, store);

  const visible = book.sheets.filter((s) => !s.hidden);
  const active = visible.find((s) => s.id === book.activeSheetId) ?? visible[0];
  const activeTab = Math.max(0, book.sheets.indexOf(active));
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' },
  ];
  // A formula written here has no result yet: Excel and LibreOffice compute it on opening.
  const uncomputed = (c: Cell | undefined) => c?.formula !== undefined && c.value === undefined;
  if (book.sheets.some((s) => s.rows.some((r) => r?.some(uncomputed)))) {
    workbook.calcProperties.fullCalcOnLoad = true;
  }
  return workbook;
}
