import { candidatesSharing, invertedIndex, jaccard, stems } from '../../src/core/words';

describe('stems', () => {
  it('lower-cases, stems and leaves out stop words, single letters and numbers', () => {
    expect([...stems('Supporting the Customers: CSAT at or above 85% in Q1, a 2x jump')]).toEqual([
      'support',
      'custom',
      'csat',
      'q1',
      'jump',
    ]);
  });

  it('gives the same stems for different forms of a word', () => {
    expect(stems('customer support')).toEqual(stems('Supporting customers'));
  });

  it('keeps letters beyond English', () => {
    expect([...stems('Zufriedenheit der Kunden')]).toEqual(['zufriedenheit', 'der', 'kunden']);
  });
});

describe('jaccard', () => {
  it('is shared stems over all stems', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
    expect(jaccard(new Set(['a']), new Set(['a']))).toBe(1);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('candidatesSharing', () => {
  const sets = [new Set(['rate', 'support']), new Set(['rate', 'bill']), new Set(['rate', 'csat'])];
  const index = invertedIndex(sets);

  it('probes only the rarest stems a match needs', () => {
    expect([...candidatesSharing(new Set(['rate', 'support']), index, 2)]).toEqual([0]);
    expect([...candidatesSharing(new Set(['rate', 'support']), index, 1)].sort()).toEqual([
      0, 1, 2,
    ]);
    expect([...candidatesSharing(new Set(['rate']), index, 0)]).toEqual([]);
  });
});
