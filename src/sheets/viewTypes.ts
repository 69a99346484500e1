// What the sidebar is shown: plain JSON, built by the sheets layer, typed for the sidebar.

import type { Settings, Status } from '../core/types';

/** One line of the attention list; `sheet` and `row` say where clicking it goes. */
export interface AttentionItem {
  kind: string;
  message: string;
  sheet: string | null;
  row: number | null;
}

export interface KraChoice {
  id: string;
  name: string;
  owner: string;
}

export interface ObjectiveMapping {
  id: string;
  objective: string;
  owner: string;
  row: number;
  kra: string;
  suggestions: { kra: string; name: string; score: number }[];
}

export interface SidebarState {
  /** False when the workbook lacks the add-on's sheets: the sidebar offers Set up sheets. */
  ready: boolean;
  period: string;
  periods: string[];
  lastRecalculated: string | null;
  counts: Record<Status, number>;
  objectives: ObjectiveMapping[];
  kras: KraChoice[];
  attention: AttentionItem[];
  settings: Settings;
  /** The spreadsheet's time zone and locale as read for this state; null before setup. */
  zone: { timeZone: string; locale: string } | null;
  keyResults: {
    id: string;
    objectiveId: string;
    keyResult: string;
    owner: string;
    current: string;
  }[];
}
