// The Status dashboard, rebuilt on every recalculation as one block of values written at once.
// Its charts are made once by Set up sheets over fixed ranges (status counts, and the chart data
// in columns I:J), so a recalculation never rebuilds them.

import { STATUSES, type Status } from '../core/types';
import type { ProblemView, WarningView } from './report';
import { cellValues, type CellWrite, type WritableValue } from './cells';
import { columnLetter } from './columns';
import { requireSheet } from './read';
import { TEMPLATE } from './template';

type Properties = GoogleAppsScript.Properties.Properties;

export const DASHBOARD_WIDTH = 10;
/** Rows 5 to 10 hold the counts by status, in STATUSES order: the status chart reads them. */
export const STATUS_COUNT_ROW = 5;
/** Columns I:J (9 and 10), from row 4 down, hold each objective's label and score for the chart. */
export const CHART_DATA_COLUMN = 9;

export interface DashboardObjective {
  id: string;
  objective: string;
  keyResults: number;
  kra: string;
  owner: string;
  status: Status | null;
  score: number | null;
  /** Children follow their parent and are shown indented. */
  depth: number;
}

export interface DashboardKra {
  kra: string;
  owner: string;
  indicator: string;
  health: string | null;
  consistency: number | null;
}

export interface DashboardInput {
  recalculatedAt: string;
  period: string;
  objectiveCounts: Record<Status, number>;
  keyResultCounts: Record<Status, number>;
  objectives: DashboardObjective[];
  kras: DashboardKra[];
  warnings: WarningView[];
  problems: ProblemView[];
}

export interface DashboardBlock {
  values: CellWrite[][];
}

/**
 * Titles and table headers are bold by a conditional format rule that Set up sheets adds once,
 * instead of a font write on every recalculation (one service call and a cell per cell less).
 */
export const BOLD_ROWS_FORMULA =
  '=OR(ROW()=1,ROW()=4,$A1="Tracking",$A1="ID",$A1="KRAs",$A1="KRA",$A1="Check",$A1="Sheet",' +
  'LEFT($A1,10)="Warnings (",LEFT($A1,10)="Problems (")';

export const DASHBOARD_BANNER =
  'Status: rebuilt by OKR & KRA Tracker on every recalculation. Edits here are overwritten.';

/** The whole dashboard as one rectangular block. */
export function buildDashboard(input: DashboardInput): DashboardBlock {
  const rows: WritableValue[][] = [];
  const add = (cells: WritableValue[]) => rows.push(cells);

  add([DASHBOARD_BANNER]);
  add(['Last recalculated', input.recalculatedAt, 'Period', input.period]);
  add([]);
  add(['Status', 'Objectives', 'Key results']);
  for (const status of STATUSES) {
    add([status, input.objectiveCounts[status], input.keyResultCounts[status]]);
  }
  add([]);

  add(['Tracking']);
  add(['ID', 'Objective', 'Key results', 'KRA', 'Owner', 'Status', 'Score']);
  for (const o of input.objectives) {
    const label = `${'    '.repeat(o.depth)}${o.depth ? '↳ ' : ''}${o.objective}`;
    add([o.id, label, o.keyResults, o.kra, o.owner, o.status, o.score]);
  }
  if (input.objectives.length === 0) add(['No objectives in this period.']);
  add([]);

  add(['KRAs']);
  add(['KRA', 'Owner', 'Indicator', 'Health', 'Consistency']);
  for (const k of input.kras) add([k.kra, k.owner, k.indicator, k.health, k.consistency]);
  if (input.kras.length === 0) add(['No KRAs yet.']);
  add([]);

  add([`Warnings (${input.warnings.length})`]);
  add(['Check', 'Message', 'IDs']);
  for (const w of input.warnings) add([w.check, w.message, w.ids.join(', ')]);
  add([]);

  add([`Problems (${input.problems.length})`]);
  add(['Sheet', 'Row', 'Column', 'Message']);
  for (const p of input.problems) add([p.sheet, p.row, p.column, p.message]);

  placeChartData(rows, input.objectives);
  return toBlock(rows);
}

/** Columns I:J from row 4: one row per objective (ID and score) for the score chart. */
function placeChartData(rows: WritableValue[][], objectives: DashboardObjective[]) {
  const first = STATUS_COUNT_ROW - 2;
  while (rows.length < first + 1 + objectives.length) rows.push([]);
  rows[first][CHART_DATA_COLUMN - 1] = 'Objective';
  rows[first][CHART_DATA_COLUMN] = 'Score';
  objectives.forEach((o, i) => {
    rows[first + 1 + i][CHART_DATA_COLUMN - 1] = o.id;
    rows[first + 1 + i][CHART_DATA_COLUMN] = o.score;
  });
}

function toBlock(rows: WritableValue[][]): DashboardBlock {
  const values = cellValues(
    rows.map((row) => Array.from({ length: DASHBOARD_WIDTH }, (_, i) => row[i] ?? null)),
  );
  return { values };
}

/**
 * Writes the block in four calls. A range past the sheet's last row throws, so a large team's
 * dashboard grows the sheet first; a block taller than the sheet overwrites every old cell, so
 * the clear is needed only when the sheet is large enough already.
 */
/** Document property: how many rows the Status sheet had when the add-on last wrote it. */
const SIZE_KEY = 'status:size';

interface DashboardSize {
  maxRows: number;
}

function readSize(properties: Properties): DashboardSize | null {
  try {
    const size = JSON.parse(properties.getProperty(SIZE_KEY) ?? 'null') as DashboardSize | null;
    return size && Number.isInteger(size.maxRows) && size.maxRows > 0 ? size : null;
  } catch {
    return null;
  }
}

/** Set up sheets measures the Status sheet it made or kept, so the first run need not. */
export function rememberDashboardSize(
  properties: Properties,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
) {
  saveSize(properties, { maxRows: sheet.getMaxRows() });
}

/**
 * Finds where the dashboard goes, before anything is written, and returns the write. While the
 * sheet has the rows the last run left, the block is written over the whole sheet, blank below
 * the dashboard (which clears it as clearContents would): two calls, where measuring and clearing
 * the sheet takes five. Should the sheet have fewer rows now (rows deleted) or be gone, getRange
 * refuses and the sheet is measured.
 */
export function prepareDashboardWrite(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: Properties,
  block: DashboardBlock,
): () => void {
  const rows = block.values.length;
  const size = readSize(properties);
  if (size && rows <= size.maxRows) {
    const blank = Array.from({ length: DASHBOARD_WIDTH }, () => '');
    const values = block.values.concat(Array.from({ length: size.maxRows - rows }, () => blank));
    const a1 = `'${TEMPLATE.status.name}'!A1:${columnLetter(DASHBOARD_WIDTH)}${size.maxRows}`;
    try {
      const range = spreadsheet.getRange(a1);
      return () => range.setValues(values);
    } catch {
      // Measured below.
    }
  }

  const sheet = requireSheet(spreadsheet, TEMPLATE.status);
  const maxRows = sheet.getMaxRows();
  // Grown with room to spare, so that a dashboard a few rows longer tomorrow fits the fast way.
  const grownRows = Math.max(maxRows, rows + Math.max(100, Math.ceil(rows / 5)));
  return () => {
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, grownRows - maxRows);
    else sheet.clearContents();
    sheet.getRange(1, 1, rows, DASHBOARD_WIDTH).setValues(block.values);
    saveSize(properties, { maxRows: rows > maxRows ? grownRows : maxRows });
  };
}

function saveSize(properties: Properties, size: DashboardSize) {
  properties.setProperty(SIZE_KEY, JSON.stringify(size));
}
