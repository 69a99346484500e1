// Reading an exceljs workbook into the model: cells, merges, frozen panes, widths, hidden sheets,
// and from the store sheet everything the .xlsx cannot carry. A file the runtime did not write is
// read for what Excel shows (list and range dropdowns included).

import type ExcelJS from 'exceljs';

import { columnNumber, parseA1 } from './a1';
import { fromArgb } from './colors';
import {
  cellFor,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  newSheet,
  newSpreadsheetId,
  type BookData,
  type SheetModel,
  type ValidationSpec,
} from './model';
import { cellFromExcel, charsToPx, isEmptyCell } from './xlsxCells';
import { followAnchors } from './xlsxAnchors';
import { readStore, STORE_SHEET, unpackValidations, type StoredSheet } from './xlsxStore';

/** Defaults when the file has no store sheet: the locale and zone ARCHITECTURE.md names. */
export const DEFAULT_LOCALE = 'en_US';
export const DEFAULT_TIME_ZONE = 'Etc/UTC';

function readCells(ws: ExcelJS.Worksheet, sheet: SheetModel) {
  const masters = new Map<
    string,
    { row: number; column: number; lastRow: number; lastColumn: number }
  >();
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (source, columnNumber) => {
      if (source.isMerged) {
        const master = source.master;
        const key = master.address;
        const merge = masters.get(key) ?? {
          row: Number(master.row),
          column: Number(master.col),
          lastRow: 0,
          lastColumn: 0,
        };
        merge.lastRow = Math.max(merge.lastRow, rowNumber);
        merge.lastColumn = Math.max(merge.lastColumn, columnNumber);
        masters.set(key, merge);
      }
      const cell = cellFromExcel(source);
      if (!isEmptyCell(cell)) Object.assign(cellFor(sheet, rowNumber, columnNumber), cell);
    });
  });
  sheet.merges = [...masters.values()]
    .map((m) => ({
      row: m.row,
      column: m.column,
      numRows: m.lastRow - m.row + 1,
      numColumns: m.lastColumn - m.column + 1,
    }))
    .filter((m) => m.numRows * m.numColumns > 1);
}

interface NativeValidation {
  type?: string;
  formulae?: unknown[];
  showErrorMessage?: boolean;
  prompt?: string;
}

/** A native list or range dropdown as a rule; other kinds are not read from foreign files. */
function nativeRule(native: NativeValidation, book: BookData): ValidationSpec | undefined {
  const formula = String(native.formulae?.[0] ?? '');
  const common = { allowInvalid: !native.showErrorMessage, helpText: native.prompt ?? null };
  if (native.type !== 'list' || !formula) return undefined;
  if (formula.startsWith('"')) {
    return {
      criteria: 'VALUE_IN_LIST',
      values: [formula.slice(1, -1).split(','), true],
      ...common,
    };
  }

  try {
    const { sheetName, rect } = parseA1(formula.replace(/\$/g, ''), DEFAULT_ROWS, DEFAULT_COLUMNS);
    const target = book.sheets.find((s) => s.name === sheetName);
    if (!target) return undefined;
    return {
      criteria: 'VALUE_IN_RANGE',
      values: [null, true],
      range: { sheetId: target.id, rect },
      ...common,
    };
  } catch {
    return undefined;
  }
}

/** Dropdowns of a file the runtime did not write (its own come exact from the store). */
function readNativeValidations(ws: ExcelJS.Worksheet, sheet: SheetModel, book: BookData) {
  const natives = (
    ws as unknown as { dataValidations: { model: Record<string, NativeValidation> } }
  ).dataValidations.model;
  const rules = new Map<NativeValidation, ValidationSpec | undefined>();
  for (const [address, native] of Object.entries(natives)) {
    if (!rules.has(native)) rules.set(native, nativeRule(native, book));
    const rule = rules.get(native);
    const position = /^([A-Z]+)(\d+)$/.exec(address);
    if (!rule || !position) continue;
    cellFor(sheet, Number(position[2]), columnNumber(position[1])).validation = rule;
  }
}

function readSheet(
  ws: ExcelJS.Worksheet,
  stored: StoredSheet | undefined,
  book: BookData,
): SheetModel {
  const sheet = newSheet(stored?.id ?? book.nextId++, stored?.name ?? ws.name);
  sheet.hidden = ws.state !== 'visible';
  sheet.tabColor = fromArgb(ws.properties.tabColor?.argb) ?? null;
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  readCells(ws, sheet);

  // A cell typed past the stored size in Excel or LibreOffice grows the sheet, as it would in Sheets.
  sheet.maxRows = Math.max(stored?.maxRows ?? DEFAULT_ROWS, ws.rowCount, sheet.rows.length);
  const widest = sheet.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  sheet.maxColumns = Math.max(stored?.maxColumns ?? DEFAULT_COLUMNS, ws.columnCount, widest);
  if (stored) {
    Object.assign(sheet, {
      columnWidths: stored.columnWidths,
      rowHeights: stored.rowHeights,
      conditionalRules: stored.conditionalRules,
      protections: stored.protections,
      bandings: stored.bandings,
      charts: stored.charts,
    });
    unpackValidations(sheet, stored.validations, cellFor);
  } else {
    for (let c = 1; c <= ws.columnCount; c++) {
      const width = ws.getColumn(c).width;
      if (width) sheet.columnWidths[c] = charsToPx(width);
    }
  }
  // Hidden columns come from the file itself, which Excel keeps right when it moves columns.
  for (let c = 1; c <= ws.columnCount; c++) {
    if (ws.getColumn(c).hidden) sheet.hiddenColumns[c] = 1;
  }
  return sheet;
}

/** The model of an exceljs workbook; `fallbackName` names a file the runtime did not write. */
export function bookFromExcel(workbook: ExcelJS.Workbook, fallbackName: string): BookData {
  const store = readStore(workbook);
  const book: BookData = {
    id: store?.id ?? newSpreadsheetId(),
    name: store?.name ?? fallbackName,
    locale: store?.locale ?? DEFAULT_LOCALE,
    timeZone: store?.timeZone ?? DEFAULT_TIME_ZONE,
    sheets: [],
    activeSheetId: store?.activeSheetId ?? 0,
    properties: store?.properties ?? {},
    metadata: store?.metadata ?? [],
    nextId: store?.nextId ?? 0,
  };

  const worksheets = workbook.worksheets.filter((w) => w.name !== STORE_SHEET);
  for (const ws of worksheets) {
    const stored = store?.sheets.find((s) => s.xlsxName === ws.name);
    book.sheets.push(readSheet(ws, stored, book));
  }
  // Dropdowns may name any sheet, so they are read once every sheet is known.
  if (!store) worksheets.forEach((ws, i) => readNativeValidations(ws, book.sheets[i], book));
  if (book.sheets.length === 0) book.sheets.push(newSheet(book.nextId++, 'Sheet1'));
  book.nextId = Math.max(book.nextId, ...book.sheets.map((s) => s.id + 1));
  if (!book.sheets.some((s) => s.id === book.activeSheetId)) book.activeSheetId = book.sheets[0].id;
  followAnchors(book, store?.metadataAnchors);
  return book;
}
