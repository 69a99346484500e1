// Finding columns by header the way people type headers: case, spaces, line breaks and
// non-breaking spaces ignored; any order; extra columns allowed; aliases teams already use.

import type { ColumnSpec } from './template';

/** 'Key\nresult ' and 'key result' fold to the same text. */
export function foldHeader(text: unknown): string {
  return String(text ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Where each typed column of a sheet stands, 0-based; a missing column is absent. */
export type ColumnIndex = Map<string, number>;

/**
 * The typed columns of `spec` in `headerRow`. An exact header wins over an alias; the first
 * matching column wins over later ones; a column claimed by one field is not reused.
 */
export function findTypedColumns(
  headerRow: readonly unknown[],
  columns: readonly ColumnSpec[],
  skip: ReadonlySet<number> = new Set(),
): ColumnIndex {
  const folded = headerRow.map(foldHeader);
  const found: ColumnIndex = new Map();
  const taken = new Set(skip);
  const typed = columns.filter((c) => !c.computed);

  const claim = (field: string, names: readonly string[]) => {
    if (found.has(field)) return;
    for (const name of names) {
      const index = folded.findIndex((h, i) => h === foldHeader(name) && !taken.has(i));
      if (index >= 0) {
        found.set(field, index);
        taken.add(index);
        return;
      }
    }
  };

  for (const column of typed) claim(column.field, [column.header]);
  for (const column of typed) claim(column.field, column.aliases ?? []);
  return found;
}
