// Set up sheets: create any missing sheet and column, mark the computed columns, and lay the
// template's formats over it. Run again on a full workbook it only adds what is missing: rows and
// typed cells stay as they are.

import { forgetLogEnd } from './checkins';
import { forgetNotes } from './computedWrites';
import { markHistoryBuilt } from './history';
import { DASHBOARD_BANNER, rememberDashboardSize } from './dashboard';
import { AddOnError } from './errors';
import { findTypedColumns, foldHeader } from './headers';
import {
  calculatedHeader,
  forgetLayout,
  markValue,
  readMarks,
  resolveComputedColumns,
} from './layout';
import { formatSheet } from './setupFormat';
import { setUpStatusSheet } from './setupStatus';
import { cellValue } from './cells';
import { wholeColumn } from './columns';
import {
  COMPUTED_COLUMN_KEY,
  SHEET_ORDER,
  TEMPLATE,
  type ColumnSpec,
  type SheetSpec,
} from './template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupResult {
  message: string;
  /** "Key Results: Baseline → Start", one per column recognised under another name. */
  mapped: string[];
  /** "Key Results: Calculated status", one per column added. */
  added: string[];
}

export function setUpWorkbook(
  spreadsheet: Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
): SetupResult {
  const mapped: string[] = [];
  const added: string[] = [];
  refuseForeignOwnedSheets(spreadsheet);

  // Structure first for every sheet, so that dropdowns can point at any of them afterwards.
  const sheets = new Map<string, Sheet>();
  for (const key of SHEET_ORDER) {
    const spec: SheetSpec = TEMPLATE[key];
    let sheet = spreadsheet.getSheetByName(spec.name);
    if (!sheet) {
      sheet = spreadsheet.insertSheet(spec.name, spreadsheet.getSheets().length);
      added.push(`sheet ${spec.name}`);
    }
    sheets.set(key, sheet);
    if (key === 'status') continue;

    const result = ensureColumns(spreadsheet, sheet, spec);
    mapped.push(...result.mapped.map((m) => `${spec.name}: ${m}`));
    added.push(...result.added.map((a) => `${spec.name}: ${a}`));
    forgetLayout(properties, spec.name);
  }

  const marks = readMarks(spreadsheet);
  for (const key of SHEET_ORDER) {
    const sheet = sheets.get(key) as Sheet;
    if (key === 'status') setUpStatusSheet(sheet);
    else formatSheet(sheet, TEMPLATE[key], sheets, marks);
  }
  for (const key of SHEET_ORDER) {
    const spec: SheetSpec = TEMPLATE[key];
    if (spec.columns.some((c) => c.computed))
      rememberLayout(sheets.get(key) as Sheet, spec, properties, marks);
  }

  // History cells added or moved here are blank: the next recalculation reads the whole log.
  markHistoryBuilt(properties, null);
  forgetLogEnd(properties);
  forgetNotes(properties);
  rememberDashboardSize(properties, sheets.get('status') as Sheet);
  removeBlankDefaultSheet(spreadsheet, sheets);
  if (added.includes(`sheet ${TEMPLATE.objectives.name}`)) {
    spreadsheet.setActiveSheet(sheets.get('objectives') as Sheet);
  }

  const message =
    added.length === 0
      ? 'Your sheets were already set up; nothing was added. The next recalculation reads the whole Check-ins log again.'
      : `Set up ${added.length} new ${added.length === 1 ? 'item' : 'items'}` +
        (mapped.length ? ` and recognised ${mapped.length} of your columns.` : '.');
  return { message, mapped, added };
}

/**
 * A brand-new spreadsheet comes with an empty "Sheet1"; once the template's sheets exist it is
 * only in the way. Any other sheet, or a Sheet1 with anything in it, is the team's and stays.
 */
function removeBlankDefaultSheet(spreadsheet: Spreadsheet, ours: Map<string, Sheet>) {
  const others = spreadsheet
    .getSheets()
    .filter((sheet) => ![...ours.values()].some((o) => o.getSheetId() === sheet.getSheetId()));
  if (others.length !== 1 || others[0].getName() !== 'Sheet1') return;
  if (others[0].getLastRow() === 0 && others[0].getLastColumn() === 0) {
    spreadsheet.deleteSheet(others[0]);
  }
}

/**
 * The Status and Check-ins sheets are the add-on's own: rebuilt and appended on every run. A
 * team's sheet that happens to carry one of those names would be overwritten, so Set up sheets
 * stops, before writing anything, and asks for it to be renamed.
 */
function refuseForeignOwnedSheets(spreadsheet: Spreadsheet) {
  for (const spec of [TEMPLATE.status, TEMPLATE.checkIns] as SheetSpec[]) {
    const sheet = spreadsheet.getSheetByName(spec.name);
    if (!sheet || sheet.getLastRow() === 0) continue;

    const first = String(sheet.getRange(1, 1).getValue()).trim();
    const ours =
      spec.key === 'status'
        ? first === DASHBOARD_BANNER
        : first === spec.banner || (spec.earlierBanners ?? []).includes(first);
    if (!ours) {
      throw new AddOnError(
        'structure',
        `A sheet named "${sheet.getName()}" already holds something else; rename it (for example to "${spec.name} notes") and run Set up sheets again.`,
      );
    }
  }
}

interface ColumnChanges {
  mapped: string[];
  added: string[];
}

/** Adds the missing typed columns at the end and the missing computed columns as one block. */
function ensureColumns(spreadsheet: Spreadsheet, sheet: Sheet, spec: SheetSpec): ColumnChanges {
  const headerRowNumber = spec.headerRow ?? 1;
  const banner = spec.banner ? String(sheet.getRange(1, 1).getValue()).trim() : '';
  if (spec.banner && (banner === '' || spec.earlierBanners?.includes(banner))) {
    sheet.getRange(1, 1).setValue(cellValue(spec.banner));
  }

  const header = readHeader(sheet, headerRowNumber);
  // A team's column may hold data under a blank header: new columns go after it, never over it.
  // (The add-on's own log has a banner above its header and no columns of a team's.)
  const lastColumnInUse = spec.banner ? header.length : sheet.getLastColumn();
  const marks = readMarks(spreadsheet);
  const marked = new Map<string, number>();
  for (const column of spec.columns.filter((c) => c.computed)) {
    const index = marks.get(markValue(spec.key, column.field));
    if (index !== undefined && index < Math.max(header.length, sheet.getMaxColumns())) {
      marked.set(column.field, index);
    }
  }
  const restored = lastColumnInUse ? restoreHeaders(sheet, spec, header, marked) : [];
  const typed = findTypedColumns(header, spec.columns, new Set(marked.values()));

  const mapped = [...typed.entries()]
    .map(([field, index]) => ({ spec: specOf(spec, field), header: String(header[index]).trim() }))
    .filter(({ spec: c, header: h }) => foldHeader(h) !== foldHeader(c.header))
    .map(({ spec: c, header: h }) => `${h.replace(/\s+/g, ' ')} → ${c.header}`);

  // A new sheet gets the template's own order.
  if (lastColumnInUse === 0) {
    writeHeaders(
      sheet,
      headerRowNumber,
      1,
      spec.columns.map((c) => c.header),
    );
    spec.columns.forEach((c, i) => {
      if (c.computed) markColumn(sheet, i + 1, spec, c);
    });
    sheet.setFrozenRows(headerRowNumber);
    return { mapped: [], added: spec.columns.map((c) => c.header) };
  }

  const missingTyped = spec.columns.filter((c) => !c.computed && !typed.has(c.field));
  const missingComputed = spec.columns.filter((c) => c.computed && !marked.has(c.field));
  const added: string[] = restored;

  // Typed columns go after the last column in use.
  let end = Math.max(header.length, lastColumnInUse);
  if (missingTyped.length) {
    writeHeaders(
      sheet,
      headerRowNumber,
      end + 1,
      missingTyped.map((c) => c.header),
    );
    added.push(...missingTyped.map((c) => c.header));
    end += missingTyped.length;
  }

  // Computed columns go side by side, beside a team's own column of the same name (case 25).
  if (missingComputed.length) {
    const taken = new Set([...typed.values(), ...marked.values()]);
    const folded = header.map(foldHeader);
    const anchor = missingComputed
      .map((c) => folded.findIndex((h, i) => h === foldHeader(c.header) && !taken.has(i)))
      .find((i) => i >= 0);
    const headers = missingComputed.map((c) =>
      folded.some((h, i) => h === foldHeader(c.header) && !taken.has(i))
        ? calculatedHeader(c)
        : c.header,
    );

    // Else beside the computed columns already there (History, added to older sheets), so that
    // a recalculation still writes them as one block.
    const lastComputed = Math.max(-1, ...marked.values());
    const after = anchor !== undefined ? anchor : lastComputed >= 0 ? lastComputed : undefined;
    let first = end + 1;
    if (after !== undefined) {
      sheet.insertColumnsAfter(after + 1, missingComputed.length);
      first = after + 2;
    }
    writeHeaders(sheet, headerRowNumber, first, headers);
    missingComputed.forEach((c, i) => markColumn(sheet, first + i, spec, c));
    added.push(...headers);
  }

  sheet.setFrozenRows(headerRowNumber);
  return { mapped, added };
}

/**
 * Caches where the computed columns are, from the marks just read: without it the first
 * recalculation after Set up sheets reads every mark again, four service calls per column.
 */
function rememberLayout(
  sheet: Sheet,
  spec: SheetSpec,
  properties: GoogleAppsScript.Properties.Properties,
  marks: Map<string, number>,
) {
  // Row 1 as wide as the data range: the very row a recalculation hashes.
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0];
  try {
    resolveComputedColumns(spec, header, properties, () => marks);
  } catch (error) {
    // A computed header a team renamed: the next recalculation reads the marks and says so.
    if (!(error instanceof AddOnError)) throw error;
  }
}

/**
 * Puts back the header of a computed column a person renamed or cleared, so that Recalculate
 * status finds it again. A mark that is not on this sheet's column (a duplicated sheet's) is no
 * column of this sheet: it is dropped from `marked`, and the column is added as missing.
 */
function restoreHeaders(
  sheet: Sheet,
  spec: SheetSpec,
  header: unknown[],
  marked: Map<string, number>,
): string[] {
  const restored: string[] = [];
  for (const [field, index] of [...marked]) {
    const column = specOf(spec, field);
    const expected = [column.header, calculatedHeader(column)].map(foldHeader);
    if (expected.includes(foldHeader(header[index]))) continue;

    const mark = markValue(spec.key, field);
    const own = sheet
      .getRange(wholeColumn(index + 1))
      .getDeveloperMetadata()
      .some((m) => m.getKey() === COMPUTED_COLUMN_KEY && m.getValue() === mark);
    if (!own) {
      marked.delete(field);
      continue;
    }
    const taken = header.some((h, i) => i !== index && foldHeader(h) === foldHeader(column.header));
    const name = taken ? calculatedHeader(column) : column.header;
    writeHeaders(sheet, spec.headerRow ?? 1, index + 1, [name]);
    header[index] = name;
    restored.push(`${name} (header put back)`);
  }
  return restored;
}

/** Developer metadata on the whole column: it moves with the column wherever a team drags it. */
function markColumn(sheet: Sheet, column: number, spec: SheetSpec, columnSpec: ColumnSpec) {
  sheet
    .getRange(wholeColumn(column))
    .addDeveloperMetadata(COMPUTED_COLUMN_KEY, markValue(spec.key, columnSpec.field));
}

function specOf(spec: SheetSpec, field: string): ColumnSpec {
  const column = spec.columns.find((c) => c.field === field);
  if (!column) throw new AddOnError('structure', `Unknown column ${field} on ${spec.name}.`);
  return column;
}

export function readHeader(sheet: Sheet, headerRowNumber: number): unknown[] {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn === 0) return [];
  const header = sheet.getRange(headerRowNumber, 1, 1, lastColumn).getValues()[0];
  // Trailing blank header cells are not columns.
  let length = header.length;
  while (length > 0 && foldHeader(header[length - 1]) === '') length--;
  return header.slice(0, length);
}

function writeHeaders(
  sheet: Sheet,
  headerRowNumber: number,
  firstColumn: number,
  headers: string[],
) {
  const needed = firstColumn + headers.length - 1;
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
  sheet
    .getRange(headerRowNumber, firstColumn, 1, headers.length)
    .setValues([headers.map(cellValue)]);
}
