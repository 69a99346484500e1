// The Trend cell of each key result: its recorded values in its objective's period.

import { trendLine } from '../core/display';
import { keyResultRecords } from '../core/keyResult';
import { textOf } from '../core/numbers';
import { parsePeriod } from '../core/periods';
import type { CheckIn, RecalcInput } from '../core/types';

/** Key result row -> trend line; built from one pass over the log. */
export function trendCells(input: RecalcInput, log: readonly CheckIn[]): Map<number, string> {
  const periods = new Map(
    input.objectives.map((o) => [textOf(o.id), parsePeriod(o.period)] as const),
  );
  const recorded = keyResultRecords(log);

  const cells = new Map<number, string>();
  for (const row of input.keyResults) {
    const period = periods.get(textOf(row.objectiveId));
    const records = recorded.get(textOf(row.id));
    if (!period || !records) continue;
    const values = records
      .filter((r) => r.date >= period.start && r.date <= period.end)
      .map((r) => r.value);
    cells.set(row.row, trendLine(values));
  }
  return cells;
}
