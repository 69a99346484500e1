// A stand-in for the add-on's server functions over a fixed state in memory: enough to try every
// part of the built sidebar in a browser, with exact control of answers, failures and timing.

import type { Settings } from '../../src/core/types';
import type { SidebarState } from '../../src/server/contract';
import type { PreviewBackend, SheetsView } from '../../src/local/preview/app';

export interface FakeCall {
  name: string;
  arg: unknown;
}

/** The state a small team's workbook would give on 2026-02-14; texts may be replaced per test. */
export function sampleState(): SidebarState {
  return {
    ready: true,
    period: '2026-Q1',
    periods: ['2025-Q4', '2026-Q1'],
    lastRecalculated: '2026-02-14T09:30:00.000Z',
    zone: { timeZone: 'Europe/Lisbon', locale: 'en_GB' },
    counts: {
      'Not started': 1,
      'On track': 2,
      'Needs focus': 1,
      'At risk': 1,
      Achieved: 0,
      Missed: 0,
    },
    objectives: [
      {
        id: 'O1',
        objective: 'Delight new customers',
        owner: 'Ana Silva',
        row: 2,
        kra: 'A1',
        suggestions: [{ kra: 'A1', name: 'Customer support', score: 0.71 }],
      },
      {
        id: 'O2',
        objective: 'Cut support response time',
        owner: 'Ana Silva',
        row: 3,
        kra: '',
        suggestions: [
          { kra: 'A1', name: 'Customer support', score: 0.62 },
          { kra: 'A3', name: 'Team development', score: 0.2 },
        ],
      },
    ],
    kras: [
      { id: 'A1', name: 'Customer support', owner: 'Ana Silva' },
      { id: 'A2', name: 'Customer support', owner: 'Ana Silva' },
      { id: 'A3', name: 'Team development', owner: 'Raj Patel' },
    ],
    attention: [
      {
        kind: 'problem',
        message: 'Key Results row 4, Current: "high" is not a number.',
        sheet: 'Key Results',
        row: 4,
      },
      {
        kind: 'unmapped-objective',
        message: 'O2 is mapped to no KRA.',
        sheet: 'Objectives',
        row: 3,
      },
      {
        kind: 'kra-count',
        message: 'Raj Patel owns 1 KRA; 4 to 6 expected.',
        sheet: null,
        row: null,
      },
    ],
    settings: { successBar: 0.7, maxObjectivesPerOwner: 5, kraCountMin: 4, kraCountMax: 6 },
    keyResults: [
      { id: 'KR1', objectiveId: 'O1', keyResult: 'Raise CSAT to 90%', owner: '', current: '86%' },
      {
        id: 'KR2',
        objectiveId: 'O1',
        keyResult: 'Publish 20 help articles',
        owner: 'Raj Patel',
        current: '7',
      },
      {
        id: 'KR3',
        objectiveId: 'O2',
        keyResult: 'First response under 4 h',
        owner: '',
        current: '',
      },
      // Another period's key result: the state lists every period's.
      {
        id: 'KR9',
        objectiveId: 'O9',
        keyResult: 'Close 2025 renewals',
        owner: 'Tom Berg',
        current: '1',
      },
    ],
  };
}

/** A backend that answers from `state` and records every call in `calls`. */
export function fakeBackend(initial: SidebarState = sampleState()) {
  const state = structuredClone(initial);
  const calls: FakeCall[] = [];
  const failures = new Map<string, string>();
  const holds = new Map<string, Promise<void>>();
  let explanation: {
    sheet: string;
    row: number;
    column: string;
    explanation: string;
  } | null = null;

  const handlers: Record<string, (arg: never) => unknown> = {
    getSidebarState: (arg: { period?: string } | undefined) => ({
      ...state,
      period: arg?.period ?? state.period,
    }),
    recalculateStatus: () => ({
      message: 'Recalculated 3 key results and 2 objectives in 0.1 s.',
      report: {
        objectives: [],
        keyResults: [],
        kras: [],
        problems: [
          {
            sheet: 'Key Results',
            row: 4,
            column: 'Current',
            message: 'Current "high" is not a number.',
          },
        ],
        warnings: [],
      },
    }),
    setUpSheets: () => {
      state.ready = true;
      return { message: 'Set up 6 sheets.', mapped: [], added: ['Objectives'] };
    },
    addSampleTeam: () => ({ message: 'Added the sample team.' }),
    setObjectiveKra: (arg: { objectiveId: string; kraId: string }) => {
      const objective = state.objectives.find((candidate) => candidate.id === arg.objectiveId);
      if (objective) objective.kra = arg.kraId;
      return {
        message: arg.kraId
          ? `Mapped ${arg.objectiveId} to KRA ${arg.kraId}.`
          : `Removed the KRA from ${arg.objectiveId}.`,
      };
    },
    saveSettings: (arg: Settings) => {
      state.settings = arg;
      return arg;
    },
    selectRow: (arg: { sheet: string; row: number }) => ({
      message: `Selected ${arg.sheet} row ${arg.row}.`,
    }),
    explainSelection: () => explanation,
    checkIn: (arg: { keyResultId: string; current: number | string }) => {
      const keyResult = state.keyResults.find((candidate) => candidate.id === arg.keyResultId);
      if (keyResult) keyResult.current = String(arg.current);
      return { message: `Checked in ${arg.keyResultId}.` };
    },
  };

  const backend: PreviewBackend = {
    fileName: 'fake.xlsx',
    async call(name: string, arg: unknown) {
      calls.push({ name, arg });
      await holds.get(name);
      const failure = failures.get(name);
      if (failure) throw new Error(failure);
      const handler = handlers[name];
      if (!handler) throw new Error(`The fake has no ${name}.`);
      return structuredClone(handler(arg as never));
    },
    async sheets(): Promise<SheetsView> {
      return {
        file: 'fake.xlsx',
        sheets: [
          {
            name: 'Objectives',
            values: [
              ['ID', 'Objective', 'KRA'],
              ...state.objectives.map((objective) => [
                objective.id,
                objective.objective,
                objective.kra,
              ]),
            ],
            hidden: [],
          },
        ],
        active: null,
      };
    },
  };

  return {
    backend,
    state,
    calls,
    /** Makes every later call of `name` fail with `message`. */
    failWith(name: string, message: string) {
      failures.set(name, message);
    },
    /** Makes later calls of `name` succeed again. */
    recover(name: string) {
      failures.delete(name);
    },
    explainWith(value: typeof explanation) {
      explanation = value;
    },
    /** Makes calls of `name` wait until the returned function is called. */
    hold(name: string): () => void {
      let release = () => undefined as void;
      holds.set(
        name,
        new Promise<void>((resolve) => {
          release = () => {
            holds.delete(name);
            resolve();
          };
        }),
      );
      return () => release();
    },
  };
}
