// Start next period: carry the unfinished aspirational objectives of one period, with their key
// results, into the next. New rows are appended below the last row; old rows are left as they are.

import { parseNumber, textOf } from '../core/numbers';
import { parsePeriod, type Period } from '../core/periods';
import { recalculate } from '../core/recalculate';
import { readObjectiveType } from '../core/score';
import type { CellValue, KeyResultRow, ObjectiveRow, RecalcInput } from '../core/types';
import { cellValues, type WritableValue } from './cells';
import { AddOnError } from './errors';
import type { SheetTable } from './read';
import { readWorkbook } from './recalculate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;
type Row = Record<string, WritableValue>;

export interface CarriedObjective {
  from: string;
  to: string;
}

/** The note a carried objective gets; a rerun finds it and copies that objective no more. */
const CARRIED_NOTE = 'Carried over from';
const CARRIED_PATTERN = /carried over from (\S+)/gi;

/**
 * Copies every aspirational objective of `from` whose status is not Achieved into `to`. Statuses
 * are the core's for `today`, as Recalculate status shows them: run on the last day of a quarter,
 * an objective at 0.75 is On track and carried; run after the quarter it is Achieved and is not.
 */
export function startNextPeriod(
  spreadsheet: Spreadsheet,
  properties: Properties,
  today: string,
  fromText: string,
  toText: string,
): CarriedObjective[] {
  const from = requirePeriod(fromText);
  const to = requirePeriod(toText);
  if (to.start <= from.end) {
    throw new AddOnError(
      'invalid-argument',
      `The next period must start after ${from.key} ends; ${to.key} does not.`,
    );
  }

  const { tables, input } = readWorkbook(spreadsheet, properties, today);
  requireColumns(tables.objectives, ['id', 'period', 'notes']);
  requireColumns(tables.keyResults, ['id', 'objectiveId']);
  const carried = dueObjectives(input, from.key, to.key);
  if (carried.length === 0) return [];

  const objectiveIds = idSequence(
    input.objectives.map((o) => textOf(o.id)),
    'O',
  );
  const keyResultIds = idSequence(
    input.keyResults.map((k) => textOf(k.id)),
    'KR',
  );
  const objectiveRows: Row[] = [];
  const keyResultRows: Row[] = [];
  const copied: CarriedObjective[] = [];
  const keyResultsOf = groupBy(input.keyResults, (k) => textOf(k.objectiveId));
  for (const objective of carried) {
    const oldId = textOf(objective.id);
    const newId = objectiveIds();
    objectiveRows.push(objectiveCopy(objective, newId, to.key));
    for (const keyResult of keyResultsOf.get(oldId) ?? []) {
      keyResultRows.push(keyResultCopy(keyResult, keyResultIds(), newId, input.locale));
    }
    copied.push({ from: oldId, to: newId });
  }

  appendRows(tables.objectives, objectiveRows);
  appendRows(tables.keyResults, keyResultRows);
  return copied;
}

/**
 * The aspirational objectives of `from` not Achieved today and not yet carried into `to`. One
 * without an ID cannot be traced or have key results, so it stays; of two sharing an ID, the
 * first is carried.
 */
function dueObjectives(input: RecalcInput, from: string, to: string): ObjectiveRow[] {
  const statuses = new Map(recalculate(input).objectives.map((o) => [o.row, o.status]));
  const periodOf = (o: ObjectiveRow) => parsePeriod(o.period)?.key ?? null;
  const seen = carriedIds(input.objectives.filter((o) => periodOf(o) === to));

  return input.objectives.filter((o) => {
    const id = textOf(o.id).toLowerCase();
    const due =
      id !== '' &&
      !seen.has(id) &&
      periodOf(o) === from &&
      readObjectiveType(o.type).type === 'Aspirational' &&
      statuses.get(o.row) !== 'Achieved';
    if (due) seen.add(id);
    return due;
  });
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

function requirePeriod(text: string): Period {
  const period = parsePeriod(text);
  if (!period) {
    throw new AddOnError(
      'invalid-argument',
      `"${text.trim()}" is not a period; write it as 2026-Q1, 2026-H1 or 2026.`,
    );
  }
  return period;
}

/** Without these a copy could not be found again, so nothing is carried. */
function requireColumns(table: SheetTable, fields: string[]) {
  for (const field of fields) {
    if (table.typed.has(field)) continue;
    const header = table.spec.columns.find((c) => c.field === field)?.header ?? field;
    throw new AddOnError(
      'structure',
      `The ${table.spec.name} sheet has no ${header} column; run Set up sheets to add it.`,
    );
  }
}

/** The IDs the objectives of the next period were carried over from, lower-cased. */
function carriedIds(objectives: ObjectiveRow[]): Set<string> {
  const ids = new Set<string>();
  for (const o of objectives) {
    for (const match of textOf(o.notes).matchAll(CARRIED_PATTERN)) {
      // "Carried over from O3." or "(carried over from O3)": the ID without the punctuation.
      ids.add(match[1].replace(/[.,;:!?)\]]+$/, '').toLowerCase());
    }
  }
  return ids;
}

/**
 * New IDs in the sheet's own pattern: its most used prefix, then one more than the highest number
 * under it, keeping zero-padding (O12 gives O13, KR-007 gives KR-008). `fallback` starts a sheet
 * with no numbered ID.
 */
export function idSequence(ids: string[], fallback: string): () => string {
  const numbered = ids
    .map((id) => /^(.*?)(\d+)$/.exec(id))
    .filter((m): m is RegExpExecArray => m !== null);
  const counts = new Map<string, number>();
  for (const [, prefix] of numbered) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  const prefix = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;

  const ownDigits = numbered.filter((m) => m[1] === prefix).map((m) => m[2]);
  const zeroPadded = ownDigits.filter((d) => d.length > 1 && d.startsWith('0'));
  const width = zeroPadded.reduce((w, d) => Math.max(w, d.length), 1);
  let next = ownDigits.reduce((max, d) => Math.max(max, Number(d)), 0) + 1;
  const taken = new Set(ids.map((id) => id.toLowerCase()));
  return () => {
    let id = `${prefix}${String(next++).padStart(width, '0')}`;
    while (taken.has(id.toLowerCase())) id = `${prefix}${String(next++).padStart(width, '0')}`;
    taken.add(id.toLowerCase());
    return id;
  };
}

function objectiveCopy(objective: ObjectiveRow, id: string, period: string): Row {
  return {
    id,
    objective: objective.objective,
    owner: objective.owner,
    period,
    type: objective.type,
    kra: objective.kra,
    parent: objective.parent,
    notes: `${CARRIED_NOTE} ${textOf(objective.id)}`,
  };
}

/** The new key result starts where the old one stands: its Current, when that is a number. */
function keyResultCopy(
  keyResult: KeyResultRow,
  id: string,
  objectiveId: string,
  locale: string,
): Row {
  const current = parseNumber(keyResult.current, locale);
  return {
    id,
    objectiveId,
    keyResult: keyResult.keyResult,
    owner: keyResult.owner,
    metricType: keyResult.metricType,
    start: current.kind === 'number' ? keyResult.current : keyResult.start,
    target: keyResult.target,
    weight: keyResult.weight,
    notes: `${CARRIED_NOTE} ${textOf(keyResult.id)}`,
  };
}

/** One setValues below the last row, spanning the typed columns; computed cells stay blank. */
function appendRows(table: SheetTable, rows: Row[]) {
  const columns = [...table.typed.entries()];
  if (rows.length === 0 || columns.length === 0) return;

  const indexes = columns.map(([, index]) => index);
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const block = rows.map((row) => {
    const cells: WritableValue[] = Array.from({ length: last - first + 1 }, () => null);
    for (const [field, index] of columns) cells[index - first] = copyable(row[field]);
    return cells;
  });
  table.sheet
    .getRange(table.values.length + 1, first + 1, block.length, block[0].length)
    .setValues(cellValues(block));
}

/** A cell read back for writing: blank stays blank; a date, number or text as it was. */
function copyable(value: WritableValue | CellValue | undefined): WritableValue {
  return value === undefined || value === '' ? null : value;
}
