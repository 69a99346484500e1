// Numbers as people type them (DOMAIN.md), rounding as Sheets rounds, milestones, dates and text.

import {
  isoDate,
  parseMilestone,
  parseNumber,
  round2,
  shownNumber,
  textOf,
  twoDecimals,
} from '../../src/core/numbers';
import type { CellValue } from '../../src/core/types';

describe('parseNumber reads numbers as people type them', () => {
  test.each<[CellValue, string, number]>([
    [7, 'en_US', 7],
    [-0.25, 'en_US', -0.25],
    [' 7 ', 'en_US', 7],
    ['\u00a07\u00a0', 'en_US', 7],
    ['45%', 'en_US', 0.45],
    ['45 %', 'fr_FR', 0.45],
    ['12,5 %', 'de_DE', 0.125],
    ['1,200', 'en_US', 1200],
    ['1,200.5', 'en_US', 1200.5],
    ['1,234,567', 'en_US', 1234567],
    ['1.200', 'en_US', 1.2],
    ['.5', 'en_US', 0.5],
    ['5,9', 'de_DE', 5.9],
    ['5,9', 'de-DE', 5.9],
    ['5,9', 'fr_FR', 5.9],
    ['5,9', 'pt_BR', 5.9],
    ['5,9', 'es_ES', 5.9],
    ['5,9', 'it_IT', 5.9],
    ['5,9', 'nl_NL', 5.9],
    ['5.9', 'es_MX', 5.9],
    ['1.200', 'de_DE', 1200],
    ['1.200,5', 'de_DE', 1200.5],
    ['1 200', 'fr_FR', 1200],
    ['1\u202f200,5', 'fr_FR', 1200.5],
    ["1'200.5", 'de_CH', 1200.5],
    ['93 days', 'en_US', 93],
    ['1048 hrs', 'en_US', 1048],
    ['300 MT', 'en_US', 300],
    ['4.5 story points', 'en_US', 4.5],
    ['$3,000', 'en_US', 3000],
    ['€50', 'en_US', 50],
    ['£12.50', 'en_US', 12.5],
    ['¥1,000', 'en_US', 1000],
    ['50 €', 'de_DE', 50],
    ['-5', 'en_US', -5],
    ['−5', 'en_US', -5],
    ['+5', 'en_US', 5],
    ['-$3,000', 'en_US', -3000],
    ['$-3,000', 'en_US', -3000],
    ['-12%', 'en_US', -0.12],
  ])('%p in %s is %p', (value, locale, expected) => {
    expect(parseNumber(value, locale)).toEqual({ kind: 'number', value: expected });
  });

  test.each<CellValue>([
    '',
    '   ',
    '-',
    '–',
    'NA',
    'na',
    'N/A',
    'n/a',
    'TBD',
    ' tbd ',
    '\u00a0N/A\u00a0',
  ])('the placeholder %p is blank', (value) => {
    expect(parseNumber(value, 'en_US')).toEqual({ kind: 'blank' });
  });

  test.each<[CellValue, string, string]>([
    [true, 'en_US', 'Expected a number, found TRUE.'],
    [false, 'en_US', 'Expected a number, found FALSE.'],
    [new Date(Date.UTC(2026, 1, 14)), 'en_US', 'Expected a number, found a date.'],
    [NaN, 'en_US', 'Expected a number, found NaN.'],
    [Infinity, 'en_US', 'Expected a number, found Infinity.'],
    ['Test123', 'en_US', 'Expected a number, found "Test123".'],
    ['high', 'en_US', 'Expected a number, found "high".'],
    ['Loading...', 'en_US', 'Expected a number, found "Loading...".'],
    ['#N/A', 'en_US', 'Expected a number, found "#N/A": the cell shows an error.'],
    ['#REF!', 'en_US', 'Expected a number, found "#REF!": the cell shows an error.'],
    ['10k', 'en_US', 'Expected a number, found "10k": write the whole number.'],
    ['10 million', 'en_US', 'Expected a number, found "10 million": write the whole number.'],
    [
      '12h',
      'en_US',
      'Expected a number, found "12h": put a space between the number and its unit.',
    ],
    ['5,9', 'en_US', 'Expected a number, found "5,9": in en_US the decimal separator is ".".'],
    ['5.9', 'de_DE', 'Expected a number, found "5.9": in de_DE the decimal separator is ",".'],
    [
      '1,2345',
      'en_US',
      'Expected a number, found "1,2345": in en_US the decimal separator is ".".',
    ],
    ['1 200', 'en_US', 'Expected a number, found "1 200".'],
    ['$45%', 'en_US', 'Expected a number, found "$45%".'],
    ['5 of 10', 'en_US', 'Expected a number, found "5 of 10".'],
  ])('%p in %s is a problem', (value, locale, message) => {
    expect(parseNumber(value, locale)).toEqual({ kind: 'problem', message });
  });

  test('a long text is quoted shortened', () => {
    const parsed = parseNumber('x'.repeat(100), 'en_US');

    expect(parsed).toEqual({
      kind: 'problem',
      message: `Expected a number, found "${'x'.repeat(39)}…".`,
    });
  });
});

describe('round2 rounds half away from zero on the 12-digit shown value, as ROUND does', () => {
  test.each([
    [0.695, 0.7],
    [0.285, 0.29],
    [-0.285, -0.29],
    [1.005, 1.01],
    [2.675, 2.68],
    [0.005, 0.01],
    [-0.005, -0.01],
    [0.004, 0],
    [-0.004, 0],
    [1e-7, 0],
    [0.1 + 0.2, 0.3],
    [2 / 3, 0.67],
    [1 / 3, 0.33],
    [123.456, 123.46],
    [-2.5, -2.5],
    [2.6666666666666665, 2.67],
    [1e22, 1e22],
    [1e20, 1e20],
    [-123456789012345.6, -123456789012000],
    [1234567890.125, 1234567890.13],
  ])('round2(%p) = %p', (x, expected) => {
    expect(round2(x)).toBe(expected);
  });
});

describe('parseMilestone: done, not done or a share', () => {
  test.each<[CellValue, number]>([
    [true, 1],
    ['TRUE', 1],
    ['yes', 1],
    [' Done ', 1],
    [1, 1],
    ['100%', 1],
    [false, 0],
    ['FALSE', 0],
    ['no', 0],
    [0, 0],
    [0.5, 0.5],
    ['50%', 0.5],
    ['0,25', 0.25],
  ])('%p is %p', (value, expected) => {
    expect(parseMilestone(value, value === '0,25' ? 'de_DE' : 'en_US')).toEqual({
      kind: 'number',
      value: expected,
    });
  });

  test.each<CellValue>(['', 'N/A', '-'])('%p is blank', (value) => {
    expect(parseMilestone(value, 'en_US')).toEqual({ kind: 'blank' });
  });

  test.each<[CellValue, string]>([
    [1.5, 'Expected done, not done or a share from 0 to 100%, found 1.5.'],
    ['150%', 'Expected done, not done or a share from 0 to 100%, found 1.5.'],
    [-0.1, 'Expected done, not done or a share from 0 to 100%, found -0.1.'],
    ['maybe', 'Expected done, not done or a share from 0 to 100%, found "maybe".'],
  ])('%p is a problem', (value, message) => {
    expect(parseMilestone(value, 'en_US')).toEqual({ kind: 'problem', message });
  });
});

describe('isoDate reads a calendar day', () => {
  const lateEvening = new Date('2026-02-14T23:30:00Z');
  const earlyMorning = new Date('2026-02-14T03:00:00Z');

  test.each<[CellValue, string, string | null]>([
    [lateEvening, 'UTC', '2026-02-14'],
    [lateEvening, 'Europe/Berlin', '2026-02-15'],
    [earlyMorning, 'America/Los_Angeles', '2026-02-13'],
    [earlyMorning, 'Asia/Tokyo', '2026-02-14'],
    [lateEvening, 'Not/AZone', '2026-02-14'],
    [new Date(NaN), 'UTC', null],
    ['2026-02-14', 'UTC', '2026-02-14'],
    [' 2026-02-14 ', 'UTC', '2026-02-14'],
    ['2024-02-29', 'UTC', '2024-02-29'],
    ['2026-02-30', 'UTC', null],
    ['14/02/2026', 'UTC', null],
    ['', 'UTC', null],
    [46067, 'UTC', null],
    [true, 'UTC', null],
  ])('%p in %s is %p', (value, timeZone, expected) => {
    expect(isoDate(value, timeZone)).toBe(expected);
  });
});

describe('textOf gives the trimmed text of a cell', () => {
  test.each<[CellValue, string]>([
    [' O1 ', 'O1'],
    ['', ''],
    [12, '12'],
    [1.5, '1.5'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date('2026-02-14T00:00:00Z'), '2026-02-14'],
  ])('%p is %p', (value, expected) => {
    expect(textOf(value)).toBe(expected);
  });
});

describe('numbers as explanations show them', () => {
  test.each([
    [0.1 + 0.2, '0.3'],
    [5.9, '5.9'],
    [-2, '-2'],
    [1200, '1200'],
  ])('shownNumber(%p) = %p', (x, expected) => {
    expect(shownNumber(x)).toBe(expected);
  });

  test.each([
    [0.285, '0.29'],
    [1, '1.00'],
    [2.6666666666666665, '2.67'],
  ])('twoDecimals(%p) = %p', (x, expected) => {
    expect(twoDecimals(x)).toBe(expected);
  });
});
