// Properties of reading and rounding numbers that must hold for any cell, not just the typed cases.

import fc from 'fast-check';

import { parseNumber, round2 } from '../../src/core/numbers';
import type { CellValue } from '../../src/core/types';

const LOCALES = ['en_US', 'en_GB', 'de_DE', 'fr_FR', 'pt_BR', 'es_MX', 'de_CH', 'xx', ''];

/** Text made of the characters numbers are typed with, so the parser's edges get exercised. */
const numberLikeText = fc.string({
  unit: fc.constantFrom(...'0123456789.,  \u00a0%$€£¥-−+kKmhdays#/NAT'.split('')),
  maxLength: 16,
});

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  numberLikeText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

describe('parseNumber properties', () => {
  test('never throws and never returns NaN or an infinite number, for any cell and locale', () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(...LOCALES), (value, locale) => {
        const parsed = parseNumber(value, locale);

        if (parsed.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
        if (parsed.kind === 'problem') expect(parsed.message).toMatch(/^Expected .+\.$/);
      }),
      { numRuns: 2000 },
    );
  });

  test('an integer written with en-US thousands separators reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(parseNumber(n.toLocaleString('en-US'), 'en_US')).toEqual({
          kind: 'number',
          value: n,
        });
      }),
    );
  });

  test('a number written with de-DE separators reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (n, cents) => {
        const value = n + cents / 100;
        const text = value.toLocaleString('de-DE', { minimumFractionDigits: 2 });

        expect(parseNumber(text, 'de_DE')).toEqual({
          kind: 'number',
          value: Number(value.toFixed(2)),
        });
      }),
    );
  });
});

describe('round2 properties', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  test('gives a finite number for every finite number', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(Number.isFinite(round2(x))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(round2(round2(x))).toBe(round2(x));
      }),
      { numRuns: 2000 },
    );
  });

  test('moves a number by at most half a hundredth', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        expect(Math.abs(round2(x) - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });

  test('is symmetric around zero', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(round2(-x) + round2(x)).toBe(0);
      }),
    );
  });
});
