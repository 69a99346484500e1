// The workbook the runtime works on, loaded from and saved to .xlsx, with read-only helpers for
// tests and the command line that read it the way the bundle would (getValues of the data range).

import { statSync } from 'node:fs';

import { isTimeZone } from './dates';
import { displayValue } from './format';
import { lastColumnWithContent, lastRowWithContent, readBlock, readCellValue } from './grid';
import { parseA1 } from './a1';
import {
  cellAt,
  newBook,
  type BookData,
  type Cell,
  type MetadataLocation,
  type SheetModel,
} from './model';
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, loadXlsx, saveXlsx } from './xlsx';
import { loadXlsxSync } from './xlsxSync';

/** What tells a file saved by another process: a save renames a new file into place. */
interface DiskStamp {
  ino: number;
  mtimeMs: number;
  size: number;
}

function stampOf(path: string): DiskStamp | null {
  try {
    const { ino, mtimeMs, size } = statSync(path);
    return { ino, mtimeMs, size };
  } catch {
    return null;
  }
}

/** Developer metadata as tests see it: the sheet by name, rows and columns 1-based. */
export interface MetadataView {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: { type: string; sheet?: string; start?: number; count?: number };
}

export class LocalWorkbook {
  /** The file it was loaded from or last saved to, if any. */
  path: string | null = null;
  private stamp: DiskStamp | null = null;

  private constructor(public data: BookData) {}

  static async load(path: string): Promise<LocalWorkbook> {
    // The stamp is taken before reading: a save landing while the file is read then shows as
    // a change, and the next lock reloads, rather than the stale read passing as current.
    const stamp = stampOf(path);
    const workbook = new LocalWorkbook(await loadXlsx(path));
    workbook.path = path;
    workbook.stamp = stamp;
    return workbook;
  }

  /** A new spreadsheet as Sheets makes one: a single empty Sheet1. */
  static create(
    options: { locale?: string; timeZone?: string; name?: string } = {},
  ): LocalWorkbook {
    const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    if (!isTimeZone(timeZone)) throw new Error(`Unknown time zone: ${timeZone}`);
    const name = options.name ?? 'Untitled spreadsheet';
    return new LocalWorkbook(newBook(name, options.locale ?? DEFAULT_LOCALE, timeZone));
  }

  async save(path: string): Promise<void> {
    await saveXlsx(this.data, path);
    this.path = path;
    this.stamp = stampOf(path);
  }

  /**
   * Reloads from its file when another process saved it since this one loaded or saved it. A
   * workbook made in memory has no file to compare with and is never replaced.
   */
  reloadIfChanged(): boolean {
    if (!this.path || !this.stamp) return false;
    const now = stampOf(this.path);
    const same = (['ino', 'mtimeMs', 'size'] as const).every((k) => now?.[k] === this.stamp?.[k]);
    if (!now || same) return false;

    this.data = loadXlsxSync(this.path);
    this.stamp = now;
    return true;
  }

  get locale(): string {
    return this.data.locale;
  }

  set locale(locale: string) {
    this.data.locale = locale;
  }

  get timeZone(): string {
    return this.data.timeZone;
  }

  set timeZone(timeZone: string) {
    if (!isTimeZone(timeZone)) throw new Error(`Unknown time zone: ${timeZone}`);
    this.data.timeZone = timeZone;
  }

  get name(): string {
    return this.data.name;
  }

  /** Document properties, live: saved with the workbook. */
  get properties(): Record<string, string> {
    return this.data.properties;
  }

  sheetNames(): string[] {
    return this.data.sheets.map((s) => s.name);
  }

  sheet(sheetName: string): SheetModel {
    const sheet = this.data.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}".`);
    return sheet;
  }

  private dataBlock<T>(sheetName: string, read: (cell: Cell | undefined) => T): T[][] {
    const sheet = this.sheet(sheetName);
    const rect = {
      row: 1,
      column: 1,
      numRows: Math.max(1, lastRowWithContent(sheet)),
      numColumns: Math.max(1, lastColumnWithContent(sheet)),
    };
    return readBlock(sheet, rect, read);
  }

  /** getDataRange().getValues() of the sheet. */
  values(sheetName: string): unknown[][] {
    return this.dataBlock(sheetName, (cell) => readCellValue(cell, this.data.timeZone));
  }

  displayValues(sheetName: string): string[][] {
    return this.dataBlock(sheetName, (cell) => displayValue(cell, this.data.locale));
  }

  notes(sheetName: string): string[][] {
    return this.dataBlock(sheetName, (cell) => cell?.note ?? '');
  }

  formulas(sheetName: string): string[][] {
    return this.dataBlock(sheetName, (cell) => cell?.formula ?? '');
  }

  /** The stored cell at an A1 address (formats and all), for tests. */
  cell(sheetName: string, a1: string): Cell | undefined {
    const sheet = this.sheet(sheetName);
    const { rect } = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    return cellAt(sheet, rect.row, rect.column);
  }

  developerMetadata(): MetadataView[] {
    const sheetName = (location: MetadataLocation) =>
      location.type === 'SPREADSHEET'
        ? undefined
        : this.data.sheets.find((s) => s.id === location.sheetId)?.name;
    return this.data.metadata.map((m) => ({
      id: m.id,
      key: m.key,
      value: m.value,
      visibility: m.visibility,
      location: {
        type: m.location.type,
        sheet: sheetName(m.location),
        ...('start' in m.location ? { start: m.location.start, count: m.location.count } : {}),
      },
    }));
  }
}
