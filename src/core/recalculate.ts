// The whole recalculation over plain data: key result check-ins first (so today's value counts in
// trends), then OKR scores, KRA health, owners and the governance checks.

import { checkInsWithChanges } from './checkinLog';
import { runChecks } from './checks';
import { computeKras, planKeyResultCheckIns } from './kra';
import { parseNumber, textOf } from './numbers';
import { computeOkrs } from './okr';
import { computeOwners } from './owners';
import { currentPeriodKey, parsePeriod } from './periods';
import type { RecalcInput, RecalcOutput } from './types';

export function recalculate(input: RecalcInput): RecalcOutput {
  const currentPeriod = currentPeriodKey(input.today);

  const keyResultValues = input.keyResults.map((row) => {
    const parsed = parseNumber(row.current, input.locale);
    return { id: textOf(row.id), current: parsed.kind === 'number' ? parsed.value : null };
  });
  const keyResultCheckIns = planKeyResultCheckIns(keyResultValues, input.checkIns, input.today);

  const kraPart = computeKras({
    kras: input.kras,
    checkIns: input.checkIns,
    today: input.today,
    locale: input.locale,
    timeZone: input.timeZone,
  });
  // Today's KRA records go last: a second run today replaces them, and the sheets layer rewrites
  // the log from the first replaced record down, so key result records after them would be
  // rewritten on every later run of the day.
  const checkIns = {
    updates: kraPart.checkIns.updates,
    appends: [...keyResultCheckIns, ...kraPart.checkIns.appends],
  };

  const okrPart = computeOkrs({
    objectives: input.objectives,
    keyResults: input.keyResults,
    checkIns: checkInsWithChanges(input.checkIns, checkIns),
    today: input.today,
    locale: input.locale,
    settings: input.settings,
  });

  const scores = new Map(okrPart.objectives.map((o) => [o.row, o.score]));
  const owners = computeOwners({
    owners: input.owners,
    objectives: input.objectives.map((row) => ({
      id: textOf(row.id),
      owner: textOf(row.owner),
      periodKey: parsePeriod(row.period)?.key ?? null,
      score: scores.get(row.row) ?? null,
    })),
    kras: input.kras,
    currentPeriod,
  });

  const warnings = runChecks({
    objectives: input.objectives,
    keyResults: input.keyResults,
    kras: input.kras,
    owners: input.owners,
    today: input.today,
    locale: input.locale,
    timeZone: input.timeZone,
    settings: input.settings,
  });

  return {
    currentPeriod,
    objectives: okrPart.objectives,
    keyResults: okrPart.keyResults,
    kras: kraPart.kras,
    owners,
    problems: [...okrPart.problems, ...kraPart.problems],
    warnings,
    checkIns,
  };
}
