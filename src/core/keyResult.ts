// One key result from its row: progress, score, weight, and (when its objective has a readable
// period) status and forecast, with the explanation a user sees and the problems on its row.

import { paceForecast, trendForecast, type Forecast } from './forecast';
import { quote, textOf } from './numbers';
import { elapsedFraction, type Period } from './periods';
import { progressOf, readKeyResult, type Progress, type ProgressRule } from './progress';
import { readWeight, scoreExplanation, scoreOf } from './score';
import { statusOf } from './status';
import type { CheckIn, KeyResultRow, ObjectiveType, Problem, Status } from './types';

/** What a key result needs to know about its objective. */
export interface ObjectiveInfo {
  id: string;
  type: ObjectiveType;
  successBar: number;
  period: Period | null;
  /** Why there is no period ('the period is blank'), or null when it is readable. */
  periodProblem: string | null;
}

export interface KeyResultState {
  row: number;
  id: string;
  objective: ObjectiveInfo | null;
  progress: Progress | null;
  score: number | null;
  /** The weight it counts with in its objective; null when it is left out. */
  weight: number | null;
  status: Status | null;
  forecast: Forecast | null;
  explanation: string[];
  problems: Problem[];
}

export interface KeyResultContext {
  objectivesById: Map<string, ObjectiveInfo>;
  /** The Check-ins log's key result records by ID, oldest first (see `keyResultRecords`). */
  recordsById: Map<string, CheckIn[]>;
  today: string;
  locale: string;
}

/** Key result records by ID, in log order: one pass over the log rather than one per key result. */
export function keyResultRecords(checkIns: readonly CheckIn[]): Map<string, CheckIn[]> {
  const byId = new Map<string, CheckIn[]>();
  for (const record of checkIns) {
    if (record.kind !== 'Key result') continue;
    const records = byId.get(record.id);
    if (records) records.push(record);
    else byId.set(record.id, [record]);
  }
  return byId;
}

const OUT_OF_RANGE =
  'Start, target and current are too large or too close together to compute progress.';

/** Field keys as a sentence names them. */
const FIELD_WORDS: Record<string, string> = { metricType: 'metric type' };

export function assessKeyResult(row: KeyResultRow, context: KeyResultContext): KeyResultState {
  const id = textOf(row.id);
  const problems: Problem[] = [];
  const report = (field: string, message: string): void => {
    problems.push({ sheet: 'keyResults', row: row.row, field, message });
  };

  const reading = readKeyResult(row, context.locale);
  [...reading.blockers, ...reading.notices].forEach(({ field, message }) => report(field, message));
  const weight = readWeight(row.weight, context.locale);
  if (weight.kind === 'problem') report('weight', weight.message);
  const link = linkObjective(row.objectiveId, context.objectivesById);
  if (link.problem) report('objectiveId', link.problem);

  const state: KeyResultState = {
    row: row.row,
    id,
    objective: link.objective,
    progress: null,
    score: null,
    weight: weight.kind === 'counted' ? weight.value : null,
    status: null,
    forecast: null,
    explanation: [],
    problems,
  };
  if (!reading.rule) {
    // A problem in metric type, start, target or current leaves no progress, score or status.
    const first = reading.blockers[0];
    const reason = first
      ? ` until ${FIELD_WORDS[first.field] ?? first.field} is fixed: ${first.message}`
      : '';
    state.explanation.push(`No progress, score or status${reason}`);
    return state;
  }

  const progress = progressOf(reading.rule, reading.current);
  // Numbers at the limits of arithmetic (1e308, 5e-324) give no finite progress: a problem on
  // the row, never an Infinity or NaN shown as progress and scored.
  if (!Number.isFinite(progress.progress)) {
    report('current', OUT_OF_RANGE);
    state.explanation.push(`No progress, score or status until current is fixed: ${OUT_OF_RANGE}`);
    return state;
  }
  state.progress = progress;
  state.score = scoreOf(progress.progress);
  state.explanation.push(progress.explanation, scoreExplanation(progress.progress, state.score));
  if (weight.kind !== 'counted') state.explanation.push(leftOutReason(weight.kind));

  const objective = link.objective;
  if (!objective || !objective.period) {
    const reason = objective
      ? `objective ${objective.id}: ${objective.periodProblem}`
      : link.reason;
    state.explanation.push(`No status or forecast: ${reason}`);
    return state;
  }

  const t = elapsedFraction(objective.period, context.today);
  const { status, explanation } = statusOf({
    score: state.score,
    notStarted: progress.notStarted,
    t,
    successBar: objective.successBar,
  });
  state.status = status;

  // No forecast before it starts or before time elapses; else its check-ins' trend, else its pace.
  const pace = paceForecast(state.score, t, progress.notStarted);
  state.forecast =
    pace.forecast === null ? pace : (trendOf(id, reading.rule, objective.period, context) ?? pace);
  state.explanation.push(explanation, state.forecast.explanation);
  return state;
}

function leftOutReason(kind: 'zero' | 'problem'): string {
  return kind === 'zero'
    ? 'Weight 0: left out of its objective'
    : 'Left out of its objective until its weight is fixed';
}

/** The objective a key result names, or the problem (a sentence) and the reason (a phrase). */
function linkObjective(
  value: KeyResultRow['objectiveId'],
  objectivesById: Map<string, ObjectiveInfo>,
): { objective: ObjectiveInfo | null; problem: string | null; reason: string } {
  const objectiveId = textOf(value);
  if (objectiveId === '') {
    return {
      objective: null,
      problem: 'No objective ID: this key result belongs to no objective.',
      reason: 'the objective ID is blank',
    };
  }

  const objective = objectivesById.get(objectiveId) ?? null;
  if (objective) return { objective, problem: null, reason: '' };
  return {
    objective: null,
    problem: `No objective has the ID ${quote(objectiveId)}.`,
    reason: `no objective has the ID ${quote(objectiveId)}`,
  };
}

/** The trend of a key result's check-ins; null when too few to follow, so the pace rule applies. */
function trendOf(
  id: string,
  rule: ProgressRule,
  period: Period,
  context: KeyResultContext,
): Forecast | null {
  if (id === '') return null;

  // Records inside the period and not after today; a record dated later is a typo, not data.
  const lastDay = period.end < context.today ? period.end : context.today;
  const points = (context.recordsById.get(id) ?? [])
    .filter((checkIn) => checkIn.date >= period.start && checkIn.date <= lastDay)
    .map((checkIn) => ({
      date: checkIn.date,
      score: scoreOf(progressOf(rule, checkIn.value).progress),
    }))
    .filter((point) => Number.isFinite(point.score));
  return trendForecast(points, period);
}
