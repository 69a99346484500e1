// The in-memory workbook the emulation works on: plain data, 1-based like Sheets, with no
// knowledge of Apps Script objects. Dates are serial numbers shown as dates by their format.

export type Scalar = number | string | boolean;

/** One cell. Absent fields mean Sheets' defaults. */
export interface Cell {
  /** The value as Sheets stores it; a date is a serial day number (wall clock). */
  value?: Scalar;
  /** `value` holds an error code such as '#N/A'. */
  error?: boolean;
  /** The formula with its '='; `value` is then its last known result, if any. */
  formula?: string;
  note?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  background?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapStrategy?: string;
  validation?: ValidationSpec;
}

/** A block of cells, 1-based. */
export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A block on a named sheet (by id, so that renaming keeps it). */
export interface SheetRect {
  sheetId: number;
  rect: Rect;
}

export interface ValidationSpec {
  /** A DataValidationCriteria name, e.g. VALUE_IN_LIST. */
  criteria: string;
  /** Criteria values; a range is stored as a SheetRect under `range`. */
  values: unknown[];
  range?: SheetRect;
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ConditionalRuleSpec {
  ranges: Rect[];
  /** A BooleanCriteria name, e.g. NUMBER_GREATER_THAN_OR_EQUAL_TO. */
  criteria: string;
  values: unknown[];
  format: {
    background?: string | null;
    fontColor?: string | null;
    bold?: boolean | null;
    italic?: boolean | null;
  };
}

export interface ProtectionSpec {
  id: number;
  type: 'SHEET' | 'RANGE';
  rect: Rect | null;
  description: string;
  warningOnly: boolean;
  unprotected: Rect[];
}

export interface BandingSpec {
  id: number;
  rect: Rect;
  theme: string;
  colors: Record<string, string | null>;
}

export interface ChartSpec {
  id: number;
  chartType: string;
  ranges: SheetRect[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
}

export interface SheetModel {
  id: number;
  name: string;
  hidden: boolean;
  tabColor: string | null;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** rows[r - 1][c - 1]; sparse. */
  rows: (Cell | undefined)[][];
  /** Pixels by 1-based column; absent means the default width. */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** 1-based columns a script or a person hid (1 = hidden), keyed as widths are. */
  hiddenColumns: Record<number, number>;
  merges: Rect[];
  conditionalRules: ConditionalRuleSpec[];
  protections: ProtectionSpec[];
  bandings: BandingSpec[];
  charts: ChartSpec[];
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number };

export interface MetadataSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export interface BookData {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetModel[];
  activeSheetId: number;
  /** Document properties: saved with the workbook. */
  properties: Record<string, string>;
  metadata: MetadataSpec[];
  /** The next id for sheets, metadata, protections, bandings and charts. */
  nextId: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function newSheet(id: number, name: string): SheetModel {
  return {
    id,
    name,
    hidden: false,
    tabColor: null,
    maxRows: DEFAULT_ROWS,
    maxColumns: DEFAULT_COLUMNS,
    frozenRows: 0,
    frozenColumns: 0,
    rows: [],
    columnWidths: {},
    rowHeights: {},
    hiddenColumns: {},
    merges: [],
    conditionalRules: [],
    protections: [],
    bandings: [],
    charts: [],
  };
}

/** A random id shaped like a Sheets file id (44 characters). */
export function newSpreadsheetId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let id = '1';
  for (let i = 1; i < 44; i++) id += alphabet[Math.floor(Math.random() * alphabet.length)];
  return id;
}

/** A new spreadsheet as Sheets makes it: one empty sheet named Sheet1 with id 0. */
export function newBook(name: string, locale: string, timeZone: string): BookData {
  return {
    id: newSpreadsheetId(),
    name,
    locale,
    timeZone,
    sheets: [newSheet(0, 'Sheet1')],
    activeSheetId: 0,
    properties: {},
    metadata: [],
    nextId: 1,
  };
}

export function takeId(book: BookData): number {
  return book.nextId++;
}

export function cellAt(sheet: SheetModel, row: number, column: number): Cell | undefined {
  return sheet.rows[row - 1]?.[column - 1];
}

/** The cell, created when missing, for writing. */
export function cellFor(sheet: SheetModel, row: number, column: number): Cell {
  const cells = (sheet.rows[row - 1] ??= []);
  return (cells[column - 1] ??= {});
}

/** Stores `cell` at a position, or clears the position when it is undefined or empty. */
export function putCell(sheet: SheetModel, row: number, column: number, cell: Cell | undefined) {
  const empty = !cell || Object.keys(cell).length === 0;
  if (empty && !sheet.rows[row - 1]?.[column - 1]) return;
  const cells = (sheet.rows[row - 1] ??= []);
  cells[column - 1] = empty ? undefined : cell;
}

/** Whether a cell holds content (a value or a formula), which getLastRow counts. */
export function hasContent(cell: Cell | undefined): boolean {
  if (!cell) return false;
  return cell.formula !== undefined || (cell.value !== undefined && cell.value !== '');
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function rectContains(outer: Rect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}

/** Every cell position of a rect, row by row. */
export function forEachPosition(rect: Rect, visit: (row: number, column: number) => void) {
  for (let r = 0; r < rect.numRows; r++) {
    for (let c = 0; c < rect.numColumns; c++) visit(rect.row + r, rect.column + c);
  }
}
