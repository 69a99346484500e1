// The template: every sheet the add-on keeps, its columns, formats, dropdowns and notes, declared
// once. Set up sheets builds from it, Recalculate status reads and writes through it.

import { METRIC_TYPES, OBJECTIVE_TYPES, REVIEW_CADENCES, type SheetKey } from '../core/types';

/** Where a dropdown takes its values from. */
export type Dropdown =
  | { kind: 'list'; values: readonly string[] }
  /** The filled cells of another sheet's column (by field key), below its header. */
  | { kind: 'column'; sheet: SheetKey; field: string };

export interface ColumnSpec {
  /** Field key used by the core (typed columns) or by the writer (computed columns). */
  field: string;
  /** The header exactly as Set up sheets writes it. */
  header: string;
  /** Other headers teams already use for this column, matched after folding case and spaces. */
  aliases?: readonly string[];
  /** Computed columns are written by Recalculate status and by nothing else. */
  computed?: boolean;
  /** A computed column a sheet set up by an earlier version may lack: runs go on without it. */
  optional?: boolean;
  /** Set up sheets hides it: the add-on's own bookkeeping, not for reading. */
  hidden?: boolean;
  /** Header used when the team already has a typed column under `header` (case 25). */
  calculatedHeader?: string;
  /** What the column holds, with an example: the header cell's note. */
  note: string;
  /** Sheets number format for the data cells. */
  numberFormat?: string;
  dropdown?: Dropdown;
  /** Column width in pixels. */
  width: number;
}

export interface SheetSpec {
  key: SheetKey | 'status';
  name: string;
  /** Columns in the order Set up sheets lays them out; computed ones side by side. */
  columns: readonly ColumnSpec[];
  /** The add-on's own sheets: protected with a warning, and rebuilt or appended by it alone. */
  ownedByAddOn?: boolean;
  /** The row that holds the headers (1 unless a note stands above them). */
  headerRow?: number;
  /** A line of text above the headers saying what the sheet is. */
  banner?: string;
  /** Banners earlier versions wrote: still the add-on's sheet; Set up sheets writes the new one. */
  earlierBanners?: readonly string[];
}

const PERCENT = '0%';
const SCORE = '0.00';
const DATE = 'yyyy-mm-dd';

/** The hidden History cell of a KRA row or key result (src/core/history.ts says what it holds). */
function historyColumn(): ColumnSpec {
  return {
    field: 'history',
    header: 'History',
    computed: true,
    optional: true,
    hidden: true,
    note: 'Kept by the add-on: what has been recorded for this row, so that recalculating need not read all of Check-ins. Please do not edit.',
    width: 80,
  };
}

/** Score, Status and Forecast: computed side by side on Objectives and on Key Results alike. */
function scoreStatusForecast(scoreNote: string, forecastNote: string): ColumnSpec[] {
  return [
    {
      field: 'score',
      header: 'Score',
      computed: true,
      calculatedHeader: 'Calculated score',
      note: scoreNote,
      numberFormat: SCORE,
      width: 70,
    },
    {
      field: 'status',
      header: 'Status',
      computed: true,
      calculatedHeader: 'Calculated status',
      note: 'Computed: Not started, On track, Needs focus, At risk, Achieved or Missed.',
      width: 100,
    },
    {
      field: 'forecast',
      header: 'Forecast',
      computed: true,
      calculatedHeader: 'Calculated forecast',
      note: forecastNote,
      numberFormat: SCORE,
      width: 80,
    },
  ];
}

const OBJECTIVES: readonly ColumnSpec[] = [
  { field: 'id', header: 'ID', note: 'A short unique ID, e.g. O1.', width: 60 },
  {
    field: 'objective',
    header: 'Objective',
    aliases: ['Objectives', 'Goal', 'OKR'],
    note: 'What you want to achieve this period, e.g. "Delight new customers".',
    width: 280,
  },
  {
    field: 'owner',
    header: 'Owner',
    aliases: ['Lead', 'Responsible', 'Assignee', 'Accountable'],
    note: 'One person from the Owners sheet, e.g. Ana Silva.',
    dropdown: { kind: 'column', sheet: 'owners', field: 'name' },
    width: 130,
  },
  {
    field: 'period',
    header: 'Period',
    aliases: ['Quarter', 'Cycle', 'Timeframe'],
    note: 'The quarter, half or year: 2026-Q1, Q1 2026, 2026-H1 or 2026.',
    width: 90,
  },
  {
    field: 'type',
    header: 'Type',
    aliases: ['OKR type', 'Objective type'],
    note: 'Aspirational (0.7 is success, the default) or Committed (1.0 is expected).',
    dropdown: { kind: 'list', values: OBJECTIVE_TYPES },
    width: 110,
  },
  {
    field: 'kra',
    header: 'KRA',
    aliases: ['Key result area', 'KRA ID'],
    note: 'The ID of the KRA this objective accelerates, e.g. A1. The sidebar suggests one.',
    dropdown: { kind: 'column', sheet: 'kras', field: 'id' },
    width: 70,
  },
  {
    field: 'parent',
    header: 'Parent',
    aliases: ['Parent objective', 'Aligned to'],
    note: 'The ID of a higher objective this one supports, e.g. O1. Leave blank if none.',
    dropdown: { kind: 'column', sheet: 'objectives', field: 'id' },
    width: 70,
  },
  ...scoreStatusForecast(
    "Computed: weighted mean of the key results' scores, 0.00 to 1.00.",
    'Computed: the score expected at the end of the period at the current pace.',
  ),
  {
    field: 'notes',
    header: 'Notes',
    aliases: ['Note', 'Comments', 'Comment'],
    note: 'Anything the team wants to say.',
    width: 200,
  },
];

const KEY_RESULTS: readonly ColumnSpec[] = [
  { field: 'id', header: 'ID', note: 'A short unique ID, e.g. KR1.', width: 60 },
  {
    field: 'objectiveId',
    header: 'Objective ID',
    aliases: ['Objective', 'OKR ID', 'Parent objective'],
    note: 'The ID of the objective this key result measures, e.g. O1.',
    dropdown: { kind: 'column', sheet: 'objectives', field: 'id' },
    width: 90,
  },
  {
    field: 'keyResult',
    header: 'Key result',
    aliases: ['KR', 'Key results', 'Result'],
    note: 'A measurable outcome, e.g. "Cut first response time from 12 h to 4 h".',
    width: 280,
  },
  {
    field: 'owner',
    header: 'Owner',
    aliases: ['Lead', 'Responsible', 'Assignee', 'Accountable'],
    note: "One person from the Owners sheet; blank means the objective's owner.",
    dropdown: { kind: 'column', sheet: 'owners', field: 'name' },
    width: 130,
  },
  {
    field: 'metricType',
    header: 'Metric type',
    aliases: ['Metric', 'Type', 'Direction', 'KR type'],
    note: 'Increase to, Decrease to, Stay at or above, Stay at or below or Milestone. Blank: inferred from start and target.',
    dropdown: { kind: 'list', values: METRIC_TYPES },
    width: 130,
  },
  {
    field: 'start',
    header: 'Start',
    aliases: ['Baseline', 'Initial', 'Initial value', 'Starting value', 'From'],
    note: 'Where the metric stood at the start, e.g. 12. Blank means 0 for Increase to.',
    width: 80,
  },
  {
    field: 'target',
    header: 'Target',
    aliases: ['Goal', 'Target value', 'To'],
    note: 'Where the metric should be at the end of the period, e.g. 4.',
    width: 80,
  },
  {
    field: 'current',
    header: 'Current',
    aliases: ['Actual', 'Real', 'Value', 'Current value', 'Latest'],
    note: 'Where it stands now, e.g. 7. Blank or N/A means not started.',
    width: 80,
  },
  {
    field: 'weight',
    header: 'Weight',
    aliases: ['Weightage', 'Weighting'],
    note: 'How much this key result counts in its objective; blank means 1, 0 leaves it out.',
    width: 70,
  },
  {
    field: 'confidence',
    header: 'Confidence',
    note: 'How sure the owner is of reaching the target, 1 to 10, e.g. 7.',
    width: 90,
  },
  {
    field: 'lastCheckIn',
    header: 'Last check-in',
    aliases: ['Last update', 'Updated', 'Last updated'],
    note: 'The date of the last check-in, e.g. 2026-02-14.',
    numberFormat: DATE,
    width: 100,
  },
  {
    field: 'progress',
    header: 'Progress',
    computed: true,
    calculatedHeader: 'Calculated progress',
    note: 'Computed: how far from start to target, unclamped (120% is overachieved).',
    numberFormat: PERCENT,
    width: 80,
  },
  {
    field: 'progressBar',
    header: 'Progress bar',
    computed: true,
    note: 'Computed: progress as a bar of ten blocks.',
    width: 100,
  },
  ...scoreStatusForecast(
    'Computed: progress clamped to 0..1, two decimals.',
    'Computed: the score expected at the end of the period.',
  ),
  {
    field: 'trend',
    header: 'Trend',
    computed: true,
    note: 'Computed: the recorded values of this period, oldest first.',
    width: 90,
  },
  historyColumn(),
  {
    field: 'notes',
    header: 'Notes',
    aliases: ['Note', 'Comments', 'Comment', 'Scoring note'],
    note: 'Anything the team wants to say.',
    width: 200,
  },
];

const KRAS: readonly ColumnSpec[] = [
  { field: 'id', header: 'ID', note: 'A unique ID per indicator row, e.g. A1.', width: 60 },
  {
    field: 'kra',
    header: 'KRA',
    aliases: ['Key result area', 'Area', 'Responsibility'],
    note: 'The area of responsibility, e.g. "Customer support". One row per indicator.',
    width: 200,
  },
  {
    field: 'owner',
    header: 'Owner',
    aliases: ['Lead', 'Responsible', 'Accountable'],
    note: 'One person from the Owners sheet.',
    dropdown: { kind: 'column', sheet: 'owners', field: 'name' },
    width: 130,
  },
  {
    field: 'indicator',
    header: 'Indicator',
    aliases: ['KPI', 'Performance indicator', 'Measure'],
    note: 'What is measured, e.g. "CSAT".',
    width: 200,
  },
  {
    field: 'comparator',
    header: 'Comparator',
    note: '>= (at least) or <= (at most).',
    dropdown: { kind: 'list', values: ['>=', '<='] },
    width: 90,
  },
  {
    field: 'standard',
    header: 'Standard',
    aliases: ['Threshold', 'Target'],
    note: 'The level to hold, e.g. 85%.',
    width: 80,
  },
  {
    field: 'actual',
    header: 'Actual',
    aliases: ['Current', 'Value'],
    note: 'The latest measurement, e.g. 88%.',
    width: 80,
  },
  {
    field: 'weight',
    header: 'Weight',
    aliases: ['Weightage', 'Weighting'],
    note: "This row's share of its owner's KRA work; one owner's rows add up to 100 (or 100%).",
    width: 70,
  },
  {
    field: 'reviewCadence',
    header: 'Review cadence',
    aliases: ['Cadence', 'Review'],
    note: 'Quarterly (the default), Semi-annual or Annual.',
    dropdown: { kind: 'list', values: REVIEW_CADENCES },
    width: 110,
  },
  {
    field: 'lastReview',
    header: 'Last review',
    aliases: ['Reviewed', 'Last reviewed'],
    note: 'When the KRA was last reviewed, e.g. 2026-01-10.',
    numberFormat: DATE,
    width: 100,
  },
  {
    field: 'meetsStandard',
    header: 'Meets standard',
    computed: true,
    note: 'Computed: yes or no by the comparator; blank when Actual is blank.',
    width: 110,
  },
  {
    field: 'consistency',
    header: 'Consistency',
    computed: true,
    note: 'Computed: share of recorded days in the review window that met the standard.',
    numberFormat: PERCENT,
    width: 100,
  },
  {
    field: 'health',
    header: 'Health',
    computed: true,
    calculatedHeader: 'Calculated health',
    note: 'Computed: Healthy (consistency at least 90%), Watch, or Breach (not met now).',
    width: 90,
  },
  historyColumn(),
];

const OWNERS: readonly ColumnSpec[] = [
  {
    field: 'name',
    header: 'Name',
    aliases: ['Owner', 'Person'],
    note: 'A person who owns objectives or KRAs, e.g. Ana Silva.',
    width: 150,
  },
  {
    field: 'email',
    header: 'Email',
    aliases: ['E-mail'],
    note: 'e.g. ana@example.com',
    width: 180,
  },
  { field: 'role', header: 'Role', aliases: ['Title'], note: 'e.g. Support lead.', width: 140 },
  { field: 'team', header: 'Team', aliases: ['Department'], note: 'e.g. Support.', width: 110 },
  {
    field: 'objectives',
    header: 'Objectives',
    computed: true,
    note: 'Computed: objectives owned in the current period.',
    width: 90,
  },
  {
    field: 'kras',
    header: 'KRAs',
    computed: true,
    note: 'Computed: distinct KRA names owned.',
    width: 60,
  },
  {
    field: 'averageScore',
    header: 'Average score',
    computed: true,
    note: 'Computed: mean score of their objectives in the current period.',
    numberFormat: SCORE,
    width: 100,
  },
];

const CHECK_INS: readonly ColumnSpec[] = [
  { field: 'date', header: 'Date', note: 'The day recorded.', numberFormat: DATE, width: 100 },
  { field: 'kind', header: 'Kind', note: 'KRA or Key result.', width: 90 },
  { field: 'id', header: 'ID', note: 'The KRA row or key result.', width: 70 },
  { field: 'value', header: 'Value', note: 'The actual or current recorded.', width: 80 },
  { field: 'standard', header: 'Standard', note: 'The standard in force (KRA).', width: 80 },
  { field: 'met', header: 'Met', note: 'Whether the standard was met (KRA).', width: 60 },
  { field: 'confidence', header: 'Confidence', note: 'Confidence 1 to 10.', width: 90 },
  { field: 'note', header: 'Note', note: 'What was said at the check-in.', width: 240 },
];

export const TEMPLATE = {
  objectives: { key: 'objectives', name: 'Objectives', columns: OBJECTIVES },
  keyResults: { key: 'keyResults', name: 'Key Results', columns: KEY_RESULTS },
  kras: { key: 'kras', name: 'KRAs', columns: KRAS },
  owners: { key: 'owners', name: 'Owners', columns: OWNERS },
  status: { key: 'status', name: 'Status', columns: [], ownedByAddOn: true },
  checkIns: {
    key: 'checkIns',
    name: 'Check-ins',
    columns: CHECK_INS,
    ownedByAddOn: true,
    headerRow: 2,
    banner:
      'Kept by OKR & KRA Tracker: one row per recorded value, the journal of what was recorded when. Please do not edit: the add-on counts from the hidden History cells, rebuilt from this log by Set up sheets.',
    earlierBanners: [
      'Kept by OKR & KRA Tracker: one row per recorded value. Please do not edit; KRA consistency is computed from this log.',
    ],
  },
} as const satisfies Record<SheetKey | 'status', SheetSpec>;

/** The sheets in the order Set up sheets creates them. */
export const SHEET_ORDER = [
  'objectives',
  'keyResults',
  'kras',
  'owners',
  'status',
  'checkIns',
] as const;

/** Developer metadata key that marks a column as the add-on's computed column. */
export const COMPUTED_COLUMN_KEY = 'okrKra.computed';
