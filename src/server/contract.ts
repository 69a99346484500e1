// The one typed description of what the sidebar may call on the server: argument schemas (zod)
// and result types. The server validates with these schemas; the sidebar's client is typed by them.
// Dates cross as ISO strings, because google.script.run cannot carry a Date.

// zod/mini: the same validation as zod, tree-shaken, so Apps Script evaluates a fraction of it on
// every call (issue 6: the whole bundle is evaluated each time).
import * as z from 'zod/mini';

import type { Settings } from '../core/types';
import type { Report } from '../sheets/report';
import type { Explanation } from '../sheets/explain';
import type { SidebarState } from '../sheets/viewTypes';

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const whole = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

export const settingsSchema = z.strictObject({
  successBar: z.number().check(z.gt(0), z.lte(1)),
  maxObjectivesPerOwner: whole(1, 50),
  kraCountMin: whole(0, 50),
  kraCountMax: whole(1, 50),
});

export const schemas = {
  getSidebarState: z.optional(z.strictObject({ period: z.optional(text(0, 20)) })),
  // From the sidebar: no toast (it shows the result), and the time zone and locale it read.
  recalculateStatus: z.optional(
    z.strictObject({
      fromSidebar: z.optional(z.boolean()),
      zone: z.optional(z.strictObject({ timeZone: text(1, 100), locale: text(2, 20) })),
    }),
  ),
  setUpSheets: z.undefined(),
  addSampleTeam: z.undefined(),
  setObjectiveKra: z.strictObject({ objectiveId: text(1, 100), kraId: text(0, 100) }),
  saveSettings: settingsSchema,
  selectRow: z.strictObject({ sheet: text(1, 100), row: whole(2, 10_000_000) }),
  explainSelection: z.undefined(),
  suggestKras: z.undefined(),
  checkIn: z.strictObject({
    keyResultId: text(1, 100),
    current: z.union([z.number(), text(0, 100)]),
    confidence: z.optional(whole(1, 10)),
    note: z.optional(text(0, 2000)),
  }),
  startNextPeriod: z.strictObject({ from: text(1, 20), to: text(1, 20) }),
  importSheet: z.strictObject({ sheet: text(1, 100), headerRow: z.optional(whole(1, 50)) }),
} as const;

export type CallName = keyof typeof schemas;

export type { AttentionItem, KraChoice, ObjectiveMapping, SidebarState } from '../sheets/viewTypes';
export type { ProblemView, Report, WarningView } from '../sheets/report';

export interface RecalcSummary {
  message: string;
  report: Report;
}

/** What each call returns to the sidebar. */
export interface Results {
  getSidebarState: SidebarState;
  recalculateStatus: RecalcSummary;
  setUpSheets: { message: string; mapped: string[]; added: string[] };
  addSampleTeam: { message: string };
  setObjectiveKra: { message: string };
  saveSettings: Settings;
  selectRow: { message: string };
  explainSelection: Explanation | null;
  suggestKras: { objective: string; suggestions: { kra: string; score: number }[] }[];
  checkIn: { message: string };
  startNextPeriod: { copied: { from: string; to: string }[] };
  importSheet: { message: string; objectives: number; keyResults: number };
}

export type Args<N extends CallName> = z.input<(typeof schemas)[N]>;
