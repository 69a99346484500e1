// A Range's contents: values (strings read as typed), display values, formulas, notes and data
// validations, written all or nothing when a strict validation refuses a value.

import { DataValidation } from './builders';
import { book } from './context';
import { wallClockMs } from './dates';
import { displayValue } from './format';
import { isBlankCell, readBlock, readCellValue, writeCellValue, type WriteSettings } from './grid';
import { putCell, type Cell } from './model';
import { RangeStyle } from './rangeStyle';
import { enforceValidation } from './validate';

export abstract class RangeValues extends RangeStyle {
  _settings(): WriteSettings {
    const { locale, timeZone } = book(this.ctx);
    const currentYear = new Date(wallClockMs(this.ctx.now(), timeZone)).getUTCFullYear();
    return { locale, timeZone, currentYear };
  }

  /** Writes one value per cell, all or nothing: a strict validation failing stops the write. */
  _writeValues(values: unknown[][]) {
    const settings = this._settings();
    const pending: { row: number; column: number; next: Cell }[] = [];
    this._eachValue(values, (cell, value, r, c) => {
      const next = { ...cell };
      writeCellValue(next, value, settings);
      pending.push({ row: this.rect.row + r, column: this.rect.column + c, next });
    });

    for (const { row, column, next } of pending) enforceValidation(this.ctx, next, row, column);
    const sheet = this._sheet();
    for (const { row, column, next } of pending) putCell(sheet, row, column, next);
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
    this._writeValues(
      Array.from({ length: this.rect.numRows }, () => Array(this.rect.numColumns).fill(value)),
    );
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

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    // With no option set, everything goes: contents, formats, notes and validations.
    const only = options ?? {};
    const all =
      !only.contentsOnly && !only.formatOnly && !only.commentsOnly && !only.validationsOnly;
    if (all || only.contentsOnly) this.clearContent();
    if (all || only.formatOnly) this.clearFormat();
    if (all || only.commentsOnly) this.clearNote();
    if (all || only.validationsOnly) this.clearDataValidations();
    return this;
  }
}

function checkRule(rule: unknown): DataValidation {
  if (!(rule instanceof DataValidation)) throw new Error('Invalid argument: rule');
  return rule;
}
