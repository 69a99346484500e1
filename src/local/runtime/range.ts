// Range: a block of cells. Its contents are in RangeValues, formats in RangeStyle, position and
// shape in RangeBase; here are merges, protection, developer metadata, banding and selection.

import { book } from './context';
import { BandingTheme, enumName, type EnumValue } from './enums';
import {
  addMetadata,
  DeveloperMetadata,
  DeveloperMetadataFinder,
  metadataAt,
  type AddMetadataArgs,
} from './metadata';
import { rectsOverlap, takeId, type Rect } from './model';
import { Banding, bandingColors, newProtection, Protection } from './parts';
import { checkBounds } from './rangeBase';
import { RangeValues } from './rangeValues';
import { Sheet } from './sheet';

export class Range extends RangeValues {
  protected _derive(rect: Rect): Range {
    checkBounds(this._sheet(), rect);
    return new Range(this.ctx, this.sheetId, rect);
  }

  override getCell(row: number, column: number): Range {
    return super.getCell(row, column) as Range;
  }

  override offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    return super.offset(rowOffset, columnOffset, numRows, numColumns) as Range;
  }

  getSheet(): Sheet {
    this._sheet();
    return new Sheet(this.ctx, this.sheetId);
  }

  merge(): this {
    const sheet = this._sheet();
    if (this.rect.numRows * this.rect.numColumns === 1) return this;
    if (sheet.merges.some((m) => rectsOverlap(m, this.rect))) this.breakApart();

    this._eachCell((cell, r, c) => {
      if (r === 0 && c === 0) return;
      delete cell.value;
      delete cell.formula;
      delete cell.error;
    });
    sheet.merges.push({ ...this.rect });
    return this;
  }

  isPartOfMerge(): boolean {
    return this._sheet().merges.some((m) => rectsOverlap(m, this.rect));
  }

  getMergedRanges(): Range[] {
    return this._sheet()
      .merges.filter((m) => rectsOverlap(m, this.rect))
      .map((m) => new Range(this.ctx, this.sheetId, { ...m }));
  }

  breakApart(): this {
    const sheet = this._sheet();
    sheet.merges = sheet.merges.filter((m) => !rectsOverlap(m, this.rect));
    return this;
  }

  protect(): Protection {
    const spec = newProtection(this.ctx, 'RANGE', { ...this.rect });
    this._sheet().protections.push(spec);
    return new Protection(this.ctx, this.sheetId, spec.id);
  }

  addDeveloperMetadata(...args: AddMetadataArgs): this {
    addMetadata(this.ctx, this._location(), args);
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    try {
      return metadataAt(this.ctx, this._location());
    } catch {
      return [];
    }
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.ctx, { range: this });
  }

  /** Where metadata on this range lives: whole rows or whole columns only, as in Sheets. */
  _location() {
    const sheet = this._sheet();
    if (this.rect.row === 1 && this.rect.numRows === sheet.maxRows) {
      return {
        type: 'COLUMN' as const,
        sheetId: this.sheetId,
        start: this.rect.column,
        count: this.rect.numColumns,
      };
    }
    if (this.rect.column === 1 && this.rect.numColumns === sheet.maxColumns) {
      return {
        type: 'ROW' as const,
        sheetId: this.sheetId,
        start: this.rect.row,
        count: this.rect.numRows,
      };
    }
    throw new Error(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }

  applyRowBanding(bandingTheme?: EnumValue, showHeader = true, showFooter = false): Banding {
    const sheet = this._sheet();
    if (sheet.bandings.some((b) => rectsOverlap(b.rect, this.rect))) {
      throw new Error(
        'You cannot add alternating colors to a range that already has alternating background colors.',
      );
    }
    const theme = bandingTheme === undefined ? 'LIGHT_GREY' : enumName(bandingTheme);
    if (!BandingTheme[theme]) throw new Error(`Invalid argument: ${theme}`);

    const spec = {
      id: takeId(book(this.ctx)),
      rect: { ...this.rect },
      theme,
      colors: bandingColors(theme, showHeader, showFooter),
    };
    sheet.bandings.push(spec);
    return new Banding(this.ctx, this.sheetId, spec.id);
  }

  getBandings(): Banding[] {
    return this._sheet()
      .bandings.filter((b) => rectsOverlap(b.rect, this.rect))
      .map((b) => new Banding(this.ctx, this.sheetId, b.id));
  }

  activate(): this {
    this.ctx.activeRange = { sheetId: this.sheetId, rect: { ...this.rect } };
    book(this.ctx).activeSheetId = this.sheetId;
    return this;
  }
}
