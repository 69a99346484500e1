// Adding, renaming and deleting sheets with Sheets' rules: names unique whatever their case, at
// most 100 characters, and at least one visible sheet left.

import { newSheet, takeId, type BookData, type SheetModel } from './model';

const MAX_NAME_LENGTH = 100;

function checkName(book: BookData, name: string, except?: SheetModel) {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new Error('Invalid argument: sheetName');
  }
  if (name.length > MAX_NAME_LENGTH) {
    throw new Error(`The sheet name cannot be longer than ${MAX_NAME_LENGTH} characters.`);
  }
  const folded = name.toLowerCase();
  if (book.sheets.some((s) => s !== except && s.name.toLowerCase() === folded)) {
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

export function renameSheet(book: BookData, sheet: SheetModel, name: string) {
  checkName(book, name, sheet);
  sheet.name = name;
}

/** The name Sheets gives an unnamed new sheet: Sheet2, Sheet3... */
function freeName(book: BookData): string {
  for (let n = book.sheets.length + 1; ; n++) {
    const name = `Sheet${n}`;
    if (!book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
  }
}

/** A new sheet at `index` (0-based; the end when absent), which becomes the active sheet. */
export function addSheet(book: BookData, name: string | undefined, index?: number): SheetModel {
  const sheetName = name ?? freeName(book);
  checkName(book, sheetName);
  const position = index ?? book.sheets.length;
  if (!Number.isInteger(position) || position < 0 || position > book.sheets.length) {
    throw new Error('Invalid argument: sheetIndex');
  }

  const sheet = newSheet(takeId(book), sheetName);
  book.sheets.splice(position, 0, sheet);
  book.activeSheetId = sheet.id;
  return sheet;
}

export function removeSheet(book: BookData, sheet: SheetModel) {
  const others = book.sheets.filter((s) => s !== sheet);
  if (!others.some((s) => !s.hidden)) {
    throw new Error("You can't remove all the sheets in a document.");
  }

  book.sheets = others;
  book.metadata = book.metadata.filter(
    (m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== sheet.id,
  );
  for (const other of others) {
    for (const chart of other.charts) {
      chart.ranges = chart.ranges.filter((r) => r.sheetId !== sheet.id);
    }
  }
  if (book.activeSheetId === sheet.id) {
    book.activeSheetId = (others.find((s) => !s.hidden) ?? others[0]).id;
  }
}
