// The report a recalculation returns: plain JSON for the sidebar and `okr-kra recalc --json`.
// Problems name the sheet as the user sees it and the column by its header in that sheet.

import type { Problem, RecalcOutput, SheetKey, Status } from '../core/types';
import type { SheetTable } from './read';
import { TEMPLATE } from './template';

export interface ProblemView {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface WarningView {
  check: string;
  message: string;
  ids: string[];
}

export interface Report {
  objectives: {
    id: string;
    score: number | null;
    status: Status | null;
    forecast: number | null;
  }[];
  keyResults: {
    id: string;
    progress: number | null;
    score: number | null;
    status: Status | null;
    forecast: number | null;
  }[];
  kras: {
    id: string;
    meetsStandard: boolean | null;
    consistency: number | null;
    health: string | null;
  }[];
  problems: ProblemView[];
  warnings: WarningView[];
}

/** The header a user sees for `field`: as typed in the sheet when found there. */
function columnHeader(table: SheetTable | undefined, sheet: SheetKey, field: string): string {
  const index = table?.typed.get(field) ?? table?.computed.get(field);
  const typed = index === undefined ? '' : String(table?.values[0][index] ?? '').trim();
  if (typed) return typed.replace(/\s+/g, ' ');
  const spec = TEMPLATE[sheet].columns.find((c) => c.field === field);
  return spec?.header ?? field;
}

export function problemView(
  problem: Problem,
  tables: Partial<Record<SheetKey, SheetTable>>,
): ProblemView {
  return {
    sheet: TEMPLATE[problem.sheet].name,
    row: problem.row,
    column: columnHeader(tables[problem.sheet], problem.sheet, problem.field),
    message: problem.message,
  };
}

/**
 * Columns without which every row of a sheet would read as blank: a missing one (renamed, say)
 * is a problem on the header row rather than a sheet of silent zeros.
 */
const ESSENTIAL: Partial<Record<SheetKey, string[]>> = {
  objectives: ['id', 'period'],
  keyResults: ['id', 'objectiveId', 'target', 'current'],
  kras: ['id', 'comparator', 'standard', 'actual'],
};

function missingColumns(tables: Partial<Record<SheetKey, SheetTable>>): ProblemView[] {
  const problems: ProblemView[] = [];
  for (const [sheet, fields] of Object.entries(ESSENTIAL) as [SheetKey, string[]][]) {
    const table = tables[sheet];
    if (!table || table.values.length < 2) continue;
    for (const field of fields.filter((f) => !table.typed.has(f))) {
      const header = TEMPLATE[sheet].columns.find((c) => c.field === field)?.header ?? field;
      problems.push({
        sheet: TEMPLATE[sheet].name,
        row: 1,
        column: header,
        message: `No column is headed "${header}", so every row reads it as blank; rename the column back or run Set up sheets.`,
      });
    }
  }
  return problems;
}

export function toReport(
  output: RecalcOutput,
  tables: Partial<Record<SheetKey, SheetTable>>,
): Report {
  return {
    objectives: output.objectives.map(({ id, score, status, forecast }) => ({
      id,
      score,
      status,
      forecast,
    })),
    keyResults: output.keyResults.map(({ id, progress, score, status, forecast }) => ({
      id,
      progress,
      score,
      status,
      forecast,
    })),
    kras: output.kras.map(({ id, meetsStandard, consistency, health }) => ({
      id,
      meetsStandard,
      consistency,
      health,
    })),
    problems: [...missingColumns(tables), ...output.problems.map((p) => problemView(p, tables))],
    warnings: output.warnings.map(({ check, message, ids }) => ({ check, message, ids })),
  };
}
