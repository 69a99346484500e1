// The sidebar's own checks on what a person types, before anything reaches the server.

import { currentValue } from '../../src/sidebar/checkin';
import { validateSettings } from '../../src/sidebar/settings';

const VALID = { successBar: '0.7', maxObjectivesPerOwner: '5', kraCountMin: '4', kraCountMax: '6' };

describe('validateSettings', () => {
  it('reads the defaults as numbers', () => {
    expect(validateSettings(VALID)).toEqual({
      ok: true,
      settings: { successBar: 0.7, maxObjectivesPerOwner: 5, kraCountMin: 4, kraCountMax: 6 },
    });
  });

  it('accepts the edges: a success bar of 1, no KRA minimum, 50 objectives', () => {
    expect(
      validateSettings({
        ...VALID,
        successBar: '1',
        kraCountMin: '0',
        maxObjectivesPerOwner: '50',
      }),
    ).toEqual({
      ok: true,
      settings: { successBar: 1, maxObjectivesPerOwner: 50, kraCountMin: 0, kraCountMax: 6 },
    });
  });

  it.each([
    ['successBar', '', 'Enter a number.'],
    ['successBar', '0', 'Enter a number above 0.'],
    ['successBar', '1.2', 'Enter a number of at most 1.'],
    ['successBar', 'abc', 'Enter a number.'],
    ['maxObjectivesPerOwner', '0', 'Enter a number of at least 1.'],
    ['maxObjectivesPerOwner', '2.5', 'Enter a whole number.'],
    ['maxObjectivesPerOwner', '51', 'Enter a number of at most 50.'],
    ['kraCountMin', '-1', 'Enter a number of at least 0.'],
    ['kraCountMax', '0', 'Enter a number of at least 1.'],
  ] as const)('%s = %j says "%s"', (key, text, message) => {
    expect(validateSettings({ ...VALID, [key]: text })).toEqual({
      ok: false,
      errors: { [key]: message },
    });
  });

  it('refuses a KRA minimum above the maximum, on the maximum', () => {
    expect(validateSettings({ ...VALID, kraCountMin: '7', kraCountMax: '6' })).toEqual({
      ok: false,
      errors: { kraCountMax: 'The most KRAs must be at least the fewest.' },
    });
  });
});

describe('currentValue', () => {
  it.each([
    ['7', 7],
    [' 42 ', 42],
    ['-3', -3],
    ['1.500', '1.500'],
    ['1,200', '1,200'],
    ['45%', '45%'],
    ['5.9', '5.9'],
    ['done', 'done'],
    ['1234567890123456', '1234567890123456'],
  ] as const)('%j crosses as %j', (typed, sent) => {
    expect(currentValue(typed)).toBe(sent);
  });
});
