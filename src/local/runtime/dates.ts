// Dates as Sheets keeps them: a cell holds a wall-clock serial day number in the spreadsheet's time
// zone; Apps Script hands out the instant of that wall clock in that zone. Also
// Utilities.formatDate's Java-style patterns.

const DAY_MS = 86_400_000;
/** Serial day 0 is 1899-12-30, as in Sheets and Excel. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

/** Whether Intl knows the zone (Sheets accepts IANA names only). */
export function isTimeZone(timeZone: string): boolean {
  try {
    partsFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of `instantMs` in `timeZone`, as milliseconds of a UTC date with those fields. */
export function wallClockMs(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of partsFormat(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type === 'era') bc = part.value === 'BC';
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = bc ? 1 - fields.year : fields.year;
  const wall = new Date(0);
  wall.setUTCFullYear(year, fields.month - 1, fields.day);
  wall.setUTCHours(
    fields.hour,
    fields.minute,
    fields.second,
    instantMs - Math.floor(instantMs / 1000) * 1000,
  );
  return wall.getTime();
}

/** The instant whose wall clock in `timeZone` is `wallMs` (the earlier one in a DST overlap). */
export function instantFromWallClock(wallMs: number, timeZone: string): number {
  const offset = (instant: number) => wallClockMs(instant, timeZone) - instant;
  let instant = wallMs - offset(wallMs);
  instant = wallMs - offset(instant);
  const earlier = wallMs - offset(instant - 3_600_000);
  return wallClockMs(earlier, timeZone) === wallMs ? Math.min(earlier, instant) : instant;
}

/** Serial days of 0001-01-01 and 9999-12-31: no date lies outside them. */
const FIRST_DATE_SERIAL = -693_593;
const LAST_DATE_SERIAL = 2_958_465;

export function isDateSerial(value: number): boolean {
  return value >= FIRST_DATE_SERIAL && value <= LAST_DATE_SERIAL;
}

export function serialFromWallMs(wallMs: number): number {
  return (wallMs - SERIAL_EPOCH_MS) / DAY_MS;
}

export function wallMsFromSerial(serial: number): number {
  return Math.round(serial * DAY_MS) + SERIAL_EPOCH_MS;
}

/** The cell serial of a JS date (an instant) in the spreadsheet's zone. */
export function serialFromInstant(instantMs: number, timeZone: string): number {
  return serialFromWallMs(wallClockMs(instantMs, timeZone));
}

/** The instant getValues gives for a date cell holding `serial`. */
export function instantFromSerial(serial: number, timeZone: string): number {
  return instantFromWallClock(wallMsFromSerial(serial), timeZone);
}

/** English month and day names, as Utilities.formatDate and date formats show them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0');
}

/** The zone's offset at `instantMs`, as +0100 (pattern Z) or +01:00 (pattern X repeated). */
function offsetText(instantMs: number, timeZone: string, colon: boolean): string {
  const minutes = Math.round((wallClockMs(instantMs, timeZone) - instantMs) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(minutes) / 60), 2);
  return `${sign}${hours}${colon ? ':' : ''}${pad(Math.abs(minutes) % 60, 2)}`;
}

function field(letter: string, count: number, wall: Date, instantMs: number, zone: string) {
  const hours = wall.getUTCHours();
  switch (letter) {
    case 'y':
      return count === 2 ? pad(wall.getUTCFullYear() % 100, 2) : pad(wall.getUTCFullYear(), count);
    case 'M':
      if (count >= 4) return MONTHS[wall.getUTCMonth()];
      if (count === 3) return MONTHS[wall.getUTCMonth()].slice(0, 3);
      return pad(wall.getUTCMonth() + 1, count);
    case 'd':
      return pad(wall.getUTCDate(), count);
    case 'E':
      return count >= 4 ? DAYS[wall.getUTCDay()] : DAYS[wall.getUTCDay()].slice(0, 3);
    case 'u':
      return String(wall.getUTCDay() === 0 ? 7 : wall.getUTCDay());
    case 'H':
      return pad(hours, count);
    case 'k':
      return pad(hours === 0 ? 24 : hours, count);
    case 'h':
      return pad(hours % 12 === 0 ? 12 : hours % 12, count);
    case 'K':
      return pad(hours % 12, count);
    case 'm':
      return pad(wall.getUTCMinutes(), count);
    case 's':
      return pad(wall.getUTCSeconds(), count);
    case 'S':
      return pad(wall.getUTCMilliseconds(), 3).slice(0, Math.max(count, 3));
    case 'a':
      return hours < 12 ? 'AM' : 'PM';
    case 'Z':
      return offsetText(instantMs, zone, false);
    case 'X':
      return offsetText(instantMs, zone, count >= 3);
    case 'z':
      return zone;
    default:
      return null;
  }
}

/** Utilities.formatDate: a Java SimpleDateFormat pattern, in English, in `timeZone`. */
export function formatDatePattern(instantMs: number, timeZone: string, pattern: string): string {
  const wall = new Date(wallClockMs(instantMs, timeZone));
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, close < 0 ? undefined : close);
      out += literal === '' ? "'" : literal;
      i = close < 0 ? pattern.length : close + 1;
      continue;
    }
    let count = 1;
    while (pattern[i + count] === ch) count++;
    const text = /[A-Za-z]/.test(ch) ? field(ch, count, wall, instantMs, timeZone) : null;
    if (text === null && /[A-Za-z]/.test(ch)) {
      throw new Error(`Illegal pattern character '${ch}'`);
    }
    out += text ?? ch.repeat(count);
    i += count;
  }
  return out;
}
