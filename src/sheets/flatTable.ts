// Reading a team's flat table of objectives and key results (one row per key result): where its
// header is, which columns are ours, theirs or owners, and which rows make which objective.

import { KEY_RESULT_FIELDS, type CellValue } from '../core/types';
import { columnLetter } from './columns';
import { AddOnError } from './errors';
import { findTypedColumns, foldHeader } from './headers';
import { TEMPLATE, type ColumnSpec } from './template';

/** A header is looked for on this many rows from the top when the caller names none. */
export const HEADER_SEARCH_ROWS = 10;

const spec = (columns: readonly ColumnSpec[], field: string) =>
  columns.find((c) => c.field === field) as ColumnSpec;
const OBJ = TEMPLATE.objectives.columns;
const KR = TEMPLATE.keyResults.columns;
const OWNER_NAMES = [spec(KR, 'owner').header, ...(spec(KR, 'owner').aliases ?? [])].map(
  foldHeader,
);

/** The columns a flat table may hold besides its owners, matched like the template's headers. */
const FLAT_COLUMNS: readonly ColumnSpec[] = [
  spec(OBJ, 'objective'),
  spec(KR, 'keyResult'),
  spec(OBJ, 'period'),
  // In a table of key results a bare "Type" is the metric type; the objective's needs its name.
  { ...spec(OBJ, 'type'), field: 'objectiveType', header: 'Objective type' },
  spec(OBJ, 'kra'),
  // A key result's own fields, from its metric type on, as the core declares them.
  ...KEY_RESULT_FIELDS.slice(KEY_RESULT_FIELDS.indexOf('metricType')).map((field) =>
    spec(KR, field),
  ),
];
const OBJECTIVE_LEVEL = ['owner', 'period', 'objectiveType', 'kra'] as const;

export interface FlatLayout {
  /** 1-based, as a user sees it. */
  headerRow: number;
  fields: Map<string, number>;
  /** Every owner column, left to right: a row's owner is the first one filled. */
  owners: number[];
  /** The team's own columns, carried to Key Results under their own header. */
  extras: { column: number; header: string }[];
}

export interface FlatObjective {
  id: string;
  text: string;
  cells: Record<string, CellValue>;
  keyResults: number;
}

export interface FlatKeyResult {
  objective: FlatObjective | null;
  cells: CellValue[];
  owner: CellValue;
}

/** The header row: the one named, or the one of the first rows that matches the most columns. */
export function locateHeader(
  values: CellValue[][],
  sheetName: string,
  headerRow?: number,
): FlatLayout {
  if (headerRow !== undefined && headerRow > values.length) {
    throw new AddOnError('invalid-argument', `"${sheetName}" has no row ${headerRow}.`);
  }
  const candidates = headerRow
    ? [headerRow]
    : range(1, Math.min(HEADER_SEARCH_ROWS, values.length));
  let best: FlatLayout | null = null;
  let bestScore = 0;
  for (const row of candidates) {
    const layout = layoutOf(values, row);
    const score = layout.fields.size + layout.owners.length;
    if (score > bestScore) [best, bestScore] = [layout, score];
  }

  const missing = ['objective', 'keyResult'].filter((f) => !best?.fields.has(f));
  if (!best || missing.length) {
    const where = headerRow ? `row ${headerRow}` : `the first ${HEADER_SEARCH_ROWS} rows`;
    throw new AddOnError(
      'invalid-argument',
      `No header with an Objective and a Key result column found on ${where} of "${sheetName}".`,
    );
  }
  return best;
}

function layoutOf(values: CellValue[][], headerRow: number): FlatLayout {
  const header = values[headerRow - 1];
  const fields = findTypedColumns(header, FLAT_COLUMNS);
  const claimed = new Set(fields.values());
  const folded = header.map(foldHeader);
  const owners = range(0, header.length - 1).filter(
    (c) => !claimed.has(c) && (OWNER_NAMES.includes(folded[c]) || /\bowner\b/.test(folded[c])),
  );

  // The first owner column is the Owner; any other keeps its own header too, so no name is lost.
  const extras = range(0, header.length - 1)
    .filter((c) => !claimed.has(c) && c !== owners[0])
    .map((c) => ({ column: c, header: String(header[c]).trim() }))
    .filter((e) => e.header !== '' || values.slice(headerRow).some((r) => !isBlank(r[e.column])))
    .map((e) => ({ ...e, header: e.header || `Column ${columnLetter(e.column + 1)}` }));
  return { headerRow, fields, owners, extras };
}

/**
 * One objective per distinct objective text (case and spaces ignored), wherever it recurs; a row
 * with a blank objective (merged cells read '' below the first) belongs to the one above.
 */
export function groupRows(values: CellValue[][], layout: FlatLayout, firstObjective: number) {
  const objectives: FlatObjective[] = [];
  const keyResults: FlatKeyResult[] = [];
  const byText = new Map<string, FlatObjective>();
  const column = (field: string) => layout.fields.get(field) as number;
  let current: FlatObjective | null = null;

  for (const cells of values.slice(layout.headerRow)) {
    const text = String(cells[column('objective')] ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) {
      const known = byText.get(foldHeader(text));
      current = known ?? {
        id: `O${firstObjective + objectives.length}`,
        text,
        cells: {},
        keyResults: 0,
      };
      if (!known) objectives.push(current);
      byText.set(foldHeader(text), current);
    }
    const owner = layout.owners.map((c) => cells[c]).find((v) => !isBlank(v)) ?? '';

    // An objective takes the first owner, period, type and KRA filled on any of its rows.
    for (const field of OBJECTIVE_LEVEL) {
      const value = field === 'owner' ? owner : cells[layout.fields.get(field) ?? -1];
      if (current && isBlank(current.cells[field] ?? '') && value !== undefined) {
        current.cells[field] = value;
      }
    }
    if (isBlank(cells[column('keyResult')])) continue;
    if (current) current.keyResults++;
    keyResults.push({ objective: current, cells, owner });
  }
  return { objectives, keyResults };
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === '' || (typeof value === 'string' && value.trim() === '');
}

/** from..to inclusive. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
