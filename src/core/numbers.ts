// Reading cells as the numbers, milestones, dates and text people mean by them, in the
// spreadsheet's locale; rounding as Sheets' ROUND does; and showing numbers in explanations.

import type { CellValue } from './types';

export type ParsedNumber =
  { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'problem'; message: string };

/** Text that means "no data yet": compared after trimming and lower-casing. */
const PLACEHOLDERS = new Set(['-', '–', '—', 'na', 'n/a', 'n.a.', 'tbd']);

/**
 * Words that scale a number (10k, $3 m, 3 million): reading them as units would lose a factor of
 * a thousand or more, so they are problems. A lone `m` is read as million, not metres.
 */
const SCALE_WORDS = new Set(
  ['k', 'm', 'mn', 'b', 'bn', 'mio', 'mrd', 'tsd', 'lakh', 'crore'].concat(
    ['thousand', 'million', 'billion'].flatMap((word) => [word, `${word}s`]),
  ),
);

/** Languages whose locales write 5,9 for five point nine (Sheets follows CLDR). */
const DECIMAL_COMMA_LANGUAGES = new Set(
  (
    'af az be bg bs ca cs da de el es et eu fi fo fr gl hr hu hy id is it ka kk ky lb lt lv mk mn ' +
    'nb nl nn no pl pt ro ru sk sl sq sr sv tr uk uz vi'
  ).split(' '),
);

/** Locales of a decimal-comma language that write a decimal point. */
const DECIMAL_POINT_EXCEPTIONS = new Set(['es_mx', 'es_us', 'es_pr', 'de_ch', 'it_ch', 'de_li']);

const SWISS_LOCALES = new Set(['de_ch', 'it_ch', 'de_li']);

interface Separators {
  decimal: string;
  /** Each of these may group thousands, three digits at a time. */
  groups: string[];
}

/** The decimal and thousands separators a person in `locale` types. */
function separatorsFor(locale: string): Separators {
  const folded = locale.trim().toLowerCase().replace('-', '_');
  const language = folded.split('_')[0];

  if (SWISS_LOCALES.has(folded)) return { decimal: '.', groups: ["'", '’'] };
  if (DECIMAL_COMMA_LANGUAGES.has(language) && !DECIMAL_POINT_EXCEPTIONS.has(folded)) {
    return { decimal: ',', groups: ['.', ' '] };
  }
  return { decimal: '.', groups: [','] };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A sign, a currency sign, the digits, then a percent, a currency sign or unit words. */
function numberPattern({ decimal, groups }: Separators): RegExp {
  const point = escapeRegExp(decimal);
  const grouped = groups.map((group) => `\\d{1,3}(?:${escapeRegExp(group)}\\d{3})+`).join('|');
  const digits = `(?:(?:${grouped}|\\d+)(?:${point}\\d+)?|${point}\\d+)`;
  const currency = '[$€£¥]';
  const sign = '[+\\-−]';
  const unit = '\\p{L}[\\p{L}./]*';
  return new RegExp(
    `^(${sign})?\\s?(${currency})?\\s?(${sign})?(${digits})` +
      `(?:\\s?(%)|\\s?(${currency})|((?:\\s${unit})+))?$`,
    'u',
  );
}

const patterns = new Map<string, { separators: Separators; pattern: RegExp }>();

function patternFor(locale: string): { separators: Separators; pattern: RegExp } {
  const cached = patterns.get(locale);
  if (cached) return cached;

  const separators = separatorsFor(locale);
  const entry = { separators, pattern: numberPattern(separators) };
  patterns.set(locale, entry);
  return entry;
}

/** Quotes what the user typed, shortened so a message stays one line. */
export function quote(text: string): string {
  return text.length > 40 ? `"${text.slice(0, 39)}…"` : `"${text}"`;
}

const problem = (message: string): ParsedNumber => ({ kind: 'problem', message });

/** Reads a cell as a number the way a person typed it; never throws, never returns NaN. */
export function parseNumber(value: CellValue, locale: string): ParsedNumber {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : notANumber(String(value));
  }
  if (typeof value === 'boolean') return notANumber(value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) return notANumber('a date');
  if (typeof value !== 'string') return notANumber('something else');

  const text = value.replace(/[\u00a0\u2007\u202f\s]+/g, ' ').trim();
  if (text === '' || PLACEHOLDERS.has(text.toLowerCase())) return { kind: 'blank' };

  return matchNumber(text, locale) ?? notANumber(quote(text), hintFor(text, locale));
}

/** The one sentence every unreadable number gets: what was found, then a hint when there is one. */
function notANumber(found: string, hint = ''): ParsedNumber {
  return problem(`Expected a number, found ${found}${hint ? `: ${hint}` : ''}.`);
}

/** The number in `text` under the locale's separators; null when the text is not one. */
function matchNumber(text: string, locale: string): ParsedNumber | null {
  const { separators, pattern } = patternFor(locale);
  const match = pattern.exec(text);
  if (!match) return null;

  const [, signBefore, currencyBefore, signAfter, digits, percent, currencyAfter, units] = match;
  const hasCurrency = Boolean(currencyBefore || currencyAfter);
  if ((signBefore && signAfter) || (currencyBefore && currencyAfter) || (hasCurrency && percent)) {
    return notANumber(quote(text));
  }
  const unitWords = units ? units.trim().split(' ') : [];
  if (unitWords.some((word) => SCALE_WORDS.has(word.toLowerCase()))) {
    return notANumber(quote(text), 'write the whole number');
  }

  const plain = separators.groups
    .reduce((rest, group) => rest.split(group).join(''), digits)
    .replace(separators.decimal, '.');
  const magnitude = percent ? Number(plain) / 100 : Number(plain);
  const negative = (signBefore ?? signAfter ?? '+') !== '+';
  const number = negative ? -magnitude : magnitude;

  if (!Number.isFinite(number)) return notANumber(quote(text));
  return { kind: 'number', value: number };
}

/** A hint for the common slips: 10k, 12h, and the other locale's decimal separator. */
function hintFor(text: string, locale: string): string {
  if (/^#[A-Z0-9/]+[!?]?$/i.test(text)) return 'the cell shows an error';
  if (/^[$€£¥]?\s?[+\-−]?[\d.,]+\s?[a-z]+$/i.test(text)) {
    const suffix = text.replace(/^.*?([a-z]+)$/i, '$1').toLowerCase();
    return SCALE_WORDS.has(suffix)
      ? 'write the whole number'
      : 'put a space between the number and its unit';
  }

  const { decimal } = separatorsFor(locale);
  const otherDecimal = decimal === '.' ? ',' : '.';
  const otherLocale = decimal === '.' ? 'de_DE' : 'en_US';
  if (text.includes(otherDecimal) && matchNumber(text, otherLocale)?.kind === 'number') {
    return `in ${locale} the decimal separator is "${decimal}"`;
  }
  return '';
}

/** Rounds to two decimals as Sheets' ROUND: half away from zero on the 12-digit shown value. */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;

  const shown = Math.abs(Number(x.toPrecision(12)));
  if (shown < 0.001) return 0;
  // From 1e12 on, twelve significant digits leave no decimals to round.
  if (shown >= 1e12) return x < 0 ? -shown : shown;

  // Shifting the decimal text, not multiplying, keeps 0.285 at 28.5 rather than 28.4999...
  const rounded = Number(`${Math.round(Number(`${shown}e2`))}e-2`);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

const DONE_WORDS = new Set(['true', 'yes', 'y', 'done', 'complete', 'completed']);
const NOT_DONE_WORDS = new Set(['false', 'no', 'n', 'not done']);

/** Reads a milestone's current: done is 1, not done is 0, else a fraction 0..1 (0.5 or 50%). */
export function parseMilestone(value: CellValue, locale: string): ParsedNumber {
  if (typeof value === 'boolean') return { kind: 'number', value: value ? 1 : 0 };

  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (DONE_WORDS.has(word)) return { kind: 'number', value: 1 };
  if (NOT_DONE_WORDS.has(word)) return { kind: 'number', value: 0 };

  const parsed = parseNumber(value, locale);
  if (parsed.kind === 'number' && (parsed.value < 0 || parsed.value > 1)) {
    return problem(
      `Expected done, not done or a share from 0 to 100%, found ${shownNumber(parsed.value)}.`,
    );
  }
  if (parsed.kind === 'problem') {
    return problem(`Expected done, not done or a share from 0 to 100%, found ${quoteCell(value)}.`);
  }
  return parsed;
}

function quoteCell(value: CellValue): string {
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return quote(value.trim());
  return String(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Date cell as its calendar day in `timeZone`, or ISO text; null for anything else. */
export function isoDate(value: CellValue, timeZone: string): string | null {
  if (value instanceof Date) return dateInTimeZone(value, timeZone);
  if (typeof value !== 'string') return null;

  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;

  const [year, month, day] = match.slice(1).map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  const real = check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return real ? value.trim() : null;
}

/** One formatter per zone (null: unknown zone): making one costs far more than using it. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = DAY_FORMATS.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      format = null;
    }
    DAY_FORMATS.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is an IANA zone the platform knows (Sheets accepts no other). */
export function isKnownTimeZone(timeZone: string): boolean {
  return dayFormat(timeZone) !== null;
}

function dateInTimeZone(date: Date, timeZone: string): string | null {
  if (Number.isNaN(date.getTime())) return null;

  const format = dayFormat(timeZone);
  // An unknown zone name should not stop a recalculation: read the day in UTC instead.
  if (!format) return date.toISOString().slice(0, 10);

  const parts = format.formatToParts(date);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The trimmed text of a cell, for IDs and names: '' for blank, numbers as they print. */
export function textOf(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  return '';
}

/** A number as an explanation shows it: as typed, without float noise (0.1 + 0.2 shows 0.3). */
export function shownNumber(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** A score or ratio as an explanation shows it: two decimals, rounded as Sheets rounds. */
export function twoDecimals(x: number): string {
  return round2(x).toFixed(2);
}
