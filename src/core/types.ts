// Plain data shared by the whole core: rows as read from the sheets, and the results computed from
// them. Nothing here knows about Apps Script.

/** A cell as `Range.getValues` gives it: '' for blank; errors arrive as strings such as '#N/A'. */
export type CellValue = string | number | boolean | Date;

/** The four sheets people type into, by key; the sheets layer maps a key to the sheet's name. */
export type SheetKey = 'objectives' | 'keyResults' | 'kras' | 'owners' | 'checkIns';

export const OBJECTIVE_FIELDS = [
  'id',
  'objective',
  'owner',
  'period',
  'type',
  'kra',
  'parent',
  'notes',
] as const;
export const KEY_RESULT_FIELDS = [
  'id',
  'objectiveId',
  'keyResult',
  'owner',
  'metricType',
  'start',
  'target',
  'current',
  'weight',
  'confidence',
  'lastCheckIn',
  'notes',
] as const;
export const KRA_FIELDS = [
  'id',
  'kra',
  'owner',
  'indicator',
  'comparator',
  'standard',
  'actual',
  'weight',
  'reviewCadence',
  'lastReview',
] as const;
export const OWNER_FIELDS = ['name', 'email', 'role', 'team'] as const;

export type ObjectiveField = (typeof OBJECTIVE_FIELDS)[number];
export type KeyResultField = (typeof KEY_RESULT_FIELDS)[number];
export type KraField = (typeof KRA_FIELDS)[number];
export type OwnerField = (typeof OWNER_FIELDS)[number];

/**
 * One non-blank row of a sheet: `row` is the row number a user sees (header on row 1 gives data
 * from row 2); a column the sheet lacks reads as ''.
 */
export type SheetRow<F extends string> = { row: number } & Record<F, CellValue>;
export type ObjectiveRow = SheetRow<ObjectiveField>;
export type KeyResultRow = SheetRow<KeyResultField>;
export type KraRow = SheetRow<KraField>;
export type OwnerRow = SheetRow<OwnerField>;

/** One record of the Check-ins sheet; dates are ISO `YYYY-MM-DD` strings in the core. */
export interface CheckIn {
  date: string;
  kind: 'KRA' | 'Key result';
  id: string;
  value: number;
  /** The standard in force that day (KRA records only). */
  standard: number | null;
  /** Whether the standard was met that day (KRA records only). */
  met: boolean | null;
  confidence: number | null;
  note: string;
}

/** The three numbers a team may change (DOMAIN.md); every other number is fixed. */
export interface Settings {
  /** Aspirational success bar `b`. */
  successBar: number;
  /** Objectives per owner (and per team) per period. */
  maxObjectivesPerOwner: number;
  kraCountMin: number;
  kraCountMax: number;
}

export const DEFAULT_SETTINGS: Settings = {
  successBar: 0.7,
  maxObjectivesPerOwner: 5,
  kraCountMin: 4,
  kraCountMax: 6,
};

export const STATUSES = [
  'Not started',
  'On track',
  'Needs focus',
  'At risk',
  'Achieved',
  'Missed',
] as const;
export type Status = (typeof STATUSES)[number];

export const HEALTHS = ['Healthy', 'Watch', 'Breach'] as const;
export type Health = (typeof HEALTHS)[number];

export const METRIC_TYPES = [
  'Increase to',
  'Decrease to',
  'Stay at or above',
  'Stay at or below',
  'Milestone',
] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

export const OBJECTIVE_TYPES = ['Aspirational', 'Committed'] as const;
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];

export const REVIEW_CADENCES = ['Quarterly', 'Semi-annual', 'Annual'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

export const CHECK_NAMES = [
  'owner-missing',
  'owner-multiple',
  'too-many-objectives',
  'kra-count',
  'kra-weights',
  'kr-count',
  'unmapped-objective',
  'repeats-kra',
  'unknown-reference',
  'duplicate-id',
  'kra-review-due',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** A bad cell: the run goes on, and the user is told where to look. */
export interface Problem {
  sheet: SheetKey;
  row: number;
  /** The field key (e.g. 'current'); the sheets layer shows the column's header instead. */
  field: string;
  message: string;
}

/** A governance warning; never blocks a recalculation. */
export interface Warning {
  check: CheckName;
  message: string;
  /** The IDs (or owner names) it concerns. */
  ids: string[];
}

export interface KeyResultResult {
  row: number;
  id: string;
  /** Raw progress, unclamped (1.2 = 120%); null when the row has a problem that prevents it. */
  progress: number | null;
  score: number | null;
  status: Status | null;
  forecast: number | null;
  /** The rule and arithmetic in the sheet's own numbers, for the cell note and the sidebar. */
  explanation: string;
}

export interface ObjectiveResult {
  row: number;
  id: string;
  score: number | null;
  status: Status | null;
  forecast: number | null;
  explanation: string;
}

export interface KraResult {
  row: number;
  id: string;
  meetsStandard: boolean | null;
  consistency: number | null;
  health: Health | null;
  explanation: string;
}

export interface OwnerResult {
  row: number;
  name: string;
  /** Objectives in the current period. */
  objectives: number;
  /** Distinct KRA names owned. */
  kras: number;
  /** Mean score of their objectives in the current period; null when none has a score. */
  averageScore: number | null;
}

/** Everything a recalculation needs, read from the workbook in one pass. */
export interface RecalcInput {
  objectives: ObjectiveRow[];
  keyResults: KeyResultRow[];
  kras: KraRow[];
  owners: OwnerRow[];
  /** The Check-ins sheet, oldest first. */
  checkIns: CheckIn[];
  /** ISO date of "today" in the spreadsheet's time zone. */
  today: string;
  /** The spreadsheet's locale, e.g. 'en_US' or 'de_DE'. */
  locale: string;
  /** The spreadsheet's time zone, used to read Date cells as calendar days. */
  timeZone: string;
  settings: Settings;
}

/** How the Check-ins log changes: rows to overwrite (by index into the input) and rows to add. */
export interface CheckInChanges {
  updates: { index: number; record: CheckIn }[];
  appends: CheckIn[];
}

export interface RecalcOutput {
  /** The period that contains today, e.g. '2026-Q1'. */
  currentPeriod: string;
  objectives: ObjectiveResult[];
  keyResults: KeyResultResult[];
  kras: KraResult[];
  owners: OwnerResult[];
  problems: Problem[];
  warnings: Warning[];
  checkIns: CheckInChanges;
}
