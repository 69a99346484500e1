// The OKR part of a recalculation: every objective and key result row gets exactly one result, in
// input order, with its score, status, forecast and explanation; bad cells become problems.

import { objectiveForecast } from './forecast';
import {
  assessKeyResult,
  keyResultRecords,
  type KeyResultState,
  type ObjectiveInfo,
} from './keyResult';
import { quote, textOf } from './numbers';
import { elapsedFraction, parsePeriod } from './periods';
import { childrenMean, readObjectiveType, successBarFor, weightedMean } from './score';
import { statusOf } from './status';
import type {
  CheckIn,
  KeyResultResult,
  KeyResultRow,
  ObjectiveResult,
  ObjectiveRow,
  Problem,
  Settings,
  Status,
} from './types';

export interface OkrInput {
  objectives: ObjectiveRow[];
  keyResults: KeyResultRow[];
  /** The Check-ins log, oldest first; key result records feed the trend forecast. */
  checkIns: CheckIn[];
  /** ISO date of today in the spreadsheet's time zone. */
  today: string;
  locale: string;
  settings: Settings;
}

export interface OkrOutput {
  objectives: ObjectiveResult[];
  keyResults: KeyResultResult[];
  problems: Problem[];
}

/** Explanations go into a cell note and the sidebar: keep them short. */
export const MAX_EXPLANATION_CHARS = 300;

interface ObjectiveState extends ObjectiveInfo {
  row: number;
  parentId: string;
  problems: Problem[];
}

/** An objective's score with the facts its status needs. */
interface ObjectiveScore {
  score: number;
  notStarted: boolean;
  explanation: string;
  /** The key results its score counts; empty when the score rolls up from child objectives. */
  counted: KeyResultState[];
}

export function computeOkrs(input: OkrInput): OkrOutput {
  const objectives = input.objectives.map((row) => readObjective(row, input.settings));
  const objectivesById = new Map<string, ObjectiveInfo>();
  for (const objective of objectives) {
    // With duplicate IDs the first row wins; the duplicate-id check tells the user.
    if (objective.id !== '' && !objectivesById.has(objective.id)) {
      objectivesById.set(objective.id, objective);
    }
  }

  const context = {
    objectivesById,
    recordsById: keyResultRecords(input.checkIns),
    today: input.today,
    locale: input.locale,
  };
  const keyResults = input.keyResults.map((row) => assessKeyResult(row, context));

  const scoreOf = objectiveScorer(objectives, keyResults);
  const objectiveResults = objectives.map((objective) =>
    finishObjective(objective, scoreOf(objective), input.today),
  );

  return {
    objectives: objectiveResults,
    keyResults: keyResults.map(keyResultResult),
    problems: [
      ...objectives.flatMap((objective) => objective.problems),
      ...keyResults.flatMap((keyResult) => keyResult.problems),
    ],
  };
}

function readObjective(row: ObjectiveRow, settings: Settings): ObjectiveState {
  const problems: Problem[] = [];
  const report = (field: string, message: string): void => {
    problems.push({ sheet: 'objectives', row: row.row, field, message });
  };

  const id = textOf(row.id);
  if (id === '') report('id', 'This objective has no ID, so no key result can name it.');

  const { type, problem } = readObjectiveType(row.type);
  if (problem) report('type', problem);

  const period = parsePeriod(row.period);
  const periodProblem = period ? null : whyNoPeriod(row.period);
  if (periodProblem) report('period', periodProblem.message);

  const successBar = successBarFor(type, settings);
  return {
    row: row.row,
    id,
    type,
    successBar,
    period,
    periodProblem: periodProblem?.reason ?? null,
    parentId: textOf(row.parent),
    problems,
  };
}

/** The problem (a sentence) and the reason (a phrase) of a period cell that reads as no period. */
function whyNoPeriod(value: ObjectiveRow['period']): { message: string; reason: string } {
  const text = textOf(value);
  if (text === '') {
    return {
      message: 'The period is blank: write one such as 2026-Q1.',
      reason: 'the period is blank',
    };
  }
  return {
    message: `${quote(text)} is not a period: write one such as 2026-Q1, Q1 2026, 2026-H1 or 2026.`,
    reason: 'the period is unreadable',
  };
}

/**
 * Scores objectives on demand: the weighted mean of their counted key results, or, with none, the
 * mean of their children's scores (objectives naming them as Parent). Memoised; a cycle of
 * parents counts for nothing instead of looping.
 */
function objectiveScorer(
  objectives: ObjectiveState[],
  keyResults: KeyResultState[],
): (objective: ObjectiveState) => ObjectiveScore | null {
  const scores = new Map<ObjectiveState, ObjectiveScore | null>();
  const visiting = new Set<ObjectiveState>();
  // Each objective's key results, gathered once: filtering all of them per objective is quadratic.
  const linked = new Map<ObjectiveInfo, KeyResultState[]>();
  for (const keyResult of keyResults) {
    if (!keyResult.objective) continue;
    const list = linked.get(keyResult.objective);
    if (list) list.push(keyResult);
    else linked.set(keyResult.objective, [keyResult]);
  }

  const scoreOf = (objective: ObjectiveState): ObjectiveScore | null => {
    if (scores.has(objective)) return scores.get(objective) ?? null;
    if (visiting.has(objective)) return null;

    visiting.add(objective);
    const score =
      ownScore(objective, linked.get(objective) ?? []) ??
      rolledUpScore(objective, objectives, scoreOf);
    visiting.delete(objective);
    scores.set(objective, score);
    return score;
  };
  return scoreOf;
}

/** A key result counts toward its objective when it has a score and a weight above 0. */
function countedKeyResults(
  objective: ObjectiveState,
  keyResults: KeyResultState[],
): KeyResultState[] {
  return keyResults.filter(
    (keyResult) =>
      keyResult.objective === objective && keyResult.score !== null && keyResult.weight !== null,
  );
}

function ownScore(objective: ObjectiveState, keyResults: KeyResultState[]): ObjectiveScore | null {
  const counted = countedKeyResults(objective, keyResults);
  const mean = weightedMean(
    counted.map((keyResult) => ({ score: keyResult.score ?? 0, weight: keyResult.weight ?? 0 })),
  );
  if (!mean) return null;

  const linked = keyResults.filter((keyResult) => keyResult.objective === objective).length;
  const leftOut = linked - counted.length;
  const note = leftOut > 0 ? ` (${leftOut} key result${leftOut === 1 ? '' : 's'} left out)` : '';
  return {
    score: mean.score,
    notStarted: counted.every((keyResult) => keyResult.progress?.notStarted),
    explanation: mean.explanation + note,
    counted,
  };
}

function rolledUpScore(
  objective: ObjectiveState,
  objectives: ObjectiveState[],
  scoreOf: (objective: ObjectiveState) => ObjectiveScore | null,
): ObjectiveScore | null {
  if (objective.id === '') return null;

  const childScores = objectives
    .filter((child) => child !== objective && child.parentId === objective.id)
    .map(scoreOf)
    .filter((score): score is ObjectiveScore => score !== null);
  const mean = childrenMean(childScores.map((child) => child.score));
  if (!mean) return null;

  return {
    score: mean.score,
    notStarted: childScores.every((child) => child.notStarted),
    explanation: mean.explanation,
    counted: [],
  };
}

function finishObjective(
  objective: ObjectiveState,
  score: ObjectiveScore | null,
  today: string,
): ObjectiveResult {
  const result = (status: Status | null, forecast: number | null, parts: string[]) => ({
    row: objective.row,
    id: objective.id,
    score: score?.score ?? null,
    status,
    forecast,
    explanation: joinExplanation(parts),
  });

  if (!score) {
    if (objective.id !== '') {
      objective.problems.push({
        sheet: 'objectives',
        row: objective.row,
        field: 'id',
        message: 'No key result counts toward this objective, so it has no score.',
      });
    }
    return result(null, null, ['No score: no key result counts toward this objective']);
  }
  if (!objective.period) {
    return result(null, null, [
      score.explanation,
      `No status or forecast: ${objective.periodProblem}`,
    ]);
  }

  const t = elapsedFraction(objective.period, today);
  const status = statusOf({
    score: score.score,
    notStarted: score.notStarted,
    t,
    successBar: objective.successBar,
    notStartedReason: 'no key result has a current value yet',
  });
  const forecast = objectiveForecast(
    score.counted.map((keyResult) => ({
      forecast: keyResult.forecast?.forecast ?? null,
      weight: keyResult.weight ?? 0,
      trend: keyResult.forecast?.trend ?? false,
    })),
    score.score,
    t,
    score.notStarted,
  );
  return result(status.status, forecast.forecast, [
    score.explanation,
    status.explanation,
    forecast.explanation,
  ]);
}

function keyResultResult(state: KeyResultState): KeyResultResult {
  return {
    row: state.row,
    id: state.id,
    progress: state.progress?.progress ?? null,
    score: state.score,
    status: state.status,
    forecast: state.forecast?.forecast ?? null,
    explanation: joinExplanation(state.explanation),
  };
}

/** The steps of an explanation in one line, cut to MAX_EXPLANATION_CHARS. */
export function joinExplanation(parts: string[]): string {
  const text = parts.join('; ');
  return text.length <= MAX_EXPLANATION_CHARS
    ? text
    : `${text.slice(0, MAX_EXPLANATION_CHARS - 1)}…`;
}
