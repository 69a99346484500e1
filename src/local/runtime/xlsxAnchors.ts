// Column-located developer metadata moves with its column in Sheets. A workbook edited in Excel
// or LibreOffice moves columns without telling our hidden store, so each column's metadata is
// saved with the text of the column's first two cells (its header), and on load it follows that
// header to wherever it went, or is dropped when it cannot be found: a stale mark must never
// point at a person's column.

import type { BookData, SheetModel } from './model';

/** Metadata id -> the header text of its column when saved. */
export type MetadataAnchors = Record<number, string>;

function columnHeader(sheet: SheetModel, column: number): string {
  return [1, 2].map((r) => String(sheet.rows[r - 1]?.[column - 1]?.value ?? '')).join('\u0001');
}

export function anchorsOf(book: BookData): MetadataAnchors {
  const anchors: MetadataAnchors = {};
  for (const m of book.metadata) {
    if (m.location.type !== 'COLUMN') continue;
    const location = m.location;
    const sheet = book.sheets.find((s) => s.id === location.sheetId);
    if (sheet) anchors[m.id] = columnHeader(sheet, location.start);
  }
  return anchors;
}

export function followAnchors(book: BookData, anchors: MetadataAnchors | undefined) {
  if (!anchors) return;
  book.metadata = book.metadata.filter((m) => {
    const anchor = anchors[m.id];
    if (m.location.type !== 'COLUMN' || anchor === undefined) return true;
    const location = m.location;
    const sheet = book.sheets.find((s) => s.id === location.sheetId);
    if (!sheet) return false;
    if (columnHeader(sheet, location.start) === anchor) return true;

    const width = Math.max(0, ...sheet.rows.slice(0, 2).map((r) => r?.length ?? 0));
    const matches: number[] = [];
    for (let c = 1; c <= width; c++) if (columnHeader(sheet, c) === anchor) matches.push(c);
    if (matches.length !== 1) return false;
    location.start = matches[0];
    return true;
  });
}
