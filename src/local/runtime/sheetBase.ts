// The grid of a Sheet: its name and place, size, rows and columns, ranges, frozen panes and
// sizes. Looked up by id on every call, so a sheet renamed, moved or reloaded from disk is still
// the same object to the bundle.

import { A1Error, parseA1 } from './a1';
import { book, sheetModel, type RuntimeContext } from './context';
import { Emulated } from './counting';
import { SheetType, type EnumValue } from './enums';
import { lastColumnWithContent, lastRowWithContent } from './grid';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetModel } from './model';
import { Range } from './range';
import { checkBounds } from './rangeBase';
import { renameSheet } from './sheets';
import { Spreadsheet } from './spreadsheet';
import { shiftSheet } from './structure';

export abstract class SheetBase extends Emulated {
  constructor(
    protected readonly ctx: RuntimeContext,
    readonly id: number,
  ) {
    super();
  }

  _model(): SheetModel {
    return sheetModel(this.ctx, this.id);
  }

  _range(rect: { row: number; column: number; numRows: number; numColumns: number }): Range {
    checkBounds(this._model(), rect);
    return new Range(this.ctx, this.id, rect);
  }

  /** Inserts or deletes after checking the position lies on the sheet. */
  _shift(axis: 'rows' | 'columns', at: number, delta: number, position: number) {
    const sheet = this._model();
    const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
    if (!Number.isInteger(position) || position < 1 || position > max) {
      throw new Error(`Those ${axis} are out of bounds.`);
    }
    if (!Number.isInteger(delta) || delta === 0) throw new Error(`Invalid argument: howMany`);
    if (delta < 0 && at - delta - 1 > max) throw new Error(`Those ${axis} are out of bounds.`);
    if (delta < 0 && -delta >= max) {
      throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis}.`);
    }
    shiftSheet(book(this.ctx), sheet, axis, at, delta);
    return this;
  }

  getName(): string {
    return this._model().name;
  }

  getSheetName(): string {
    return this._model().name;
  }

  setName(name: string): this {
    renameSheet(book(this.ctx), this._model(), name);
    return this;
  }

  getSheetId(): number {
    return this.id;
  }

  getIndex(): number {
    return book(this.ctx).sheets.findIndex((s) => s.id === this.id) + 1;
  }

  getType(): EnumValue {
    return SheetType.GRID;
  }

  getParent(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }

  getLastRow(): number {
    return lastRowWithContent(this._model());
  }

  getLastColumn(): number {
    return lastColumnWithContent(this._model());
  }

  getMaxRows(): number {
    return this._model().maxRows;
  }

  getMaxColumns(): number {
    return this._model().maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this._shift('rows', afterPosition + 1, howMany, afterPosition);
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this._shift('rows', beforePosition, howMany, beforePosition);
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this._shift('columns', afterPosition + 1, howMany, afterPosition);
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this._shift('columns', beforePosition, howMany, beforePosition);
  }

  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this._shift('columns', columnPosition, -howMany, columnPosition);
  }

  deleteColumn(columnPosition: number): this {
    return this._shift('columns', columnPosition, -1, columnPosition);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this._shift('rows', rowPosition, -howMany, rowPosition);
  }

  deleteRow(rowPosition: number): this {
    return this._shift('rows', rowPosition, -1, rowPosition);
  }

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): Range {
    if (typeof rowOrA1 !== 'string') {
      return this._range({ row: rowOrA1, column: column as number, numRows, numColumns });
    }

    const sheet = this._model();
    let parsed;
    try {
      parsed = parseA1(rowOrA1, sheet.maxRows, sheet.maxColumns);
    } catch (error) {
      throw error instanceof A1Error ? new Error('Range not found') : error;
    }
    const target =
      parsed.sheetName === null
        ? sheet
        : book(this.ctx).sheets.find((s) => s.name === parsed.sheetName);
    if (!target) throw new Error('Range not found');
    checkBounds(target, parsed.rect);
    return new Range(this.ctx, target.id, parsed.rect, parsed.wholeColumns, parsed.wholeRows);
  }

  getDataRange(): Range {
    const sheet = this._model();
    const numRows = Math.max(1, lastRowWithContent(sheet));
    const numColumns = Math.max(1, lastColumnWithContent(sheet));
    return this._range({ row: 1, column: 1, numRows, numColumns });
  }

  /**
   * The values from a corner in one call. As Google documents it, -1 for the number of rows or
   * columns means through the last row or column that has data.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number) {
    const sheet = this._model();
    const rows = numRows === -1 ? lastRowWithContent(sheet) - startRow + 1 : numRows;
    const columns = numColumns === -1 ? lastColumnWithContent(sheet) - startColumn + 1 : numColumns;
    return this._range({
      row: startRow,
      column: startColumn,
      numRows: rows,
      numColumns: columns,
    }).getValues();
  }

  appendRow(rowContents: unknown[]): this {
    const sheet = this._model();
    const row = lastRowWithContent(sheet) + 1;
    if (row > sheet.maxRows) shiftSheet(book(this.ctx), sheet, 'rows', row, 1);
    if (rowContents.length > sheet.maxColumns) {
      shiftSheet(
        book(this.ctx),
        sheet,
        'columns',
        sheet.maxColumns + 1,
        rowContents.length - sheet.maxColumns,
      );
    }
    new Range(this.ctx, this.id, {
      row,
      column: 1,
      numRows: 1,
      numColumns: rowContents.length,
    }).setValues([rowContents]);
    return this;
  }

  setFrozenRows(rows: number): void {
    const sheet = this._model();
    if (!Number.isInteger(rows) || rows < 0 || rows >= sheet.maxRows) {
      throw new Error("You can't freeze all visible rows on the sheet.");
    }
    sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._model().frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const sheet = this._model();
    if (!Number.isInteger(columns) || columns < 0 || columns >= sheet.maxColumns) {
      throw new Error("You can't freeze all visible columns on the sheet.");
    }
    sheet.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this._model().frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    const sheet = this._model();
    checkBounds(sheet, { row: 1, column: startColumn, numRows: 1, numColumns });
    for (let c = startColumn; c < startColumn + numColumns; c++) sheet.columnWidths[c] = width;
    return this;
  }

  /** Hides one column, or `numColumns` from `columnIndex` on. */
  hideColumns(columnIndex: number, numColumns = 1): this {
    const sheet = this._model();
    checkBounds(sheet, { row: 1, column: columnIndex, numRows: 1, numColumns });
    for (let c = columnIndex; c < columnIndex + numColumns; c++) sheet.hiddenColumns[c] = 1;
    return this;
  }

  showColumns(columnIndex: number, numColumns = 1): this {
    const sheet = this._model();
    checkBounds(sheet, { row: 1, column: columnIndex, numRows: 1, numColumns });
    for (let c = columnIndex; c < columnIndex + numColumns; c++) delete sheet.hiddenColumns[c];
    return this;
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._model().hiddenColumns[columnPosition] === 1;
  }

  getColumnWidth(columnPosition: number): number {
    return this._model().columnWidths[columnPosition] ?? DEFAULT_COLUMN_WIDTH;
  }

  setRowHeight(rowPosition: number, height: number): this {
    const sheet = this._model();
    checkBounds(sheet, { row: rowPosition, column: 1, numRows: 1, numColumns: 1 });
    sheet.rowHeights[rowPosition] = height;
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this._model().rowHeights[rowPosition] ?? DEFAULT_ROW_HEIGHT;
  }

  /** Widths fitted to text cannot be measured here; the widths stay as they are. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    checkBounds(this._model(), { row: 1, column: startColumn, numRows: 1, numColumns });
    return this;
  }

  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
}
