// The Status dashboard, rebuilt on every recalculation as one block of values written at once.
// Its charts are made once by Set up sheets over fixed ranges (status counts, and the chart data
// in columns I:J), so a recalculation never rebuilds them.

import { STATUSES, type Status } from '../core/types';
import type { ProblemView, WarningView } from './report';
import { cellValues, type CellWrite, type WritableValue } from './cells';

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
  /** 'bold' for titles and table headers, 'normal' elsewhere. */
  fontWeights: ('bold' | 'normal')[][];
}

export const DASHBOARD_BANNER =
  'Status: rebuilt by OKR & KRA Tracker on every recalculation. Edits here are overwritten.';

/** The whole dashboard as one rectangular block. */
export function buildDashboard(input: DashboardInput): DashboardBlock {
  const rows: WritableValue[][] = [];
  const bold = new Set<number>();
  const add = (cells: WritableValue[], isBold = false) => {
    if (isBold) bold.add(rows.length);
    rows.push(cells);
  };

  add([DASHBOARD_BANNER], true);
  add(['Last recalculated', input.recalculatedAt, 'Period', input.period]);
  add([]);
  add(['Status', 'Objectives', 'Key results'], true);
  for (const status of STATUSES) {
    add([status, input.objectiveCounts[status], input.keyResultCounts[status]]);
  }
  add([]);

  add(['Tracking'], true);
  add(['ID', 'Objective', 'Key results', 'KRA', 'Owner', 'Status', 'Score'], true);
  for (const o of input.objectives) {
    const label = `${'    '.repeat(o.depth)}${o.depth ? '↳ ' : ''}${o.objective}`;
    add([o.id, label, o.keyResults, o.kra, o.owner, o.status, o.score]);
  }
  if (input.objectives.length === 0) add(['No objectives in this period.']);
  add([]);

  add(['KRAs'], true);
  add(['KRA', 'Owner', 'Indicator', 'Health', 'Consistency'], true);
  for (const k of input.kras) add([k.kra, k.owner, k.indicator, k.health, k.consistency]);
  if (input.kras.length === 0) add(['No KRAs yet.']);
  add([]);

  add([`Warnings (${input.warnings.length})`], true);
  add(['Check', 'Message', 'IDs'], true);
  for (const w of input.warnings) add([w.check, w.message, w.ids.join(', ')]);
  add([]);

  add([`Problems (${input.problems.length})`], true);
  add(['Sheet', 'Row', 'Column', 'Message'], true);
  for (const p of input.problems) add([p.sheet, p.row, p.column, p.message]);

  placeChartData(rows, input.objectives);
  return toBlock(rows, bold);
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

function toBlock(rows: WritableValue[][], bold: Set<number>): DashboardBlock {
  const values = cellValues(
    rows.map((row) => Array.from({ length: DASHBOARD_WIDTH }, (_, i) => row[i] ?? null)),
  );
  const fontWeights = rows.map((_, r) =>
    Array.from({ length: DASHBOARD_WIDTH }, () =>
      bold.has(r) ? ('bold' as const) : ('normal' as const),
    ),
  );
  return { values, fontWeights };
}

/** Writes the block: clear, one setValues, one setFontWeights, growing the sheet if it must. */
export function writeDashboard(sheet: GoogleAppsScript.Spreadsheet.Sheet, block: DashboardBlock) {
  sheet.clearContents();
  // A range past the sheet's last row throws; a large team's dashboard outgrows 1,000 rows.
  const maxRows = sheet.getMaxRows();
  if (block.values.length > maxRows) {
    sheet.insertRowsAfter(maxRows, block.values.length - maxRows);
  }
  const range = sheet.getRange(1, 1, block.values.length, DASHBOARD_WIDTH);
  range.setValues(block.values);
  range.setFontWeights(block.fontWeights);
}
