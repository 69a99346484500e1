// What the Status dashboard shows for one period, gathered from a recalculation's input and output.

import { textOf } from '../core/numbers';
import { parsePeriod } from '../core/periods';
import { STATUSES, type RecalcInput, type RecalcOutput, type Status } from '../core/types';
import type { DashboardInput, DashboardObjective } from './dashboard';
import type { Report } from './report';

function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

export function buildDashboardInput(
  input: RecalcInput,
  output: RecalcOutput,
  report: Report,
  period: string,
  recalculatedAt: string,
): DashboardInput {
  const objectiveResults = new Map(output.objectives.map((o) => [o.row, o]));
  const inPeriod = input.objectives.filter((o) => parsePeriod(o.period)?.key === period);
  const ids = new Set(inPeriod.map((o) => textOf(o.id)));

  const objectiveCounts = emptyCounts();
  for (const o of inPeriod) {
    const status = objectiveResults.get(o.row)?.status;
    if (status) objectiveCounts[status]++;
  }

  const keyResultCounts = emptyCounts();
  const keyResultsPerObjective = new Map<string, number>();
  const keyResultResults = new Map(output.keyResults.map((k) => [k.row, k]));
  for (const k of input.keyResults) {
    const objectiveId = textOf(k.objectiveId);
    if (!ids.has(objectiveId)) continue;
    keyResultsPerObjective.set(objectiveId, (keyResultsPerObjective.get(objectiveId) ?? 0) + 1);
    const status = keyResultResults.get(k.row)?.status;
    if (status) keyResultCounts[status]++;
  }

  const rows: DashboardObjective[] = inPeriod.map((o) => {
    const result = objectiveResults.get(o.row);
    return {
      id: textOf(o.id),
      objective: textOf(o.objective),
      keyResults: keyResultsPerObjective.get(textOf(o.id)) ?? 0,
      kra: textOf(o.kra),
      owner: textOf(o.owner),
      status: result?.status ?? null,
      score: result?.score ?? null,
      depth: 0,
    };
  });
  const parents = new Map(inPeriod.map((o) => [textOf(o.id), textOf(o.parent)]));

  const kraResults = new Map(output.kras.map((k) => [k.row, k]));
  return {
    recalculatedAt,
    period,
    objectiveCounts,
    keyResultCounts,
    objectives: alignUnderParents(rows, parents),
    kras: input.kras.map((k) => ({
      kra: textOf(k.kra),
      owner: textOf(k.owner),
      indicator: textOf(k.indicator),
      health: kraResults.get(k.row)?.health ?? null,
      consistency: kraResults.get(k.row)?.consistency ?? null,
    })),
    warnings: report.warnings,
    problems: report.problems,
  };
}

/** Each parent followed by its children (depth-first), others in sheet order. */
function alignUnderParents(
  rows: DashboardObjective[],
  parents: Map<string, string>,
): DashboardObjective[] {
  const children = new Map<string, DashboardObjective[]>();
  const roots: DashboardObjective[] = [];
  for (const row of rows) {
    const parent = parents.get(row.id) ?? '';
    if (parent && parent !== row.id && parents.has(parent)) {
      children.set(parent, [...(children.get(parent) ?? []), row]);
    } else {
      roots.push(row);
    }
  }

  const ordered: DashboardObjective[] = [];
  const seen = new Set<string>();
  const visit = (row: DashboardObjective, depth: number) => {
    if (seen.has(row.id)) return;
    seen.add(row.id);
    ordered.push({ ...row, depth });
    for (const child of children.get(row.id) ?? []) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  // Objectives caught in a parent cycle have no root: show them at the top level.
  for (const row of rows) visit(row, 0);
  return ordered;
}
