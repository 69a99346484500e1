// A Range's position and shape: a block of one sheet, fixed when made (as in Apps Script, a
// range does not follow later insertions), with the helpers its methods share.

import { formatA1 } from './a1';
import { sheetModel, type RuntimeContext } from './context';
import { Emulated } from './counting';
import { cellAt, putCell, type Cell, type Rect, type SheetModel } from './model';
import { mergedAway, checkShape } from './grid';

/** Throws what Sheets throws for a block that does not fit `sheet`. */
export function checkBounds(sheet: SheetModel, rect: Rect) {
  if (!Number.isInteger(rect.row) || rect.row < 1) {
    throw new Error('The starting row of the range is too small.');
  }
  if (!Number.isInteger(rect.column) || rect.column < 1) {
    throw new Error('The starting column of the range is too small.');
  }
  if (!Number.isInteger(rect.numRows) || rect.numRows < 1) {
    throw new Error('The number of rows in the range must be at least 1.');
  }
  if (!Number.isInteger(rect.numColumns) || rect.numColumns < 1) {
    throw new Error('The number of columns in the range must be at least 1.');
  }
  if (
    rect.row + rect.numRows - 1 > sheet.maxRows ||
    rect.column + rect.numColumns - 1 > sheet.maxColumns
  ) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

export abstract class RangeBase extends Emulated {
  readonly className = 'Range';

  constructor(
    protected readonly ctx: RuntimeContext,
    readonly sheetId: number,
    readonly rect: Rect,
    readonly wholeColumns = false,
    readonly wholeRows = false,
  ) {
    super();
  }

  /** A range of the same sheet; subclasses make their own kind. */
  protected abstract _derive(rect: Rect): RangeBase;

  override _cellCount(): number {
    return this.rect.numRows * this.rect.numColumns;
  }

  _sheet(): SheetModel {
    return sheetModel(this.ctx, this.sheetId);
  }

  /**
   * Changes every cell of the range with `apply`, except those hidden by a merge. A blank cell
   * is stored only when `apply` gave it something, so clearing a whole sheet creates nothing.
   */
  protected _eachCell(apply: (cell: Cell, r: number, c: number) => void) {
    const sheet = this._sheet();
    const hidden = mergedAway(sheet, this.rect);
    for (let r = 0; r < this.rect.numRows; r++) {
      for (let c = 0; c < this.rect.numColumns; c++) {
        const row = this.rect.row + r;
        const column = this.rect.column + c;
        if (hidden(row, column)) continue;

        const stored = cellAt(sheet, row, column);
        const cell = stored ?? {};
        apply(cell, r, c);
        if (!stored && Object.keys(cell).length > 0) putCell(sheet, row, column, cell);
      }
    }
  }

  /** Changes each cell with its own value from a grid shaped like the range. */
  protected _eachValue<T>(
    grid: T[][],
    apply: (cell: Cell, value: T, r: number, c: number) => void,
  ) {
    checkShape(grid, this.rect);
    this._eachCell((cell, r, c) => apply(cell, grid[r][c], r, c));
  }

  getRow(): number {
    return this.rect.row;
  }

  getRowIndex(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.column;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numColumns;
  }

  getHeight(): number {
    return this.rect.numRows;
  }

  getWidth(): number {
    return this.rect.numColumns;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }

  getA1Notation(): string {
    return formatA1(this.rect, this.wholeColumns, this.wholeRows);
  }

  getGridId(): number {
    return this.sheetId;
  }

  isStartColumnBounded(): boolean {
    return !this.wholeRows;
  }

  isEndColumnBounded(): boolean {
    return !this.wholeRows;
  }

  isStartRowBounded(): boolean {
    return !this.wholeColumns;
  }

  isEndRowBounded(): boolean {
    return !this.wholeColumns;
  }

  /** One cell of the range, 1-based within it; it may lie outside the range, as in Sheets. */
  getCell(row: number, column: number): RangeBase {
    return this._derive({
      row: this.rect.row + row - 1,
      column: this.rect.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): RangeBase {
    return this._derive({
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    });
  }
}
