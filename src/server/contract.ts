// The one typed description of what the sidebar may call on the server: argument schemas (zod)
// and result types. The server validates with these schemas; the sidebar's client is typed by them.
// Dates cross as ISO strings, because google.script.run cannot carry a Date.

import * as z from 'zod';

import type { Settings, Status } from '../core/types';
import type { Report } from '../sheets/report';
import type { Explanation } from '../sheets/explain';
import type { SidebarState } from '../sheets/viewTypes';

export const settingsSchema = z.object({
  successBar: z.number().gt(0).lte(1),
  maxObjectivesPerOwner: z.number().int().min(1).max(50),
  kraCountMin: z.number().int().min(0).max(50),
  kraCountMax: z.number().int().min(1).max(50),
});

export const schemas = {
  getSidebarState: z
    .object({ period: z.string().max(20).optional() })
    .strict()
    .optional(),
  recalculateStatus: z.undefined(),
  setUpSheets: z.undefined(),
  addSampleTeam: z.undefined(),
  setObjectiveKra: z
    .object({ objectiveId: z.string().min(1).max(100), kraId: z.string().max(100) })
    .strict(),
  saveSettings: settingsSchema.strict(),
  selectRow: z
    .object({ sheet: z.string().min(1).max(100), row: z.number().int().min(2).max(10_000_000) })
    .strict(),
  explainSelection: z.undefined(),
  suggestKras: z.undefined(),
  checkIn: z
    .object({
      keyResultId: z.string().min(1).max(100),
      current: z.union([z.number(), z.string().max(100)]),
      confidence: z.number().int().min(1).max(10).optional(),
      note: z.string().max(2000).optional(),
    })
    .strict(),
  startNextPeriod: z
    .object({ from: z.string().min(1).max(20), to: z.string().min(1).max(20) })
    .strict(),
  importSheet: z
    .object({
      sheet: z.string().min(1).max(100),
      headerRow: z.number().int().min(1).max(50).optional(),
    })
    .strict(),
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
