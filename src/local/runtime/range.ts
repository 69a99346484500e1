// Range: values, formulas, notes, validations, merges, protection, metadata and banding of a
// block of cells. Formats live in RangeStyle, position and shape in RangeBase.

import { book, type RuntimeContext } from './context';
import { DataValidation } from './builders';
import { BandingTheme, enumName, type EnumValue } from './enums';
import { displayValue } from './format';
import { isBlankCell, readBlock, readCellValue, writeCellValue, type WriteSettings } from './grid';
import {
  addMetadata,
  DeveloperMetadata,
  DeveloperMetadataFinder,
  metadataAt,
  type AddMetadataArgs,
} from './metadata';
import { rectsOverlap, takeId, type Cell, type Rect } from './model';
import { Banding, bandingColors, newProtection, Protection } from './parts';
import { checkBounds } from './rangeBase';
import { RangeStyle } from './rangeStyle';
import { Sheet } from './sheet';
import { wallClockMs } from './dates';
import { enforceValidation } from './validate';

export class Range extends RangeStyle {
  protected _derive(rect: Rect): Range {
    checkBounds(this._sheet(), rect);
    return new Range(this.ctx, this.sheetId, rect);
  }

  override getCell(row: number, column: number): Range {
    return super.getCell(row, column) as Range;
  }

  override offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return super.offset(rowOffset, columnOffset, numRows, numColumns) as Range;
  }

  _settings(): WriteSettings {
    const { locale, timeZone } = book(this.ctx);
    const currentYear = new Date(wallClockMs(this.ctx.now(), timeZone)).getUTCFullYear();
    return { locale, timeZone, currentYear };
  }

  /** Writes one value per cell, all or nothing: a strict validation failing stops the write. */
  _writeValues(values: unknown[][]) {
    const settings = this._settings();
    const pending: [Cell, Cell][] = [];
    this._eachValue(values, (cell, value) => {
      const next = { ...cell };
      writeCellValue(next, value, settings);
      pending.push([cell, next]);
    });

    pending.forEach(([, next], i) => {
      const row = this.rect.row + Math.floor(i / this.rect.numColumns);
      enforceValidation(this.ctx, next, row, this.rect.column + (i % this.rect.numColumns));
    });
    for (const [cell, next] of pending) {
      for (const key of Object.keys(cell)) delete cell[key as keyof Cell];
      Object.assign(cell, next);
    }
  }

  getSheet(): Sheet {
    this._sheet();
    return new Sheet(this.ctx, this.sheetId);
  }

  getValues(): unknown[][] {
    const { timeZone } = book(this.ctx);
    return readBlock(this._sheet(), this.rect, (cell) => readCellValue(cell, timeZone));
  }

  getValue(): unknown {
    return this.getValues()[0][0];
  }

  setValues(values: unknown[][]): this {
    this._writeValues(values);
    return this;
  }

  setValue(value: unknown): this {
    this._writeValues(Array.from({ length: this.rect.numRows }, () => Array(this.rect.numColumns).fill(value)));
    return this;
  }

  getDisplayValues(): string[][] {
    const { locale } = book(this.ctx);
    return readBlock(this._sheet(), this.rect, (cell) => displayValue(cell, locale));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    return readBlock(this._sheet(), this.rect, (cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    return this.getFormulas()[0][0];
  }

  setFormulas(formulas: string[][]): this {
    this._writeValues(formulas.map((row) => row.map((f) => (f ? String(f) : ''))));
    return this;
  }

  setFormula(formula: string): this {
    return this.setValue(formula ? String(formula) : '');
  }

  getNotes(): string[][] {
    return readBlock(this._sheet(), this.rect, (cell) => cell?.note ?? '');
  }

  getNote(): string {
    return this.getNotes()[0][0];
  }

  setNotes(notes: (string | null)[][]): this {
    this._eachValue(notes, (cell, note) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this;
  }

  setNote(note: string | null): this {
    this._eachCell((cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this;
  }

  clearNote(): this {
    return this.setNote(null);
  }

  isBlank(): boolean {
    const sheet = this._sheet();
    for (let r = 0; r < this.rect.numRows; r++) {
      for (let c = 0; c < this.rect.numColumns; c++) {
        if (!isBlankCell(sheet, this.rect.row + r, this.rect.column + c)) return false;
      }
    }
    return true;
  }

  setDataValidation(rule: DataValidation | null): this {
    const spec = rule === null ? undefined : checkRule(rule).spec;
    this._eachCell((cell) => {
      if (spec) cell.validation = spec;
      else delete cell.validation;
    });
    return this;
  }

  setDataValidations(rules: (DataValidation | null)[][]): this {
    this._eachValue(rules, (cell, rule) => {
      if (rule === null) delete cell.validation;
      else cell.validation = checkRule(rule).spec;
    });
    return this;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return readBlock(this._sheet(), this.rect, (cell) =>
      cell?.validation ? new DataValidation(this.ctx, cell.validation) : null,
    );
  }

  getDataValidation(): DataValidation | null {
    return this.getDataValidations()[0][0];
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  clearContent(): this {
    this._eachCell((cell) => {
      delete cell.value;
      delete cell.error;
      delete cell.formula;
    });
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): this {
    const only = options ?? {};
    const all = !only.contentsOnly && !only.formatOnly && !only.commentsOnly && !only.validationsOnly;
    if (all || only.contentsOnly) this.clearContent();
    if (all || only.formatOnly) this.clearFormat();
    if (only.commentsOnly) this.clearNote();
    if (only.validationsOnly) this.clearDataValidations();
    if (all) this._eachCell((cell) => delete cell.note);
    return this;
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
      return { type: 'COLUMN' as const, sheetId: this.sheetId, start: this.rect.column, count: this.rect.numColumns };
    }
    if (this.rect.column === 1 && this.rect.numColumns === sheet.maxColumns) {
      return { type: 'ROW' as const, sheetId: this.sheetId, start: this.rect.row, count: this.rect.numRows };
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

    const spec = { id: takeId(book(this.ctx)), rect: { ...this.rect }, theme, colors: bandingColors(theme, showHeader, showFooter) };
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

function checkRule(rule: unknown): DataValidation {
  if (!(rule instanceof DataValidation)) throw new Error('Invalid argument: rule');
  return rule;
}
