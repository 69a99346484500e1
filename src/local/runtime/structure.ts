// Inserting and deleting rows and columns moves everything anchored to them, as in Sheets: cells,
// widths, merges, rules, protections, bandings, charts, validation ranges and developer metadata
// (column metadata moves with its column and goes when its column is deleted).

import type { BookData, Cell, Rect, SheetModel, ValidationSpec } from './model';

type Axis = 'rows' | 'columns';

/** A span after inserting (`delta` > 0 at `at`) or deleting (-delta from `at`); null if gone. */
export function shiftSpan(
  start: number,
  count: number,
  at: number,
  delta: number,
): { start: number; count: number } | null {
  if (delta > 0) {
    if (start >= at) return { start: start + delta, count };
    if (start + count - 1 >= at) return { start, count: count + delta };
    return { start, count };
  }

  const removed = -delta;
  const end = start + count - 1;
  const before = Math.max(0, Math.min(start, at + removed) - at);
  const inside = Math.max(0, Math.min(end, at + removed - 1) - Math.max(start, at) + 1);
  return count - inside > 0 ? { start: start - before, count: count - inside } : null;
}

function shiftRect(rect: Rect, axis: Axis, at: number, delta: number): Rect | null {
  const rows = axis === 'rows';
  const span = shiftSpan(
    rows ? rect.row : rect.column,
    rows ? rect.numRows : rect.numColumns,
    at,
    delta,
  );
  if (!span) return null;
  return rows
    ? { ...rect, row: span.start, numRows: span.count }
    : { ...rect, column: span.start, numColumns: span.count };
}

function shiftRects(rects: Rect[], axis: Axis, at: number, delta: number): Rect[] {
  return rects.map((r) => shiftRect(r, axis, at, delta)).filter((r): r is Rect => r !== null);
}

function shiftKeyed(sizes: Record<number, number>, at: number, delta: number) {
  const shifted: Record<number, number> = {};
  for (const [key, size] of Object.entries(sizes)) {
    const index = Number(key);
    if (delta < 0 && index >= at && index < at - delta) continue;
    shifted[index >= at ? index + delta : index] = size;
  }
  return shifted;
}

function moveCells(sheet: SheetModel, axis: Axis, at: number, delta: number) {
  if (axis === 'rows') {
    if (sheet.rows.length < at) return;
    if (delta > 0) sheet.rows.splice(at - 1, 0, ...new Array<Cell[]>(delta));
    else sheet.rows.splice(at - 1, -delta);
    return;
  }
  for (const row of sheet.rows) {
    if (!row || row.length < at) continue;
    if (delta > 0) row.splice(at - 1, 0, ...new Array<Cell | undefined>(delta));
    else row.splice(at - 1, -delta);
  }
}

/** Every validation rule of the book, once each (cells share rule objects). */
function validations(book: BookData): Set<ValidationSpec> {
  const found = new Set<ValidationSpec>();
  for (const sheet of book.sheets) {
    for (const row of sheet.rows) {
      for (const cell of row ?? []) if (cell?.validation) found.add(cell.validation);
    }
  }
  return found;
}

function shiftSheetParts(sheet: SheetModel, axis: Axis, at: number, delta: number) {
  sheet.merges = shiftRects(sheet.merges, axis, at, delta).filter(
    (m) => m.numRows * m.numColumns > 1,
  );
  for (const rule of sheet.conditionalRules) rule.ranges = shiftRects(rule.ranges, axis, at, delta);
  sheet.conditionalRules = sheet.conditionalRules.filter((r) => r.ranges.length > 0);

  sheet.protections = sheet.protections.filter((p) => {
    p.unprotected = shiftRects(p.unprotected, axis, at, delta);
    if (!p.rect) return true;
    p.rect = shiftRect(p.rect, axis, at, delta);
    return p.rect !== null;
  });
  sheet.bandings = sheet.bandings.filter((b) => {
    const rect = shiftRect(b.rect, axis, at, delta);
    if (rect) b.rect = rect;
    return rect !== null;
  });
  for (const chart of sheet.charts) {
    const position = axis === 'rows' ? 'row' : 'column';
    const moved = shiftSpan(chart.position[position], 1, at, delta);
    chart.position[position] = moved ? moved.start : at;
  }
}

/** Inserts (`delta` > 0) or deletes (`delta` < 0) rows or columns at `at` of `sheet`. */
export function shiftSheet(
  book: BookData,
  sheet: SheetModel,
  axis: Axis,
  at: number,
  delta: number,
) {
  moveCells(sheet, axis, at, delta);
  if (axis === 'rows') {
    sheet.maxRows += delta;
    sheet.rowHeights = shiftKeyed(sheet.rowHeights, at, delta);
    if (delta < 0 && sheet.frozenRows >= at)
      sheet.frozenRows = Math.max(at - 1, sheet.frozenRows + delta);
  } else {
    sheet.maxColumns += delta;
    sheet.columnWidths = shiftKeyed(sheet.columnWidths, at, delta);
    sheet.hiddenColumns = shiftKeyed(sheet.hiddenColumns, at, delta);
    if (delta < 0 && sheet.frozenColumns >= at) {
      sheet.frozenColumns = Math.max(at - 1, sheet.frozenColumns + delta);
    }
  }
  shiftSheetParts(sheet, axis, at, delta);

  for (const other of book.sheets) {
    for (const chart of other.charts) {
      chart.ranges = chart.ranges.filter((r) => {
        if (r.sheetId !== sheet.id) return true;
        const rect = shiftRect(r.rect, axis, at, delta);
        if (rect) r.rect = rect;
        return rect !== null;
      });
    }
  }
  for (const rule of validations(book)) {
    if (rule.range?.sheetId !== sheet.id) continue;
    rule.range.rect = shiftRect(rule.range.rect, axis, at, delta) ?? rule.range.rect;
  }

  const type = axis === 'rows' ? 'ROW' : 'COLUMN';
  book.metadata = book.metadata.filter((m) => {
    const location = m.location;
    if (location.type !== type || location.sheetId !== sheet.id) return true;
    const span = shiftSpan(location.start, location.count, at, delta);
    if (span) Object.assign(location, span);
    return span !== null;
  });
}
