// Number formats: which ones make a number a date (getValues then returns a Date) and how a value
// is shown (getDisplayValues), for the formats the add-on and typed values use. Not a full
// implementation of Sheets' format language: conditions, colours and fractions are ignored.

import { DAYS, isDateSerial, MONTHS, wallMsFromSerial } from './dates';
import { localeRules } from './locale';
import type { Cell } from './model';

/** What getNumberFormat gives for a cell left on Automatic. */
export const AUTOMATIC_FORMAT = '0.###############';

/** The format without quoted text, escapes and [colour] blocks. */
function bareFormat(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === AUTOMATIC_FORMAT || /^general$/i.test(format)) return false;
  return /[dmyhs]/i.test(bareFormat(format).replace(/E\+0+/gi, ''));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A date serial shown by a date format (tokens d, m, y, h, s, am/pm; m after h is minutes). */
export function formatDateSerial(serial: number, format: string): string {
  const wall = new Date(wallMsFromSerial(serial));
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|[dmyhs]+|[^dmyhs"\\]+/gi) ?? [];
  const twelveHour = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const hours = wall.getUTCHours();
  let previous = '';

  const parts = tokens.map((token, i) => {
    const lower = token.toLowerCase();
    const next =
      tokens
        .slice(i + 1)
        .find((t) => /^[dmyhs]+$/i.test(t))
        ?.toLowerCase() ?? '';
    let text: string;
    if (token.startsWith('"')) text = token.slice(1, -1);
    else if (token.startsWith('\\')) text = token.slice(1);
    else if (lower === 'am/pm') text = hours < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') text = hours < 12 ? 'A' : 'P';
    else if (lower[0] === 'y')
      text =
        lower.length <= 2 ? pad(wall.getUTCFullYear() % 100, 2) : String(wall.getUTCFullYear());
    else if (lower[0] === 'd') {
      if (lower.length >= 4) text = DAYS[wall.getUTCDay()];
      else if (lower.length === 3) text = DAYS[wall.getUTCDay()].slice(0, 3);
      else text = pad(wall.getUTCDate(), lower.length);
    } else if (lower[0] === 'h') {
      const h = twelveHour ? (hours % 12 === 0 ? 12 : hours % 12) : hours;
      text = pad(h, lower.length);
    } else if (lower[0] === 's') text = pad(wall.getUTCSeconds(), lower.length);
    else if (lower[0] === 'm' && (previous[0] === 'h' || next[0] === 's') && lower.length <= 2) {
      text = pad(wall.getUTCMinutes(), lower.length);
    } else if (lower[0] === 'm') {
      if (lower.length >= 4) text = MONTHS[wall.getUTCMonth()];
      else if (lower.length === 3) text = MONTHS[wall.getUTCMonth()].slice(0, 3);
      else text = pad(wall.getUTCMonth() + 1, lower.length);
    } else text = token;
    if (/^[dmyhs]+$/i.test(token)) previous = lower;
    return text;
  });
  return parts.join('');
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** A number shown by a numeric format such as 0, 0.00, #,##0, 0%, 0.00%, 0.00E+00. */
function formatNumber(value: number, format: string, locale: string): string {
  const { decimal, group } = localeRules(locale);
  const section = format.split(';')[value < 0 && format.includes(';') ? 1 : 0] ?? format;
  const bare = bareFormat(section);
  const prefix = /^(?:"([^"]*)")/.exec(section)?.[1] ?? '';
  const suffix = /(?:"([^"]*)")$/.exec(section)?.[1] ?? '';
  const percent = bare.includes('%');
  const scaled = percent ? value * 100 : value;
  const decimals = /\.([0#]+)/.exec(bare)?.[1].length ?? 0;
  const optional = /\.([0#]+)/.exec(bare)?.[1].replace(/0/g, '').length ?? 0;

  if (/E\+/i.test(bare)) {
    const [mantissa, exponent] = Math.abs(scaled).toExponential(decimals).split('e');
    const sign = Number(exponent) < 0 ? '-' : '+';
    const text = `${mantissa.replace('.', decimal)}E${sign}${pad(Math.abs(Number(exponent)), 2)}`;
    return `${scaled < 0 ? '-' : ''}${text}`;
  }

  let fixed = Math.abs(scaled).toFixed(decimals);
  if (optional > 0) fixed = fixed.replace(new RegExp(`0{1,${optional}}$`), '').replace(/\.$/, '');
  const [whole, fraction] = fixed.split('.');
  const grouped = bare.includes(',') ? groupDigits(whole, group) : whole;
  const body = fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
  const negative = scaled < 0 && Number(fixed) !== 0 && !format.includes(';');
  return `${negative ? '-' : ''}${prefix}${body}${percent ? '%' : ''}${suffix}`;
}

/** A number on Automatic: up to 10 significant digits, scientific when very large or small. */
function formatAutomatic(value: number, locale: string): string {
  const { decimal } = localeRules(locale);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15 || magnitude < 1e-9) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    const sign = Number(exponent) < 0 ? '-' : '+';
    return `${mantissa.replace('.', decimal)}E${sign}${pad(Math.abs(Number(exponent)), 2)}`;
  }
  const text = String(Number(value.toPrecision(10)));
  return text.replace('.', decimal);
}

/** What getDisplayValues shows for a cell. */
export function displayValue(cell: Cell | undefined, locale: string): string {
  if (!cell || cell.value === undefined) return '';
  const { value, numberFormat } = cell;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateFormat(numberFormat) && isDateSerial(value)) {
    return formatDateSerial(value, numberFormat ?? '');
  }
  if (!numberFormat || numberFormat === AUTOMATIC_FORMAT || /^general$/i.test(numberFormat)) {
    return formatAutomatic(value, locale);
  }
  if (numberFormat === '@') return String(value);
  return formatNumber(value, numberFormat, locale);
}
