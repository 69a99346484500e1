import { readTyped } from '../../../src/local/runtime';
import { sheetsApp } from './helpers';

const NOW = new Date('2026-05-04T10:00:00Z');

/** Writes `typed` into A1 as setValues does and reads the cell back three ways. */
function typeInto(typed: unknown, locale = 'en_US') {
  const { sheet } = sheetsApp({ locale, timeZone: 'Etc/UTC' }, { now: NOW });
  const cell = sheet.getRange('A1');
  cell.setValues([[typed]]);
  return {
    value: cell.getValue() as unknown,
    formula: cell.getFormula(),
    format: cell.getNumberFormat(),
    display: cell.getDisplayValue(),
  };
}

describe('setValues reads strings as typed', () => {
  it.each([
    ['=1+1', '', '=1+1'],
    ["'=1+1", '=1+1', ''],
    ['007', 7, ''],
    ["'007", '007', ''],
    ['-5', -5, ''],
    ['+5', 5, ''],
    ['1.5', 1.5, ''],
    ['1,200', 1200, ''],
    ['1,2', '1,2', ''],
    ['TRUE', true, ''],
    ['false', false, ''],
    ['True ', true, ''],
    ['hello', 'hello', ''],
    ['  ', '  ', ''],
    ['=', '=', ''],
    ['@home', '@home', ''],
    ['', '', ''],
  ])('%j in en_US gives %j (formula %j)', (typed, value, formula) => {
    const cell = typeInto(typed);

    expect(cell.value).toBe(value);
    expect(cell.formula).toBe(formula);
  });

  it('reads a percentage as a fraction with a percent format', () => {
    expect(typeInto('45%')).toEqual({ value: 0.45, formula: '', format: '0%', display: '45%' });
    expect(typeInto('4.5%')).toMatchObject({ value: 0.045, format: '0.00%', display: '4.50%' });
  });

  it('reads group separators with a grouped format', () => {
    expect(typeInto('1,200')).toMatchObject({ value: 1200, format: '#,##0', display: '1,200' });
  });

  it('reads numbers and dates the way de_DE writes them', () => {
    expect(typeInto('1.200,5', 'de_DE')).toMatchObject({ value: 1200.5, display: '1.200,50' });
    expect(typeInto('1,5', 'de_DE').value).toBe(1.5);
    expect(typeInto('1,200', 'en_GB').value).toBe(1200);

    const day = typeInto('14.2.2026', 'de_DE').value as Date;
    expect(day.toISOString()).toBe('2026-02-14T00:00:00.000Z');
  });

  it('reads 1/2 as January 2 of the current year in en_US and 1 February in en_GB', () => {
    const us = typeInto('1/2');
    expect((us.value as Date).toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(us).toMatchObject({ format: 'M/d', display: '1/2' });

    expect((typeInto('1/2', 'en_GB').value as Date).toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  it('reads ISO days, month names and times as dates', () => {
    expect(typeInto('2026-02-14')).toMatchObject({ format: 'yyyy-mm-dd', display: '2026-02-14' });
    expect((typeInto('2026-02-14').value as Date).toISOString()).toBe('2026-02-14T00:00:00.000Z');
    expect((typeInto('Jan 5').value as Date).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect((typeInto('10:30').value as Date).toISOString()).toBe('1899-12-30T10:30:00.000Z');
    expect(typeInto('2/30/2026').value).toBe('2/30/2026');
  });

  it('keeps numbers, booleans and Dates given as such', () => {
    expect(typeInto(42).value).toBe(42);
    expect(typeInto(false).value).toBe(false);
    expect(typeInto(null).value).toBe('');

    const written = typeInto(new Date('2026-02-14T12:30:00Z'));
    expect((written.value as Date).toISOString()).toBe('2026-02-14T12:30:00.000Z');
    expect(written.format).toBe('M/d/yyyy H:mm:ss');
  });

  it('keeps text in a cell formatted as plain text', () => {
    const { sheet } = sheetsApp();
    const cell = sheet.getRange('A1').setNumberFormat('@');

    cell.setValue('007');

    expect(cell.getValue()).toBe('007');
  });
});

describe('readTyped', () => {
  it.each([
    ['=SUM(A1:A3)', { kind: 'formula', formula: '=SUM(A1:A3)' }],
    ["'text", { kind: 'text', value: 'text' }],
    ['1e3', { kind: 'number', value: 1000, numberFormat: '0.00E+00' }],
    ['-0', { kind: 'number', value: 0, numberFormat: undefined }],
    ['.5', { kind: 'number', value: 0.5, numberFormat: undefined }],
    ['KR 3-4', { kind: 'text', value: 'KR 3-4' }],
    ['Q1 2026', { kind: 'text', value: 'Q1 2026' }],
    ['2026-Q1', { kind: 'text', value: '2026-Q1' }],
  ])('%j', (input, expected) => {
    expect(readTyped(input, 'en_US', 2026)).toEqual(expected);
  });
});
