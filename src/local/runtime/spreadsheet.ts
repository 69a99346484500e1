// SpreadsheetApp and the one Spreadsheet the add-on runs in (scope spreadsheets.currentonly).

import { splitSheetName } from './a1';
import { DataValidationBuilder } from './builders';
import { ConditionalFormatRuleBuilder } from './conditional';
import { book, requireAuthorization, type RuntimeContext } from './context';
import { Emulated } from './counting';
import { isTimeZone } from './dates';
import * as enums from './enums';
import { addMetadata, DeveloperMetadataFinder, metadataAt, type AddMetadataArgs } from './metadata';
import type { SheetModel } from './model';
import { Protection } from './parts';
import { Range } from './range';
import { Sheet } from './sheet';
import { addSheet, removeSheet } from './sheets';
import { Ui } from './ui';

function activeSheetModel(ctx: RuntimeContext): SheetModel {
  const data = book(ctx);
  const active = data.sheets.find((s) => s.id === data.activeSheetId && !s.hidden);
  return active ?? data.sheets.find((s) => !s.hidden) ?? data.sheets[0];
}

function activeRange(ctx: RuntimeContext): Range {
  const selected = ctx.activeRange;
  const sheet = activeSheetModel(ctx);
  if (selected && selected.sheetId === sheet.id) {
    return new Range(ctx, sheet.id, { ...selected.rect });
  }
  return new Range(ctx, sheet.id, { row: 1, column: 1, numRows: 1, numColumns: 1 });
}

function toSheet(sheet: unknown): Sheet {
  if (!(sheet instanceof Sheet)) throw new Error('Invalid argument: sheet');
  return sheet;
}

export class Spreadsheet extends Emulated {
  readonly className = 'Spreadsheet';

  constructor(private readonly ctx: RuntimeContext) {
    super();
  }

  getId(): string {
    return book(this.ctx).id;
  }

  getName(): string {
    return book(this.ctx).name;
  }

  rename(newName: string): void {
    book(this.ctx).name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${book(this.ctx).id}/edit`;
  }

  getSpreadsheetLocale(): string {
    return book(this.ctx).locale;
  }

  setSpreadsheetLocale(locale: string): void {
    if (!/^[a-z]{2,3}(_[A-Za-z0-9]{2,4})*$/.test(String(locale))) {
      throw new Error(`Invalid argument: locale`);
    }
    book(this.ctx).locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    return book(this.ctx).timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    if (!isTimeZone(String(timezone))) throw new Error('Invalid argument: timezone');
    book(this.ctx).timeZone = timezone;
  }

  getSheets(): Sheet[] {
    return book(this.ctx).sheets.map((s) => new Sheet(this.ctx, s.id));
  }

  getNumSheets(): number {
    return book(this.ctx).sheets.length;
  }

  /** Sheets matches the name whatever its case. */
  getSheetByName(name: string): Sheet | null {
    const sheets = book(this.ctx).sheets;
    const text = String(name);
    const found =
      sheets.find((s) => s.name === text) ??
      sheets.find((s) => s.name.toLowerCase() === text.toLowerCase());
    return found ? new Sheet(this.ctx, found.id) : null;
  }

  getSheetById(id: number): Sheet | null {
    const found = book(this.ctx).sheets.find((s) => s.id === id);
    return found ? new Sheet(this.ctx, found.id) : null;
  }

  /** insertSheet(), (index), (name) and (name, index); templates are not emulated. */
  insertSheet(nameOrIndex?: string | number, index?: number | object): Sheet {
    if (typeof index === 'object' || (typeof nameOrIndex === 'object' && nameOrIndex !== null)) {
      throw new Error('not supported by the local runtime: Spreadsheet.insertSheet with options');
    }
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    const sheet = addSheet(book(this.ctx), name, position);
    return new Sheet(this.ctx, sheet.id);
  }

  deleteSheet(sheet: Sheet): void {
    removeSheet(book(this.ctx), toSheet(sheet)._model());
  }

  getActiveSheet(): Sheet {
    return new Sheet(this.ctx, activeSheetModel(this.ctx).id);
  }

  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    return toSheet(sheet).activate();
  }

  getActiveRange(): Range {
    return activeRange(this.ctx);
  }

  getActiveCell(): Range {
    const range = activeRange(this.ctx);
    return range.getCell(1, 1);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  /** A1 notation with the sheet's name, or of the active sheet without one. */
  getRange(a1Notation: string): Range {
    const { sheetName, reference } = splitSheetName(String(a1Notation));
    const sheet = sheetName === null ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet.getRange(reference);
  }

  getRangeByName(_name: string): Range | null {
    return null;
  }

  getDeveloperMetadata() {
    return metadataAt(this.ctx, { type: 'SPREADSHEET' });
  }

  addDeveloperMetadata(...args: AddMetadataArgs): this {
    addMetadata(this.ctx, { type: 'SPREADSHEET' }, args);
    return this;
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.ctx);
  }

  getProtections(type: enums.EnumValue): Protection[] {
    return this.getSheets().flatMap((s) => s.getProtections(type));
  }
}

export class SpreadsheetApp extends Emulated {
  readonly className = 'SpreadsheetApp';
  readonly ProtectionType = enums.ProtectionType;
  readonly DeveloperMetadataVisibility = enums.DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = enums.DeveloperMetadataLocationType;
  readonly BandingTheme = enums.BandingTheme;
  readonly DataValidationCriteria = enums.DataValidationCriteria;
  readonly BooleanCriteria = enums.BooleanCriteria;
  readonly WrapStrategy = enums.WrapStrategy;
  readonly BorderStyle = enums.BorderStyle;
  readonly Dimension = enums.Dimension;
  readonly SheetType = enums.SheetType;

  constructor(private readonly ctx: RuntimeContext) {
    super();
  }

  getActiveSpreadsheet(): Spreadsheet {
    requireAuthorization(this.ctx, 'SpreadsheetApp.getActiveSpreadsheet');
    return new Spreadsheet(this.ctx);
  }

  getActive(): Spreadsheet {
    requireAuthorization(this.ctx, 'SpreadsheetApp.getActive');
    return new Spreadsheet(this.ctx);
  }

  getActiveSheet(): Sheet {
    requireAuthorization(this.ctx, 'SpreadsheetApp.getActiveSheet');
    return new Sheet(this.ctx, activeSheetModel(this.ctx).id);
  }

  setActiveSheet(sheet: Sheet, _restoreSelection?: boolean): Sheet {
    return toSheet(sheet).activate();
  }

  getActiveRange(): Range {
    requireAuthorization(this.ctx, 'SpreadsheetApp.getActiveRange');
    return activeRange(this.ctx);
  }

  getCurrentCell(): Range {
    requireAuthorization(this.ctx, 'SpreadsheetApp.getCurrentCell');
    return activeRange(this.ctx).getCell(1, 1);
  }

  getUi(): Ui {
    return new Ui(this.ctx);
  }

  /** Writes apply at once here, so there is nothing to flush. */
  flush(): void {}

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx);
  }
}
