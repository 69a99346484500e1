// Import a sheet: a team's flat table (one row per key result, the objective repeated or merged down
// beside it) becomes rows of Objectives and Key Results with new IDs. The team's sheet is only read;
// its own columns (Status, Score, notes, anything else) travel with the key results.

import type { CellValue } from '../core/types';
import { cellValue, cellValues, type WritableValue } from './cells';
import { AddOnError } from './errors';
import {
  groupRows,
  locateHeader,
  type FlatKeyResult,
  type FlatLayout,
  type FlatObjective,
} from './flatTable';
import { foldHeader } from './headers';
import { readMarks } from './layout';
import { computedLocator, readAllValues, readTable, type SheetTable } from './read';
import { MAX_DATA_ROWS } from './recalculate';
import { setUpWorkbook } from './setup';
import { SHEET_ORDER, TEMPLATE } from './template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

const KR = TEMPLATE.keyResults.columns;

export interface ImportResult {
  message: string;
  objectives: number;
  keyResults: number;
  /** What was added and kept, one line each, for the dialog. */
  lines: string[];
}

export function importSheet(
  spreadsheet: Spreadsheet,
  properties: Properties,
  sheetName: string,
  headerRow?: number,
): ImportResult {
  const source = spreadsheet.getSheetByName(sheetName);
  if (!source) throw new AddOnError('unknown-id', `There is no sheet named "${sheetName}".`);
  if (SHEET_ORDER.some((key) => TEMPLATE[key].name === sheetName)) {
    throw new AddOnError(
      'invalid-argument',
      `"${sheetName}" is one of the add-on's own sheets; choose the sheet that holds your table.`,
    );
  }

  // Read: the team's table once (never written), then the two sheets it goes into.
  const values = readAllValues(source);
  if (values.length > MAX_DATA_ROWS) {
    throw new AddOnError('too-large', `"${sheetName}" has more than ${MAX_DATA_ROWS} rows.`);
  }
  const layout = locateHeader(values, sheetName, headerRow);

  // A spreadsheet holding only the team's table gets the add-on's sheets first; an existing set-up
  // is left as it is (readTable asks for Set up sheets if one of its columns has gone).
  const setUp = SHEET_ORDER.some((key) => !spreadsheet.getSheetByName(TEMPLATE[key].name))
    ? setUpWorkbook(spreadsheet, properties)
    : null;
  let marks: Map<string, number> | null = null;
  const lazyMarks = () => (marks ??= readMarks(spreadsheet));
  const [objectives, keyResults] = (['objectives', 'keyResults'] as const).map((key) =>
    readTable(
      spreadsheet.getSheetByName(TEMPLATE[key].name) as GoogleAppsScript.Spreadsheet.Sheet,
      TEMPLATE[key],
      computedLocator(TEMPLATE[key], properties, lazyMarks),
    ),
  );

  // Compute: objectives and key results with IDs after the sheets' own, and where columns go.
  const flat = groupRows(values, layout, nextNumber(objectives, /^O(\d+)$/i));
  if (flat.objectives.length === 0 && flat.keyResults.length === 0) {
    throw new AddOnError(
      'invalid-argument',
      `"${sheetName}" has no objective or key result below its header on row ${layout.headerRow}.`,
    );
  }
  const firstKr = nextNumber(keyResults, /^KR(\d+)$/i);
  const plan = planTeamColumns(keyResults, layout.extras);
  const objectiveRows = flat.objectives.map((o) =>
    rowFor(objectives, { ...o.cells, id: o.id, objective: o.text, type: o.cells.objectiveType }),
  );
  const keyResultRows = flat.keyResults.map((k, i) => {
    const row = rowFor(keyResults, keyResultCells(k, layout, `KR${firstKr + i}`), plan.width);
    layout.extras.forEach((extra, e) => (row[plan.columns[e]] = k.cells[extra.column]));
    return row;
  });

  // Write: our renamed headers, the team's headers, then one block of rows per sheet.
  const krSheet = keyResults.sheet;
  for (const rename of plan.renames) {
    krSheet.getRange(1, rename.column + 1).setValue(cellValue(rename.header));
  }
  if (plan.added.length) {
    const first = plan.width - plan.added.length + 1;
    ensureSize(krSheet, 1, plan.width);
    const headers = krSheet.getRange(1, first, 1, plan.added.length);
    headers.setValues(cellValues([plan.added]));
    headers.setFontWeight('bold');
  }
  appendRows(objectives, objectiveRows);
  appendRows(keyResults, keyResultRows);

  return summary(sheetName, layout, flat.objectives, keyResultRows.length, plan, setUp !== null);
}

function keyResultCells(k: FlatKeyResult, layout: FlatLayout, id: string) {
  const cells: Record<string, CellValue> = {
    id,
    objectiveId: k.objective?.id ?? '',
    owner: k.owner,
  };
  for (const [field, column] of layout.fields) {
    if (!(field in cells) && KR.some((c) => c.field === field)) cells[field] = k.cells[column];
  }
  return cells;
}

interface TeamColumns {
  /** The Key Results column (0-based) of each of the team's columns. */
  columns: number[];
  /** Headers to append, in order, ending at `width`. */
  added: string[];
  /** Our computed columns renamed to their calculated header, beside the team's own. */
  renames: { column: number; from: string; header: string }[];
  width: number;
}

/**
 * Where the team's columns go on Key Results: into a column of theirs already there with the same
 * header, else appended. A header that is one of our computed columns' keeps its name and ours
 * becomes its calculated header (as Set up sheets does), so Recalculate never writes into it.
 */
function planTeamColumns(table: SheetTable, extras: FlatLayout['extras']): TeamColumns {
  const header = table.values[0] ?? [];
  const ours = new Set([...table.typed.values(), ...table.computed.values()]);
  const theirs = new Map<string, number>();
  header.forEach((h, i) => {
    if (!ours.has(i) && foldHeader(h) && !theirs.has(foldHeader(h))) theirs.set(foldHeader(h), i);
  });
  const taken = new Set(header.map(foldHeader));
  const plan: TeamColumns = { columns: [], added: [], renames: [], width: header.length };

  for (const extra of extras) {
    let name = extra.header;
    const existing = theirs.get(foldHeader(name));
    if (existing !== undefined) {
      plan.columns.push(existing);
      theirs.delete(foldHeader(name));
      continue;
    }

    const computed = KR.find((c) => {
      const index = table.computed.get(c.field);
      return index !== undefined && foldHeader(header[index]) === foldHeader(name);
    });
    if (
      computed?.calculatedHeader &&
      !plan.renames.some((r) => r.header === computed.calculatedHeader)
    ) {
      const column = table.computed.get(computed.field) as number;
      plan.renames.push({ column, from: computed.header, header: computed.calculatedHeader });
      taken.add(foldHeader(computed.calculatedHeader));
      taken.delete(foldHeader(name));
    }
    for (let n = 1; taken.has(foldHeader(name)); n++) {
      name = `${extra.header} (imported${n > 1 ? ` ${n}` : ''})`;
    }
    taken.add(foldHeader(name));
    plan.columns.push(plan.width++);
    plan.added.push(name);
  }
  return plan;
}

/** A row laid out on the sheet's columns: typed fields in place, every other cell blank. */
function rowFor(table: SheetTable, cells: Record<string, CellValue>, width?: number) {
  const row: WritableValue[] = Array.from({ length: width ?? table.values[0].length }, () => null);
  for (const [field, index] of table.typed) row[index] = cells[field] ?? null;
  return row;
}

function appendRows(table: SheetTable, rows: WritableValue[][]) {
  if (rows.length === 0) return;
  const first = table.values.length + 1;
  ensureSize(table.sheet, first + rows.length - 1, rows[0].length);
  table.sheet.getRange(first, 1, rows.length, rows[0].length).setValues(cellValues(rows));
}

function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number) {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** The number after the sheet's largest ID of the pattern (O7 gives 8). */
function nextNumber(table: SheetTable, pattern: RegExp): number {
  const column = table.typed.get('id');
  let max = 0;
  for (const cells of table.values.slice(1)) {
    const match = column === undefined ? null : pattern.exec(String(cells[column]).trim());
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max + 1;
}

function summary(
  sheetName: string,
  layout: FlatLayout,
  objectives: FlatObjective[],
  keyResults: number,
  plan: TeamColumns,
  setUp: boolean,
): ImportResult {
  const parts = [
    setUp ? "Set up the add-on's sheets, then imported" : 'Imported',
    ` ${count(objectives.length, 'objective')} and ${count(keyResults, 'key result')}`,
    ` from "${sheetName}" (header on row ${layout.headerRow}); "${sheetName}" is unchanged.`,
    layout.fields.has('period')
      ? ''
      : ' It has no Period or Quarter column, so Period is blank: fill it in on Objectives.',
  ];
  const lines = [
    ...objectives.map((o) => `${o.id} ${o.text} (${count(o.keyResults, 'key result')})`),
    ...(layout.extras.length
      ? [`Your columns kept on Key Results: ${layout.extras.map((e) => e.header).join(', ')}`]
      : []),
    ...plan.renames.map(
      (r) => `Our computed ${r.from} is now ${r.header}; your ${r.from} keeps its name`,
    ),
  ];
  return { message: parts.join(''), objectives: objectives.length, keyResults, lines };
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
