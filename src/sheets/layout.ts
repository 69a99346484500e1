// Where the add-on's computed columns are. Set up sheets marks each one with developer metadata
// (it moves with the column, so a team may rearrange columns freely). Reading every mark costs
// four service calls, so the positions are cached in a document property together with a hash
// of the header row: while the header row is unchanged the cache is trusted, and any change to it
// (a column inserted, moved, renamed or deleted) sends the next run back to the marks.

import { AddOnError } from './errors';
import { foldHeader } from './headers';
import { COMPUTED_COLUMN_KEY, TEMPLATE, type ColumnSpec, type SheetSpec } from './template';

/** Computed field -> 0-based column. */
export type ComputedColumns = Map<string, number>;

const CACHE_PREFIX = 'layout:';

/** The metadata value of a computed column: which sheet and field it holds. */
export function markValue(sheetKey: string, field: string): string {
  return `${sheetKey}:${field}`;
}

/**
 * The header Set up sheets gives a computed column beside a team's own column of the same name
 * (case 25); Recalculate status must accept it as that column's header.
 */
export function calculatedHeader(column: ColumnSpec): string {
  return column.calculatedHeader ?? `Calculated ${column.header.toLowerCase()}`;
}

/** A cheap, stable hash of the folded header row (FNV-1a, 32 bits). */
export function headerHash(headerRow: readonly unknown[]): string {
  let hash = 0x811c9dc5;
  const text = headerRow.map(foldHeader).join('\u0001');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${headerRow.length}:${hash.toString(16)}`;
}

function computedSpecs(spec: SheetSpec): ColumnSpec[] {
  return spec.columns.filter((c) => c.computed);
}

/**
 * Every computed column of every sheet, from the marks on that sheet's own columns: the slow path.
 * A duplicated sheet carries copies of the marks on its columns, so each sheet is searched alone.
 */
export function readMarks(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Map<string, number> {
  const marks = new Map<string, number>();
  for (const spec of Object.values(TEMPLATE) as SheetSpec[]) {
    const sheet = computedSpecs(spec).length ? spreadsheet.getSheetByName(spec.name) : null;
    if (!sheet) continue;

    const found = sheet.createDeveloperMetadataFinder().withKey(COMPUTED_COLUMN_KEY).find();
    for (const metadata of found) {
      const value = metadata.getValue() ?? '';
      if (!value.startsWith(`${spec.key}:`)) continue;
      const column = metadata.getLocation().getColumn();
      if (column) marks.set(value, column.getColumn() - 1);
    }
  }
  return marks;
}

interface CachedLayout {
  hash: string;
  columns: Record<string, number>;
}

/**
 * The computed columns of one sheet, or an AddOnError('structure') naming what is missing or
 * renamed. `marks` is read lazily, once per run, only when some cache is stale.
 */
export function resolveComputedColumns(
  spec: SheetSpec,
  headerRow: readonly unknown[],
  properties: GoogleAppsScript.Properties.Properties,
  marks: () => Map<string, number>,
): ComputedColumns {
  const specs = computedSpecs(spec);
  const hash = headerHash(headerRow);
  const cacheKey = CACHE_PREFIX + spec.name;

  const cached = parseCache(properties.getProperty(cacheKey));
  if (cached && cached.hash === hash) return new Map(Object.entries(cached.columns));

  const columns: ComputedColumns = new Map();
  const missing: string[] = [];
  const renamed: string[] = [];
  for (const column of specs) {
    const index = marks().get(markValue(spec.key, column.field));
    if (index === undefined || index >= headerRow.length) {
      if (!column.optional) missing.push(column.header);
      continue;
    }
    const header = foldHeader(headerRow[index]);
    const expected = [column.header, calculatedHeader(column)].map(foldHeader);
    if (!expected.includes(header)) renamed.push(column.header);
    columns.set(column.field, index);
  }

  if (missing.length || renamed.length) {
    const parts = [
      missing.length ? `is missing ${missing.map((h) => `"${h}"`).join(', ')}` : '',
      renamed.length ? `has renamed ${renamed.map((h) => `"${h}"`).join(', ')}` : '',
    ].filter(Boolean);
    throw new AddOnError(
      'structure',
      `The sheet "${spec.name}" ${parts.join(' and ')}; run Set up sheets to put it back.`,
    );
  }

  properties.setProperty(
    cacheKey,
    JSON.stringify({ hash, columns: Object.fromEntries(columns) } satisfies CachedLayout),
  );
  return columns;
}

/** Set up sheets rewrites the layout, so the cache must not outlive it. */
export function forgetLayout(
  properties: GoogleAppsScript.Properties.Properties,
  sheetName: string,
) {
  properties.deleteProperty(CACHE_PREFIX + sheetName);
}

function parseCache(text: string | null): CachedLayout | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as CachedLayout;
    return typeof parsed.hash === 'string' && parsed.columns ? parsed : null;
  } catch {
    return null;
  }
}
