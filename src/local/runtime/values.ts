// Range.setValues reads a string as if a person typed it into the cell: '=...' is a formula, a
// leading apostrophe keeps the rest as text, and numbers, percentages, dates, times and TRUE/FALSE
// are recognised the way the spreadsheet's locale writes them. Anything else stays text.

import { serialFromWallMs } from './dates';
import { localeRules, type LocaleRules } from './locale';

export type Typed =
  | { kind: 'empty' }
  | { kind: 'formula'; formula: string }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number; numberFormat?: string }
  | { kind: 'date'; value: number; numberFormat: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function groupPattern(group: string): string {
  // Locales that group with a (narrow) no-break space accept a plain space as typed.
  return /\s/.test(group) ? '[ \\u00a0\\u202f]' : escapeRegExp(group);
}

const numberPatterns = new Map<string, RegExp>();

function numberPattern(rules: LocaleRules): RegExp {
  const key = `${rules.group}|${rules.decimal}`;
  let pattern = numberPatterns.get(key);
  if (!pattern) {
    const g = groupPattern(rules.group);
    const d = escapeRegExp(rules.decimal);
    pattern = new RegExp(
      `^([+-]?)(\\d+|\\d{1,3}(?:${g}\\d{3})+)?(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?$`,
    );
    numberPatterns.set(key, pattern);
  }
  return pattern;
}

function readNumber(text: string, rules: LocaleRules): Typed | null {
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1).trimEnd() : text;
  const match = numberPattern(rules).exec(body);
  if (!match || (!match[2] && !match[3])) return null;

  const [, sign, whole = '', fraction = '', exponent] = match;
  const digits = whole.replace(/\D/g, '') || '0';
  let value = Number(`${sign}${digits}.${fraction || '0'}e${exponent ?? '0'}`);
  if (!Number.isFinite(value)) return null;
  if (percent) value = Number((value / 100).toPrecision(15));

  const decimals = fraction.length > 0;
  let numberFormat: string | undefined;
  if (percent) numberFormat = decimals ? '0.00%' : '0%';
  else if (exponent !== undefined) numberFormat = '0.00E+00';
  else if (/\D/.test(whole)) numberFormat = decimals ? '#,##0.00' : '#,##0';
  return { kind: 'number', value: value === 0 ? 0 : value, numberFormat };
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function fullYear(text: string | undefined, currentYear: number): number | null {
  if (text === undefined || text === '') return currentYear;
  const year = Number(text);
  if (text.length === 2) return year < 30 ? 2000 + year : 1900 + year;
  return text.length === 4 ? year : null;
}

interface Day {
  year: number;
  month: number;
  day: number;
  numberFormat: string;
}

function validDay(year: number | null, month: number, day: number, numberFormat: string) {
  if (year === null || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? { year, month, day, numberFormat } : null;
}

function readDay(text: string, rules: LocaleRules, currentYear: number): Day | null {
  const iso = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (iso) {
    const format = iso[2] === '-' ? 'yyyy-mm-dd' : `yyyy${iso[2]}m${iso[2]}d`;
    return validDay(Number(iso[1]), Number(iso[3]), Number(iso[4]), format);
  }

  const numeric = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?\.?$/.exec(text);
  if (numeric && rules.dateOrder !== 'YMD') {
    const [, a, sep, b, yearText] = numeric;
    const monthFirst = rules.dateOrder === 'MDY';
    const [month, day] = monthFirst ? [Number(a), Number(b)] : [Number(b), Number(a)];
    const dayMonth = monthFirst ? `M${sep}d` : `d${sep}M`;
    const format = yearText === undefined ? dayMonth : `${dayMonth}${sep}yyyy`;
    return validDay(fullYear(yearText, currentYear), month, day, format);
  }

  const named =
    /^([\p{L}]+)\.?[\s-]+(\d{1,2})(?:(?:,\s*|[\s-]+)(\d{4}))?$/u.exec(text) ??
    /^(\d{1,2})\.?[\s-]+([\p{L}]+)\.?(?:[\s-]+(\d{4}))?$/u.exec(text);
  if (named) {
    const monthFirst = /^\p{L}/u.test(text);
    const name = (monthFirst ? named[1] : named[2]).toLowerCase();
    const month = rules.months.get(name);
    const day = Number(monthFirst ? named[2] : named[1]);
    if (month === undefined) return null;
    const format = named[3] === undefined ? 'mmm d' : 'mmm d, yyyy';
    return validDay(fullYear(named[3], currentYear), month, day, format);
  }
  return null;
}

interface Time {
  seconds: number;
  numberFormat: string;
}

function readTime(text: string): Time | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text);
  if (!match) return null;

  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  const meridiem = match[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem && (hours < 1 || hours > 12)) return null;
  if (meridiem) hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;

  const clock = match[3] === undefined ? 'h:mm' : 'h:mm:ss';
  return {
    seconds: hours * 3600 + minutes * 60 + seconds,
    numberFormat: meridiem ? `${clock} am/pm` : clock,
  };
}

function wallSerial(day: Day | null, seconds: number): number {
  const date = new Date(0);
  if (day) date.setUTCFullYear(day.year, day.month - 1, day.day);
  else date.setUTCFullYear(1899, 11, 30);
  return serialFromWallMs(date.getTime() + seconds * 1000);
}

function readDate(text: string, rules: LocaleRules, currentYear: number): Typed | null {
  const time = readTime(text);
  if (time)
    return { kind: 'date', value: wallSerial(null, time.seconds), numberFormat: time.numberFormat };

  const day = readDay(text, rules, currentYear);
  if (day) return { kind: 'date', value: wallSerial(day, 0), numberFormat: day.numberFormat };

  const split = /^(.+?)(?:\s+|T)(\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)$/i.exec(text);
  if (!split) return null;
  const datePart = readDay(split[1], rules, currentYear);
  const timePart = readTime(split[2]);
  if (!datePart || !timePart) return null;
  return {
    kind: 'date',
    value: wallSerial(datePart, timePart.seconds),
    numberFormat: `${datePart.numberFormat} ${timePart.numberFormat}`,
  };
}

/** What a person typing `input` into a cell of a spreadsheet in `locale` gets. */
export function readTyped(input: string, locale: string, currentYear: number): Typed {
  if (input === '') return { kind: 'empty' };
  if (input.startsWith("'")) return { kind: 'text', value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', formula: input };

  const text = input.trim();
  if (/^(true|false)$/i.test(text))
    return { kind: 'boolean', value: text.toLowerCase() === 'true' };

  const rules = localeRules(locale);
  return (
    readNumber(text, rules) ?? readDate(text, rules, currentYear) ?? { kind: 'text', value: input }
  );
}
