// Recalculate status: read every sheet once, compute everything in the core, then write every
// computed block, the Check-ins log and the dashboard. Nothing is written until all is computed.

import { checkInsWithChanges } from '../core/checkinLog';
import { emptyHistory } from '../core/history';
import { progressBar } from '../core/display';
import { recalculate } from '../core/recalculate';
import {
  KEY_RESULT_FIELDS,
  KRA_FIELDS,
  OBJECTIVE_FIELDS,
  OWNER_FIELDS,
  type RecalcInput,
  type RecalcOutput,
} from '../core/types';
import {
  logAccess,
  planCheckInWrite,
  prepareCheckInWrite,
  readCheckIns,
  type CheckInLog,
  type LogAccess,
} from './checkins';
import { computedBlocks, writeComputedBlocks, type ComputedBlock } from './computedWrites';
import { buildDashboardInput } from './dashboardInput';
import { buildDashboard, prepareDashboardWrite } from './dashboard';
import { AddOnError } from './errors';
import { historyCells, markHistoryBuilt, placeLog, readLog } from './history';
import { readMarks } from './layout';
import { computedLocator, readTable, requireSheet, tableRows, type SheetTable } from './read';
import { toReport, type Report } from './report';
import { readSettings, readViewPeriod, writeLastRecalculated } from './settings';
import { TEMPLATE } from './template';
import { trendCells } from './trends';
import { freshZone, type Zone } from './zone';

/** Stop well before Apps Script's 6-minute limit, so that the writes still fit. */
const COMPUTE_BUDGET_MS = 4 * 60 * 1000;
/** The largest workbook the add-on takes on (README, Limitations). */
export const MAX_DATA_ROWS = 50_000;

export interface Clock {
  /** ISO date of today in the spreadsheet's time zone. */
  today: string;
  /** The spreadsheet's time zone, read once per run. */
  timeZone: string;
  /** When the run started, as the dashboard shows it (spreadsheet's time zone). */
  startedLabel: string;
  /** When the run started, ISO timestamp, for the dashboard and the sidebar. */
  startedAt: string;
  /** Milliseconds since the run started. */
  elapsedMs: () => number;
}

export interface RecalcResult {
  report: Report;
  output: RecalcOutput;
  message: string;
}

const TYPED_SHEETS = ['objectives', 'keyResults', 'kras', 'owners'] as const;
const FIELDS = {
  objectives: OBJECTIVE_FIELDS,
  keyResults: KEY_RESULT_FIELDS,
  kras: KRA_FIELDS,
  owners: OWNER_FIELDS,
};

export interface WorkbookRead {
  tables: Record<(typeof TYPED_SHEETS)[number], SheetTable>;
  /** From History cells (not yet placed) or read whole. */
  log: CheckInLog;
  logAccess: LogAccess;
  input: RecalcInput;
}

/** Reads every sheet once and gathers the core's input; throws a clear error on a bad structure. */
export function readWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  today: string,
  zone: Zone = freshZone(spreadsheet),
): WorkbookRead {
  const { timeZone, locale } = zone;
  let marks: Map<string, number> | null = null;
  const lazyMarks = () => (marks ??= readMarks(spreadsheet));

  const tables = {} as WorkbookRead['tables'];
  for (const key of TYPED_SHEETS) {
    const spec = TEMPLATE[key];
    const sheet = requireSheet(spreadsheet, spec);
    tables[key] = readTable(sheet, spec, computedLocator(spec, properties, lazyMarks));
  }
  // The log itself is read whole only when the History cells cannot stand in for it.
  const access = logAccess(spreadsheet, properties, timeZone);
  const log = readLog(access, today, tables);

  const rowCount = TYPED_SHEETS.reduce((n, key) => n + tables[key].values.length, 0);
  if (rowCount > MAX_DATA_ROWS) {
    throw new AddOnError(
      'too-large',
      `This workbook has ${rowCount} rows; the add-on recalculates at most ${MAX_DATA_ROWS}. Move past periods to another spreadsheet.`,
    );
  }

  const input: RecalcInput = {
    objectives: tableRows(tables.objectives, FIELDS.objectives),
    keyResults: tableRows(tables.keyResults, FIELDS.keyResults),
    kras: tableRows(tables.kras, FIELDS.kras),
    owners: tableRows(tables.owners, FIELDS.owners),
    checkIns: log.records,
    today,
    locale,
    timeZone,
    settings: readSettings(properties),
  };
  return { tables, log, logAccess: access, input };
}

/** `locale`: the spreadsheet's, read with the time zone the clock was made in (zone.ts). */
export function recalculateWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  clock: Clock,
  locale: string,
): RecalcResult {
  // Read: one getValues per sheet; the marks of computed columns only when the layout changed.
  const zone = { timeZone: clock.timeZone, locale };
  const read = readWorkbook(spreadsheet, properties, clock.today, zone);
  const { tables, logAccess: access } = read;
  let { input } = read;

  // Compute: everything, before the first write. Then find the log rows the write touches
  // (placeLog). Logging an ID no History cell knows takes the whole log (its earlier records may
  // be there), as does a log row that moved: the run reads it and computes again.
  let output = recalculate(input);
  let log = placeLog(access, read.log, input.today, output.checkIns.appends);
  if (!log) {
    log = readCheckIns(access.sheet(), clock.timeZone);
    input = { ...input, checkIns: log.records };
    output = recalculate(input);
  }
  const fullLog = checkInsWithChanges(log.records, output.checkIns);
  const report = toReport(output, tables);
  const history = historyCells(log, output.checkIns, fullLog, input.today);

  const blocks: Record<(typeof TYPED_SHEETS)[number], ComputedBlock[]> = {
    objectives: objectiveBlocks(tables.objectives, output),
    keyResults: keyResultBlocks(tables.keyResults, output, input, fullLog, history.keyResults),
    kras: kraBlocks(tables.kras, output, history.kras),
    owners: ownerBlocks(tables.owners, output),
  };
  const checkInWrite = planCheckInWrite(log, output.checkIns);
  const period = readViewPeriod(properties) ?? output.currentPeriod;
  const dashboard = buildDashboard(
    buildDashboardInput(input, output, report, period, clock.startedLabel),
  );

  if (clock.elapsedMs() > COMPUTE_BUDGET_MS) {
    throw new AddOnError(
      'too-large',
      'Recalculating took too long and was stopped before writing anything; split the workbook by period.',
    );
  }

  // The dashboard's place and the log's are found before the first write, so a missing Status
  // sheet or a Check-ins sheet too narrow stops the run with nothing written.
  const writeDashboard = prepareDashboardWrite(spreadsheet, properties, dashboard);
  const writeLog = checkInWrite ? prepareCheckInWrite(access, log, checkInWrite) : null;

  // Write: computed blocks, the log, the dashboard.
  for (const key of TYPED_SHEETS) writeComputedBlocks(tables[key], blocks[key], properties);
  writeLog?.();
  writeDashboard();
  writeLastRecalculated(properties, clock.startedAt);
  markHistoryBuilt(properties, tables);

  const message =
    `Recalculated ${output.objectives.length} objectives, ${output.keyResults.length} key results ` +
    `and ${output.kras.length} KRA rows: ${plural(report.problems.length, 'problem')}, ` +
    `${plural(report.warnings.length, 'warning')}.`;
  return { report, output, message };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function byRow<T extends { row: number }>(results: readonly T[]): Map<number, T> {
  return new Map(results.map((r) => [r.row, r]));
}

function objectiveBlocks(table: SheetTable, output: RecalcOutput): ComputedBlock[] {
  const results = byRow(output.objectives);
  return computedBlocks('objectives', table, (row) => {
    const r = results.get(row);
    if (!r) return null;
    return {
      values: { score: r.score, status: r.status, forecast: r.forecast },
      notes: { score: r.explanation },
    };
  });
}

function keyResultBlocks(
  table: SheetTable,
  output: RecalcOutput,
  input: RecalcInput,
  fullLog: ReturnType<typeof checkInsWithChanges>,
  history: Map<string, string>,
): ComputedBlock[] {
  const results = byRow(output.keyResults);
  const trends = trendCells(input, fullLog);
  return computedBlocks('keyResults', table, (row) => {
    const r = results.get(row);
    if (!r) return null;
    return {
      values: {
        progress: r.progress,
        progressBar: progressBar(r.progress),
        score: r.score,
        status: r.status,
        forecast: r.forecast,
        trend: trends.get(row) ?? '',
        history: history.get(r.id) ?? emptyHistory('Key result', r.id),
      },
      notes: { progress: r.explanation, score: r.explanation },
    };
  });
}

function kraBlocks(
  table: SheetTable,
  output: RecalcOutput,
  history: Map<string, string>,
): ComputedBlock[] {
  const results = byRow(output.kras);
  return computedBlocks('kras', table, (row) => {
    const r = results.get(row);
    if (!r) return null;
    const meets = r.meetsStandard === null ? '' : r.meetsStandard ? 'Yes' : 'No';
    return {
      values: {
        meetsStandard: meets,
        consistency: r.consistency,
        health: r.health,
        history: history.get(r.id) ?? emptyHistory('KRA', r.id),
      },
      notes: { consistency: r.explanation },
    };
  });
}

function ownerBlocks(table: SheetTable, output: RecalcOutput): ComputedBlock[] {
  const results = byRow(output.owners);
  return computedBlocks('owners', table, (row) => {
    const r = results.get(row);
    if (!r) return null;
    return {
      values: { objectives: r.objectives, kras: r.kras, averageScore: r.averageScore },
      notes: {},
    };
  });
}
