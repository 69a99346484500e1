// fast-check arbitraries for whole workbooks as teams bring them: any cell of any type, blank rows,
// and columns missing, reordered, doubled or renamed to an alias, among columns of their own.

import fc from 'fast-check';

import { METRIC_TYPES } from '../../src/core/types';
import { TEMPLATE, type ColumnSpec, type SheetSpec } from '../../src/sheets/template';
import {
  ERROR_CODES,
  FORMULA_TEXTS,
  HUGE_NUMBERS,
  NUMBER_TEXTS,
  ODD_TEXTS,
  RETYPED_TEXTS,
  SCRIPT_TEXTS,
  type UserCell,
} from './hostileCells';

export const TYPED_SPECS: readonly SheetSpec[] = [
  TEMPLATE.objectives,
  TEMPLATE.keyResults,
  TEMPLATE.kras,
  TEMPLATE.owners,
];

export interface RandomWorkbook {
  locale: string;
  timeZone: string;
  /** Sheet name -> rows, header first; a typed sheet left out is one the team does not have. */
  sheets: Record<string, UserCell[][]>;
}

const text = (values: readonly string[]) => fc.constantFrom(...values);

/** Any cell at all, the hostile ones often. */
export const anyCell: fc.Arbitrary<UserCell> = fc.oneof(
  { arbitrary: fc.constant(''), weight: 4 },
  { arbitrary: text(FORMULA_TEXTS), weight: 2 },
  { arbitrary: text(SCRIPT_TEXTS), weight: 1 },
  { arbitrary: text(RETYPED_TEXTS), weight: 1 },
  { arbitrary: text(NUMBER_TEXTS), weight: 2 },
  { arbitrary: text(ODD_TEXTS), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 2 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.constantFrom(...HUGE_NUMBERS), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  {
    arbitrary: fc.date({
      min: new Date('1900-03-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(...ERROR_CODES).map((error) => ({ error })), weight: 1 },
  { arbitrary: text(ERROR_CODES), weight: 1 },
);

const NUMBERS: fc.Arbitrary<UserCell> = fc.oneof(
  fc.integer({ min: -20, max: 120 }),
  fc.constantFrom(0, 0.5, 0.7, 1, 0.45, 100, 3.75),
  text(['45%', '1,200', '5,9', ' 7 ', '\u00a07\u00a0', '120 days', '$3,000', '', 'N/A']),
);

/** Values a field usually holds, so that rows link up and reach scores, statuses and health. */
const FIELD_VALUES: Record<string, fc.Arbitrary<UserCell>> = {
  id: text(['O1', 'O2', 'O3', 'KR1', 'KR2', 'A1', 'A2', '']),
  objectiveId: text(['O1', 'O2', 'O3', '', 'X9']),
  kra: text(['A1', 'A2', 'Customer support', '']),
  parent: text(['O1', 'O2', '']),
  owner: text(['Ana', 'Raj', 'Bo', 'Ana & Raj', 'R&D', '']),
  name: text(['Ana', 'Raj', 'Bo', '']),
  period: text(['2026-Q1', 'Q1 2026', '2026 Q1', '2026-H1', '2026', '2025-Q4', 'Q5 2026', '']),
  type: text(['Aspirational', 'Committed', 'committed', 'Stretch', '']),
  metricType: text([...METRIC_TYPES, 'increase', 'Up', '']),
  start: NUMBERS,
  target: NUMBERS,
  current: fc.oneof(NUMBERS, text(['TRUE', 'done', 'no', '50%'])),
  weight: NUMBERS,
  confidence: NUMBERS,
  standard: NUMBERS,
  actual: NUMBERS,
  comparator: text(['>=', '<=', '≥', 'at least', 'at most', '>', '']),
  reviewCadence: text(['Quarterly', 'Semi-annual', 'Annual', 'Weekly', '']),
};

function fieldCell(field: string | null): fc.Arbitrary<UserCell> {
  const usual = field ? FIELD_VALUES[field] : undefined;
  return usual
    ? fc.oneof({ arbitrary: usual, weight: 3 }, { arbitrary: anyCell, weight: 2 })
    : anyCell;
}

/** Headers teams write for a column: ours, an alias, or ours in odd case and spacing. */
function headerNames(column: ColumnSpec): string[] {
  const odd = `${column.header.toUpperCase().replace(/ /g, '\n')} `;
  return [column.header, ...(column.aliases ?? []), odd];
}

/** Headers of columns of their own, some sharing a name with one of our computed columns. */
const JUNK_HEADERS = [
  'Junk',
  '',
  'Status',
  'Score',
  'Calculated status',
  'Progress',
  'Forecast',
  'Health',
  '=1+1',
  '#REF!',
  'Comments from the CEO',
  'Average score',
];

interface PlannedColumn {
  header: string;
  field: string | null;
}

function columnsOf(spec: SheetSpec): fc.Arbitrary<PlannedColumn[]> {
  const typed = spec.columns.filter((c) => !c.computed);
  const perColumn = typed.map((column) =>
    fc
      .record({
        copies: fc.oneof(
          { arbitrary: fc.constant(1), weight: 6 },
          { arbitrary: fc.constant(0), weight: 2 },
          { arbitrary: fc.constant(2), weight: 1 },
        ),
        header: fc.constantFrom(...headerNames(column)),
      })
      .map(({ copies, header }) =>
        Array.from({ length: copies }, () => ({ header, field: column.field })),
      ),
  );
  const junk = fc.array(
    fc.constantFrom(...JUNK_HEADERS).map((header) => ({ header, field: null })),
    { maxLength: 3 },
  );
  return fc
    .tuple(fc.tuple(...perColumn), junk)
    .map(([columns, extra]) => [...columns.flat(), ...extra])
    .chain((columns) =>
      fc.shuffledSubarray(columns, { minLength: columns.length, maxLength: columns.length }),
    );
}

function rowsOf(columns: PlannedColumn[]): fc.Arbitrary<UserCell[][]> {
  const blankRow = fc.constant(columns.map((): UserCell => ''));
  const dataRow = fc.tuple(...columns.map((c) => fieldCell(c.field)));
  const row = fc.oneof({ arbitrary: dataRow, weight: 4 }, { arbitrary: blankRow, weight: 1 });
  return columns.length === 0 ? fc.constant([]) : fc.array(row, { maxLength: 8 });
}

/** One typed sheet: absent, present but empty, or a header row and 0 to 8 rows below it. */
function sheetOf(spec: SheetSpec): fc.Arbitrary<UserCell[][] | null> {
  const filled = columnsOf(spec).chain((columns) =>
    rowsOf(columns).map((rows) => [columns.map((c): UserCell => c.header), ...rows]),
  );
  return fc.oneof(
    { arbitrary: filled, weight: 8 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant<UserCell[][]>([]), weight: 1 },
  );
}

/** A team's own sheet beside ours, which the add-on must never touch. */
const otherSheet = fc.array(fc.array(anyCell, { maxLength: 4 }), { maxLength: 4 });

export const randomWorkbook: fc.Arbitrary<RandomWorkbook> = fc
  .record({
    locale: fc.constantFrom('en_US', 'de_DE', 'fr_FR', 'en_GB', 'pt_BR'),
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata'),
    typed: fc.tuple(...TYPED_SPECS.map(sheetOf)),
    other: otherSheet,
  })
  .map(({ locale, timeZone, typed, other }) => {
    const sheets: Record<string, UserCell[][]> = { Sheet1: other };
    TYPED_SPECS.forEach((spec, i) => {
      const rows = typed[i];
      if (rows) sheets[spec.name] = rows;
    });
    return { locale, timeZone, sheets };
  });
