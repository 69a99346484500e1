// KRA indicators: whether each meets its standard today, how consistently it has in its review
// window, its health, and what the Check-ins log records for today.

import { isoDate, parseNumber, shownNumber, textOf } from './numbers';
import { addMonths } from './periods';
import type { CellValue, CheckIn, CheckInChanges, Health, KraResult, KraRow } from './types';
import type { Problem } from './types';

export type Comparator = '>=' | '<=';

/** Consistency at or above this share of recorded days is Healthy (DOMAIN.md, fixed). */
const HEALTHY_CONSISTENCY = 0.9;

/** Consistency keeps 4 decimals: enough for a percent cell with two decimals. */
const CONSISTENCY_SCALE = 10_000;

/** Comparators by their spelling with case and spaces folded away. */
const COMPARATORS = new Map<string, Comparator>([
  ['>=', '>='],
  ['≥', '>='],
  ['atleast', '>='],
  ['<=', '<='],
  ['≤', '<='],
  ['atmost', '<='],
]);

/** Review windows in months by cadence (case, spaces, hyphens folded); blank is Quarterly. */
const CADENCE_MONTHS = new Map<string, number>([
  ['', 3],
  ['quarterly', 3],
  ['semiannual', 6],
  ['semiannually', 6],
  ['halfyearly', 6],
  ['annual', 12],
  ['annually', 12],
  ['yearly', 12],
]);

/** `>=`, `≥`, `at least`, `<=`, `≤`, `at most` in any case and spacing; null otherwise. */
export function parseComparator(value: CellValue): Comparator | null {
  return COMPARATORS.get(textOf(value).toLowerCase().replace(/\s+/g, '')) ?? null;
}

/** Months in a review window: 3 for Quarterly or blank, 6 Semi-annual, 12 Annual; else null. */
export function reviewMonths(value: CellValue): number | null {
  return (
    CADENCE_MONTHS.get(
      textOf(value)
        .toLowerCase()
        .replace(/[\s-]+/g, ''),
    ) ?? null
  );
}

export function meetsStandard(actual: number, comparator: Comparator, standard: number): boolean {
  return comparator === '>=' ? actual >= standard : actual <= standard;
}

/** What a person typed, quoted and cut short so a message stays one line. */
const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;

/** A row's cells once read; null numbers are blank cells. */
interface Indicator {
  comparator: Comparator | null;
  standard: number | null;
  actual: number | null;
  windowMonths: number;
  /** The first problem on a cell the health depends on: the row then gets no health. */
  blocked: string | null;
}

/**
 * Meets standard, consistency and health per KRA row, and today's records for the Check-ins log.
 * Consistency counts recorded days after `addMonths(today, -window)` up to today, today's reading
 * replacing an earlier run's; a row without an ID is not logged, so only today counts for it.
 */
export function computeKras(input: {
  kras: KraRow[];
  checkIns: CheckIn[];
  today: string;
  locale: string;
  timeZone: string;
}): { kras: KraResult[]; problems: Problem[]; checkIns: CheckInChanges } {
  const { today, checkIns } = input;
  const log = indexKraLog(checkIns);
  const problems: Problem[] = [];
  const results: KraResult[] = [];
  const changes: CheckInChanges = { updates: [], appends: [] };
  const recordedIds = new Set<string>();
  const indicators = input.kras.map((row) =>
    readIndicator(row, input.locale, input.timeZone, problems),
  );
  const loggedToday = loggedVerdicts(input.kras, indicators);

  input.kras.forEach((row, i) => {
    const id = textOf(row.id);
    const indicator = indicators[i];
    const { actual, standard, blocked } = indicator;
    if (blocked !== null) {
      results.push({ row: row.row, id, ...NO_VERDICT, explanation: `No health: ${blocked}` });
      return;
    }

    // Each recorded day's verdict, today's reading replacing an earlier run's.
    const days = new Map<string, boolean>();
    for (const [date, index] of log.get(id) ?? []) {
      const met = checkIns[index].met;
      if (met !== null) days.set(date, met);
    }
    // What the ID logs today counts for each of its rows now, as it will from the log on a second
    // run: a duplicated ID's rows then read the same days whichever row comes first.
    const logged = loggedToday.get(id);
    if (logged !== undefined) days.set(today, logged);
    const met = verdictOf(indicator);
    if (actual !== null && met !== null) {
      days.set(today, met);
      // With a duplicated ID only the first row is logged; duplicate-id tells the user.
      if (id !== '' && !recordedIds.has(id)) {
        recordedIds.add(id);
        const record = checkIn(today, 'KRA', id, actual, standard, met);
        const index = log.get(id)?.get(today);
        if (index === undefined) changes.appends.push(record);
        else changes.updates.push({ index, record });
      }
    }

    const count = countDays(days, today, indicator.windowMonths);
    const health = healthOf(met, count.consistency);
    const explanation = explain(indicator, met, count, health);
    results.push({
      row: row.row,
      id,
      meetsStandard: met,
      consistency: count.consistency,
      health,
      explanation,
    });
  });

  return { kras: results, problems, checkIns: changes };
}

/** Whether the actual meets the standard today; null when either or the comparator is blank. */
function verdictOf({ comparator, standard, actual }: Indicator): boolean | null {
  return actual === null || comparator === null || standard === null
    ? null
    : meetsStandard(actual, comparator, standard);
}

/** Today's verdict each ID logs: its first row's with a reading (duplicate-id tells the user). */
function loggedVerdicts(rows: KraRow[], indicators: Indicator[]): Map<string, boolean> {
  const verdicts = new Map<string, boolean>();
  rows.forEach((row, i) => {
    const id = textOf(row.id);
    const met = indicators[i].blocked === null ? verdictOf(indicators[i]) : null;
    if (id !== '' && met !== null && !verdicts.has(id)) verdicts.set(id, met);
  });
  return verdicts;
}

const NO_VERDICT = { meetsStandard: null, consistency: null, health: null } as const;

function checkIn(
  date: string,
  kind: CheckIn['kind'],
  id: string,
  value: number,
  standard: number | null,
  met: boolean | null,
): CheckIn {
  return { date, kind, id, value, standard, met, confidence: null, note: '' };
}

/** Recorded days in the window, after `addMonths(today, -months)` up to today, and those met. */
function countDays(days: Map<string, boolean>, today: string, months: number) {
  const windowStart = addMonths(today, -months);
  let recorded = 0;
  let metDays = 0;
  for (const [date, met] of days) {
    if (date <= windowStart || date > today) continue;
    recorded++;
    if (met) metDays++;
  }
  const consistency =
    recorded === 0
      ? null
      : Math.round((metDays / recorded) * CONSISTENCY_SCALE) / CONSISTENCY_SCALE;
  return { recorded, metDays, consistency };
}

/** Reads a row's cells, adding a problem (sheet 'kras') for each bad one. */
function readIndicator(
  row: KraRow,
  locale: string,
  timeZone: string,
  problems: Problem[],
): Indicator {
  const blockers: string[] = [];
  const problem = (field: string, message: string, blocks: boolean) => {
    problems.push({ sheet: 'kras', row: row.row, field, message });
    if (blocks) blockers.push(message);
  };
  const number = (field: 'standard' | 'actual' | 'weight', blocks: boolean): number | null => {
    const parsed = parseNumber(row[field], locale);
    if (parsed.kind === 'problem') problem(field, parsed.message, blocks);
    return parsed.kind === 'number' ? parsed.value : null;
  };

  const standard = number('standard', true);
  const actual = number('actual', true);
  // Weight and Last review feed the checks, not the health: a bad one is reported only.
  const weight = number('weight', false);
  if (weight !== null && weight < 0) problem('weight', 'A weight cannot be negative.', false);
  const lastReview = textOf(row.lastReview);
  if (lastReview !== '' && isoDate(row.lastReview, timeZone) === null) {
    problem('lastReview', `Expected a date, found ${quoted(lastReview)}.`, false);
  }

  const comparator = parseComparator(row.comparator);
  if (comparator === null && actual !== null) {
    const typed = textOf(row.comparator);
    const message =
      typed === ''
        ? 'An indicator with an actual needs a comparator: >= or <=.'
        : `Expected a comparator (>=, <=, at least, at most), found ${quoted(typed)}.`;
    problem('comparator', message, true);
  }
  if (standard === null && actual !== null && blockers.length === 0) {
    problem('standard', 'An indicator with an actual needs a standard.', true);
  }
  const windowMonths = reviewMonths(row.reviewCadence);
  if (windowMonths === null) {
    const typed = textOf(row.reviewCadence);
    problem(
      'reviewCadence',
      `Expected Quarterly, Semi-annual or Annual, found ${quoted(typed)}.`,
      true,
    );
  }

  return {
    comparator,
    standard,
    actual,
    windowMonths: windowMonths ?? 3,
    blocked: blockers[0] ?? null,
  };
}

/** KRA records by ID, then by date, to their index in the log; a later record of a day wins. */
function indexKraLog(checkIns: CheckIn[]): Map<string, Map<string, number>> {
  const log = new Map<string, Map<string, number>>();
  checkIns.forEach((record, index) => {
    if (record.kind !== 'KRA') return;
    const days = log.get(record.id) ?? new Map<string, number>();
    log.set(record.id, days.set(record.date, index));
  });
  return log;
}

/**
 * The key results' check-ins for today: a current is recorded when it differs from that key
 * result's last recorded value, so the log grows with changes, not days; blank records nothing.
 */
export function planKeyResultCheckIns(
  keyResults: { id: string; current: number | null }[],
  checkIns: CheckIn[],
  today: string,
): CheckIn[] {
  const lastValue = new Map<string, number>();
  for (const record of checkIns) {
    if (record.kind === 'Key result') lastValue.set(record.id, record.value);
  }

  // A duplicated ID is logged from its first row only, as a KRA's is: two rows logging each
  // other's value on every run would make the log grow with days.
  const seen = new Set<string>();
  const appends: CheckIn[] = [];
  for (const { id, current } of keyResults) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (id === '' || current === null || lastValue.get(id) === current) continue;
    appends.push(checkIn(today, 'Key result', id, current, null, null));
  }
  return appends;
}

/** Breach when the standard is missed now, else Healthy or Watch by consistency as rounded. */
function healthOf(met: boolean | null, consistency: number | null): Health | null {
  if (met === null) return null;
  if (!met) return 'Breach';
  return (consistency ?? 0) >= HEALTHY_CONSISTENCY ? 'Healthy' : 'Watch';
}

/** A share as the explanation shows it: two decimals, or the four it keeps (0.8967). */
function shownShare(share: number): string {
  const text = shownNumber(share);
  return (text.split('.')[1]?.length ?? 0) >= 2 ? text : share.toFixed(2);
}

function explain(
  { comparator, standard, actual, windowMonths }: Indicator,
  met: boolean | null,
  days: { metDays: number; recorded: number; consistency: number | null },
  health: Health | null,
): string {
  const rule =
    comparator !== null && standard !== null ? `${comparator} ${shownNumber(standard)}` : '';
  const sentences: string[] = [];
  if (actual === null || met === null) sentences.push('No actual yet, so no health.');
  else
    sentences.push(
      `Actual ${shownNumber(actual)} ${rule}: ${met ? 'meets' : 'misses'} the standard.`,
    );

  if (days.consistency !== null) {
    sentences.push(
      `Consistency: ${days.metDays} of ${days.recorded} recorded days in the last ` +
        `${windowMonths} months met${rule ? ` ${rule}` : ''} = ${shownShare(days.consistency)}.`,
    );
  }
  if (health === 'Breach') sentences.push('Health: Breach, as the standard is not met now.');
  else if (health !== null) {
    const relation = health === 'Healthy' ? '>=' : '<';
    sentences.push(
      `Health: ${health}, as consistency ${relation} ${HEALTHY_CONSISTENCY.toFixed(2)}.`,
    );
  }
  return sentences.join(' ');
}
