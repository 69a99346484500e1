// Periods (quarters, halves, years) and the ISO-date arithmetic behind elapsed time. Dates are
// 'YYYY-MM-DD' strings; all arithmetic is on UTC midnights, so no time zone can shift a day.

import type { CellValue } from './types';

export interface Period {
  /** Canonical spelling: '2026-Q1', '2026-H1' or '2026'. */
  key: string;
  /** First day, ISO. */
  start: string;
  /** Last day, ISO, inclusive. */
  end: string;
  lengthDays: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of an ISO date; a malformed date is a programming error, not a user's typo. */
function utcMs(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);

  const [year, month, day] = match.slice(1).map(Number);
  return Date.UTC(year, month - 1, day);
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoOf(utcMs(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** The same day `months` later (or earlier), kept inside the month: Jan 31 + 1 month = Feb 28. */
export function addMonths(iso: string, months: number): string {
  const date = new Date(utcMs(iso));
  const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return isoOf(Date.UTC(year, month, day));
}

/** A period of `months` months from the first day of `firstMonth` (1..12). */
function periodOf(key: string, year: number, firstMonth: number, months: number): Period {
  const start = isoOf(Date.UTC(year, firstMonth - 1, 1));
  const end = addDays(addMonths(start, months), -1);
  return { key, start, end, lengthDays: daysBetween(start, end) + 1 };
}

function quarter(year: number, quarterNumber: number): Period {
  return periodOf(`${year}-Q${quarterNumber}`, year, (quarterNumber - 1) * 3 + 1, 3);
}

function half(year: number, halfNumber: number): Period {
  return periodOf(`${year}-H${halfNumber}`, year, (halfNumber - 1) * 6 + 1, 6);
}

function fullYear(year: number): Period {
  return periodOf(String(year), year, 1, 12);
}

// Year first ("2026-Q1", "2026 Q1", "2026Q1") or part first ("Q1 2026", "Q1-2026").
const YEAR_FIRST = /^(\d{4})\s*[-–/ ]?\s*([QH])(\d)$/;
const PART_FIRST = /^([QH])(\d)\s*[-–/ ]?\s*(\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;

// Periods run from year 1000 to 9998: the day after a period in 9999 has no four-digit year.
const FIRST_YEAR = 1000;
const LAST_YEAR = 9998;

function inRange(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

function partOf(year: number, letter: string, part: number): Period | null {
  if (!inRange(year)) return null;
  if (letter === 'Q' && part >= 1 && part <= 4) return quarter(year, part);
  if (letter === 'H' && part >= 1 && part <= 2) return half(year, part);
  return null;
}

/** Reads a period cell in any of its spellings; null when blank or unreadable. */
export function parsePeriod(value: CellValue): Period | null {
  if (typeof value === 'number') {
    return inRange(value) ? fullYear(value) : null;
  }
  if (typeof value !== 'string') return null;

  const text = value.replace(/\s+/g, ' ').trim().toUpperCase();
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return partOf(Number(yearFirst[1]), yearFirst[2], Number(yearFirst[3]));

  const partFirst = PART_FIRST.exec(text);
  if (partFirst) return partOf(Number(partFirst[3]), partFirst[1], Number(partFirst[2]));

  const yearOnly = YEAR_ONLY.exec(text);
  return yearOnly && inRange(Number(yearOnly[1])) ? fullYear(Number(yearOnly[1])) : null;
}

/** Elapsed fraction `t`: whole days since the first day over the length, clamped to 0..1. */
export function elapsedFraction(period: Period, today: string): number {
  const elapsedDays = daysBetween(period.start, today);
  return Math.min(1, Math.max(0, elapsedDays / period.lengthDays));
}

/** The calendar quarter that contains `today`, e.g. '2026-Q1'. */
export function currentPeriodKey(today: string): string {
  const date = new Date(utcMs(today));
  return quarter(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) + 1).key;
}

/** The period after this one, of the same kind: 2026-Q4 gives 2027-Q1; null when unreadable. */
export function nextPeriodKey(key: string): string | null {
  const period = parsePeriod(key);
  if (!period) return null;

  const nextStart = addDays(period.end, 1);
  const year = Number(nextStart.slice(0, 4));
  const month = Number(nextStart.slice(5, 7));
  const kind = period.key.charAt(5);
  if (kind === 'Q') return quarter(year, Math.floor((month - 1) / 3) + 1).key;
  if (kind === 'H') return half(year, month <= 6 ? 1 : 2).key;
  return fullYear(year).key;
}
