import {
  emptyHistory,
  formatKeyResultHistory,
  formatKraHistory,
  parseHistory,
} from '../../src/core/history';
import { keyResultCheckIn, kraCheckIn } from './rows';

const kra = (date: string, met: boolean | null, id = 'A1') => kraCheckIn(date, id, 1, 1, met);
const kr = (date: string, value: number, id = 'KR1') => keyResultCheckIn(id, date, value);

describe('formatKraHistory', () => {
  it('marks each day from the first: met, missed, or not recorded; a later record of a day wins', () => {
    const records = [
      kra('2026-02-10', true),
      kra('2026-02-11', false),
      kra('2026-02-13', false),
      kra('2026-02-13', true),
      kra('2026-02-12', null),
    ];
    expect(formatKraHistory('A1', records, 40, '2026-02-14')).toBe('d1|2026-02-10|10.1|40|A1');
  });

  it('keeps the 12 months up to today, and days after today (a clock set back must not lose them)', () => {
    const records = [kra('2025-02-14', true), kra('2025-02-15', false), kra('2026-02-16', true)];
    const history = formatKraHistory('A1', records, null, '2026-02-14');
    expect(history).toBe(`d1|2025-02-15|0${'.'.repeat(365)}1||A1`);
  });

  it('leaves a day uncounted when its last record has no Met, as consistency does', () => {
    const records = [kra('2026-02-10', true), kra('2026-02-11', true), kra('2026-02-11', null)];
    expect(formatKraHistory('A1', records, 9, '2026-02-14')).toBe('d1|2026-02-10|1|9|A1');
  });

  it('names the ID with no day, and keeps the row, when no day met or missed', () => {
    expect(formatKraHistory('A1', [kra('2026-02-10', null)], 7, '2026-02-14')).toBe('d1|||7|A1');
  });
});

describe('emptyHistory', () => {
  it('names the ID of a row nothing is recorded for, and is blank without an ID', () => {
    expect(emptyHistory('KRA', 'A1')).toBe('d1||||A1');
    expect(emptyHistory('Key result', 'K|R 1')).toBe('k1||K|R 1');
    expect(emptyHistory('KRA', '')).toBe('');
    expect(parseHistory('d1||||A1', 'KRA')).toEqual({
      kind: 'history',
      id: 'A1',
      history: { records: [], lastRow: null },
    });
    expect(parseHistory('k1||K|R 1', 'Key result')).toEqual({
      kind: 'history',
      id: 'K|R 1',
      history: { records: [], lastRow: null },
    });
  });
});

describe('formatKeyResultHistory', () => {
  it('lists every value in log order, with the ID last', () => {
    const records = [kr('2026-01-05', 12), kr('2026-01-12', 0.155), kr('2026-01-12', -3)];
    expect(formatKeyResultHistory('K|R 1', records)).toBe(
      'k1|2026-01-05=12;2026-01-12=0.155;2026-01-12=-3|K|R 1',
    );
  });

  it('drops the oldest tenth at a time past 32,000 characters (Excel holds 32,767), keeping the latest', () => {
    const records = Array.from({ length: 4000 }, (_, i) => kr('2026-01-05', 1000000 + i));
    const text = formatKeyResultHistory('KR1', records);
    expect(text.length).toBeLessThanOrEqual(32_000);
    expect(text.endsWith('2026-01-05=1003999|KR1')).toBe(true);
    // 4000, 3600, 3240, 2916, 2624, 2361, 2124, 1911, 1719 (32,667 characters), then 1547
    // entries of 19 characters.
    expect(text.split(';')).toHaveLength(1547);
  });
});

describe('parseHistory', () => {
  it('reads back what formatKraHistory wrote', () => {
    const parsed = parseHistory('d1|2026-02-10|10.1|40|A1', 'KRA');
    expect(parsed).toEqual({
      kind: 'history',
      id: 'A1',
      history: {
        lastRow: 40,
        records: [
          { ...kra('2026-02-10', true), value: NaN, standard: null },
          { ...kra('2026-02-11', false), value: NaN, standard: null },
          { ...kra('2026-02-13', true), value: NaN, standard: null },
        ],
      },
    });
  });

  it('reads back what formatKeyResultHistory wrote, IDs with bars included', () => {
    const parsed = parseHistory('k1|2026-01-05=12;2026-01-12=-3|K|R 1', 'Key result');
    expect(parsed).toEqual({
      kind: 'history',
      id: 'K|R 1',
      history: {
        lastRow: null,
        records: [kr('2026-01-05', 12, 'K|R 1'), kr('2026-01-12', -3, 'K|R 1')],
      },
    });
  });

  it.each([
    ['', 'KRA', 'blank'],
    ['   ', 'Key result', 'blank'],
    ['d1|2026-02-10|1|40|', 'KRA', 'unreadable'],
    ['k1|2026-01-05=12|', 'Key result', 'unreadable'],
    ['hello', 'KRA', 'unreadable'],
    ['d1|2026-02-10|1x|40|A1', 'KRA', 'unreadable'],
    ['d1|10 Feb|1|40|A1', 'KRA', 'unreadable'],
    ['d1|2026-02-10|1|row|A1', 'KRA', 'unreadable'],
    ['d1|2026-02-10||40|A1', 'KRA', 'unreadable'],
    ['d1||1|40|A1', 'KRA', 'unreadable'],
    ['k1|2026-01-05=twelve|KR1', 'Key result', 'unreadable'],
    ['k1|2026-01-05|KR1', 'Key result', 'unreadable'],
    ['d1|2026-02-10|1|40|KR1', 'Key result', 'unreadable'],
  ] as const)('%j on a %s row reads as %s', (text, kind, expected) => {
    expect(parseHistory(text, kind).kind).toBe(expected);
  });
});
