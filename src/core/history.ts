// The recorded history of each KRA row and key result, kept in a hidden History cell on its own
// row. A recalculation reads it with the row, so the Check-ins log can grow without being read:
// the log is the team's journal, the History cells are what the rules count from.
//
// KRA:        `d1|<first day>|<one mark a day>|<log row of the last record>|<id>`, marks 1 (met),
//             0 (missed) and . (no record), kept for the longest review window (12 months);
//             `d1|||<row>|<id>` when no day counts.
// Key result: `k1|<day>=<value>;<day>=<value>…|<id>`, every recorded value in log order;
//             `k1||<id>` when nothing is recorded.
// Every row with an ID gets one, so that a blank History cell on such a row means it was cleared
// or the row is new since the last run: either way only the whole log can tell.
// The ID comes last so that any character in it survives. A cell speaks for the ID it names, not
// for its row's: when IDs are retyped or swapped, the history stays with the ID, as the log's does.

import { addDays, addMonths, daysBetween } from './periods';
import type { CheckIn } from './types';

const KRA_TAG = 'd1';
const KEY_RESULT_TAG = 'k1';
/** The longest KRA review window (Annual) is all consistency ever counts. */
const KEPT_MONTHS = 12;
/**
 * Sheets holds 50,000 characters in a cell and Excel 32,767, and a workbook may be downloaded as
 * .xlsx: past this the oldest values go first.
 */
const MAX_CELL_CHARS = 32_000;

/** What one History cell says: the records of its ID, and the log row of the last KRA record. */
export interface RowHistory {
  records: CheckIn[];
  lastRow: number | null;
}

/** A History cell read: blank, the ID it names and its records, or unreadable (edited by hand). */
export type ParsedHistory =
  { kind: 'blank' } | { kind: 'history'; id: string; history: RowHistory } | { kind: 'unreadable' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function record(
  kind: CheckIn['kind'],
  id: string,
  date: string,
  value: number,
  met: boolean | null,
): CheckIn {
  return { date, kind, id, value, standard: null, met, confidence: null, note: '' };
}

/**
 * Reads a History cell of a KRA row or key result. A KRA day comes back as a record whose value is
 * NaN: the cell keeps only whether the standard was met, which is all consistency reads.
 */
export function parseHistory(text: string, kind: CheckIn['kind']): ParsedHistory {
  if (text.trim() === '') return { kind: 'blank' };
  const parts = text.split('|');
  const unreadable = { kind: 'unreadable' } as const;

  if (kind === 'KRA') {
    if (parts[0] !== KRA_TAG || parts.length < 5) return unreadable;
    const [, first, marks, row] = parts;
    const id = parts.slice(4).join('|');
    const days = first === '' ? marks === '' : DAY.test(first) && marks !== '';
    if (id === '' || !days || !/^[01.]*$/.test(marks) || !/^\d*$/.test(row)) return unreadable;
    const records: CheckIn[] = [];
    for (let i = 0; i < marks.length; i++) {
      if (marks[i] !== '.')
        records.push(record('KRA', id, addDays(first, i), NaN, marks[i] === '1'));
    }
    return { kind: 'history', id, history: { records, lastRow: row === '' ? null : Number(row) } };
  }

  if (parts[0] !== KEY_RESULT_TAG || parts.length < 3) return unreadable;
  const id = parts.slice(2).join('|');
  if (id === '') return unreadable;
  const records: CheckIn[] = [];
  for (const entry of parts[1] === '' ? [] : parts[1].split(';')) {
    const [date, value] = entry.split('=');
    const number = Number(value);
    if (!DAY.test(date ?? '') || value === undefined || value === '' || !Number.isFinite(number)) {
      return unreadable;
    }
    records.push(record('Key result', id, date, number, null));
  }
  return { kind: 'history', id, history: { records, lastRow: null } };
}

/**
 * The History cell of a KRA ID: the days recorded after `today` less 12 months, as the rules count
 * them (a day's last record decides; one whose Met is blank leaves the day uncounted), and the log
 * row of the last record of its latest day. Days after today stay: a clock set back must not lose
 * them.
 */
export function formatKraHistory(
  id: string,
  records: readonly CheckIn[],
  lastRow: number | null,
  today: string,
): string {
  const keptFrom = addMonths(today, -KEPT_MONTHS);
  const lastOfDay = new Map<string, boolean | null>();
  for (const r of records) if (r.date > keptFrom) lastOfDay.set(r.date, r.met);
  const days = [...lastOfDay].filter((entry): entry is [string, boolean] => entry[1] !== null);
  if (days.length === 0) return [KRA_TAG, '', '', lastRow ?? '', id].join('|');

  const sorted = days.map(([date]) => date).sort();
  const first = sorted[0];
  const marks = Array.from(
    { length: daysBetween(first, sorted[sorted.length - 1]) + 1 },
    () => '.',
  );
  for (const [date, met] of days) marks[daysBetween(first, date)] = met ? '1' : '0';
  return [KRA_TAG, first, marks.join(''), lastRow ?? '', id].join('|');
}

/** The History cell of an ID nothing is recorded for yet (blank for a row without an ID). */
export function emptyHistory(kind: CheckIn['kind'], id: string): string {
  if (id === '') return '';
  return kind === 'KRA' ? [KRA_TAG, '', '', '', id].join('|') : [KEY_RESULT_TAG, '', id].join('|');
}

/** The History cell of a key result ID: every recorded value, oldest first, in log order. */
export function formatKeyResultHistory(id: string, records: readonly CheckIn[]): string {
  const entries = records.map((r) => `${r.date}=${r.value}`);
  let text = [KEY_RESULT_TAG, entries.join(';'), id].join('|');
  // Years of daily changes would outgrow a cell: the oldest values go, the latest always stays.
  while (text.length > MAX_CELL_CHARS && entries.length > 1) {
    entries.splice(0, Math.ceil(entries.length / 10));
    text = [KEY_RESULT_TAG, entries.join(';'), id].join('|');
  }
  return text;
}
