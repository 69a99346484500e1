// What the sidebar shows, computed fresh from the sheets without writing anything, and the few
// cells the sidebar may write on its user's request.

import { textOf } from '../core/numbers';
import { parsePeriod } from '../core/periods';
import { recalculate } from '../core/recalculate';
import { suggestKras } from '../core/suggest';
import { STATUSES, type RecalcInput, type RecalcOutput, type Status } from '../core/types';
import type { AttentionItem, ObjectiveMapping, SidebarState } from './viewTypes';
import { cellValue } from './cells';
import { AddOnError } from './errors';
import { readWorkbook } from './recalculate';
import { toReport } from './report';
import { readLastRecalculated, readSettings, readViewPeriod, writeViewPeriod } from './settings';
import { SHEET_ORDER, TEMPLATE } from './template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export function isSetUp(spreadsheet: Spreadsheet): boolean {
  return SHEET_ORDER.every((key) => spreadsheet.getSheetByName(TEMPLATE[key].name) !== null);
}

export function sidebarState(
  spreadsheet: Spreadsheet,
  properties: Properties,
  today: string,
  requestedPeriod: string | undefined,
): SidebarState {
  if (!isSetUp(spreadsheet)) return notReady(properties, today);
  if (requestedPeriod !== undefined) {
    // Any spelling of a period is that period ('Q1 2026' is 2026-Q1); '' means the current one.
    const period = requestedPeriod ? parsePeriod(requestedPeriod) : null;
    if (requestedPeriod && !period) {
      throw new AddOnError(
        'invalid-argument',
        `"${requestedPeriod}" is not a period such as 2026-Q1.`,
      );
    }
    writeViewPeriod(properties, period?.key ?? null);
  }

  const { tables, input } = readWorkbook(spreadsheet, properties, today);
  const output = recalculate(input);
  const report = toReport(output, tables);
  const period = readViewPeriod(properties) ?? output.currentPeriod;

  const periodOf = new Map(
    input.objectives.map((o) => [o.row, parsePeriod(o.period)?.key ?? null]),
  );
  const periods = [...new Set([output.currentPeriod, ...periodOf.values()])]
    .filter((p): p is string => p !== null)
    .sort();
  const inPeriod = input.objectives.filter((o) => periodOf.get(o.row) === period);

  const suggestions = new Map(
    suggestKras(
      { objectives: inPeriod, keyResults: input.keyResults, kras: input.kras },
      { onlyUnmapped: false, limit: 3 },
    ).map((s) => [s.objective, s.suggestions]),
  );
  const kraNames = new Map<string, string>();
  for (const k of input.kras) {
    if (!kraNames.has(textOf(k.id))) kraNames.set(textOf(k.id), textOf(k.kra));
  }

  const objectives: ObjectiveMapping[] = inPeriod
    .map((o) => ({
      id: textOf(o.id),
      objective: textOf(o.objective),
      owner: textOf(o.owner),
      row: o.row,
      kra: textOf(o.kra),
      suggestions: (suggestions.get(textOf(o.id)) ?? []).map((s) => ({
        kra: s.kra,
        name: kraNames.get(s.kra) ?? '',
        score: s.score,
      })),
    }))
    .sort((a, b) => Number(a.kra !== '') - Number(b.kra !== ''));

  const firstRowOfKra = new Map<string, { id: string; name: string; owner: string }>();
  for (const k of input.kras) {
    const name = textOf(k.kra);
    if (name && !firstRowOfKra.has(name.toLowerCase())) {
      firstRowOfKra.set(name.toLowerCase(), { id: textOf(k.id), name, owner: textOf(k.owner) });
    }
  }

  return {
    ready: true,
    period,
    periods,
    lastRecalculated: readLastRecalculated(properties),
    counts: countStatuses(output, new Set(inPeriod.map((o) => o.row))),
    objectives,
    kras: [...firstRowOfKra.values()],
    attention: attentionItems(report, input),
    settings: input.settings,
    zone: { timeZone: input.timeZone, locale: input.locale },
    keyResults: input.keyResults.map((k) => ({
      id: textOf(k.id),
      objectiveId: textOf(k.objectiveId),
      keyResult: textOf(k.keyResult),
      owner: textOf(k.owner) || ownerOf(input.objectives, textOf(k.objectiveId)),
      current: textOf(k.current),
    })),
  };
}

function ownerOf(objectives: { id: unknown; owner: unknown }[], id: string): string {
  const found = objectives.find((o) => textOf(o.id as string) === id);
  return found ? textOf(found.owner as string) : '';
}

function notReady(properties: Properties, today: string): SidebarState {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  return {
    ready: false,
    period: readViewPeriod(properties) ?? today.slice(0, 4),
    periods: [],
    lastRecalculated: null,
    counts,
    objectives: [],
    kras: [],
    attention: [],
    settings: readSettings(properties),
    zone: null,
    keyResults: [],
  };
}

function countStatuses(output: RecalcOutput, rows: Set<number>): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const o of output.objectives) {
    if (rows.has(o.row) && o.status) counts[o.status]++;
  }
  return counts;
}

/** Where a warning's first ID lives, so that clicking it selects that row. */
function rowsById(input: RecalcInput): Map<string, { sheet: string; row: number }> {
  const places = new Map<string, { sheet: string; row: number }>();
  const add = (sheet: string, rows: { row: number; id?: unknown; name?: unknown }[]) => {
    for (const r of rows) {
      const id = textOf((r.id ?? r.name ?? '') as string);
      if (id && !places.has(id)) places.set(id, { sheet, row: r.row });
    }
  };
  add(TEMPLATE.objectives.name, input.objectives);
  add(TEMPLATE.keyResults.name, input.keyResults);
  add(TEMPLATE.kras.name, input.kras);
  add(TEMPLATE.owners.name, input.owners);
  return places;
}

function attentionItems(report: ReturnType<typeof toReport>, input: RecalcInput): AttentionItem[] {
  const places = rowsById(input);
  const problems: AttentionItem[] = report.problems.map((p) => ({
    kind: 'problem',
    message: `${p.sheet} row ${p.row}, ${p.column}: ${p.message}`,
    sheet: p.sheet,
    row: p.row,
  }));
  const warnings: AttentionItem[] = report.warnings.map((w) => {
    const place = w.ids.map((id) => places.get(id)).find((p) => p !== undefined);
    return {
      kind: w.check,
      message: w.message,
      sheet: place?.sheet ?? null,
      row: place?.row ?? null,
    };
  });
  return [...problems, ...warnings];
}

/** Writes the KRA's ID into the objective's KRA cell, and nothing else. */
export function setObjectiveKra(
  spreadsheet: Spreadsheet,
  properties: Properties,
  today: string,
  objectiveId: string,
  kraId: string,
): string {
  const { tables, input } = readWorkbook(spreadsheet, properties, today);
  const objective = input.objectives.find((o) => textOf(o.id) === objectiveId);
  if (!objective) {
    throw new AddOnError('unknown-id', `There is no objective with the ID "${objectiveId}".`);
  }
  if (kraId !== '' && !input.kras.some((k) => textOf(k.id) === kraId)) {
    throw new AddOnError('unknown-id', `There is no KRA with the ID "${kraId}".`);
  }
  const column = tables.objectives.typed.get('kra');
  if (column === undefined) {
    throw new AddOnError('structure', 'The Objectives sheet has no KRA column; run Set up sheets.');
  }

  tables.objectives.sheet.getRange(objective.row, column + 1).setValue(cellValue(kraId));
  return kraId ? `Mapped ${objectiveId} to KRA ${kraId}.` : `Removed the KRA from ${objectiveId}.`;
}

/** For each objective without a KRA, up to three KRAs, best first (`okr-kra suggest`). */
export function unmappedSuggestions(
  spreadsheet: Spreadsheet,
  properties: Properties,
  today: string,
) {
  const { input } = readWorkbook(spreadsheet, properties, today);
  return suggestKras(
    { objectives: input.objectives, keyResults: input.keyResults, kras: input.kras },
    { onlyUnmapped: true, limit: 3 },
  );
}
