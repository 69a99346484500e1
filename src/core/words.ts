// The one tokeniser of the core: a cell's text as a set of word stems, so that "Supporting
// customers" and "customer support" compare as the same words.

import { stemmer } from 'stemmer';

/**
 * Words that say nothing about what a key result or KRA is about: articles, pronouns,
 * prepositions, and the comparator words an indicator is written with ("at or above").
 */
const STOP_WORDS = new Set(
  (
    'a about above after all an and any are as at be below between but by can do each for from ' +
    'has have in into is it its least less more most no not of on or our over per so than that ' +
    'the their this to under up we with within you your'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** A word must start with a letter: a key result's numbers differ from a standard's by design. */
const LETTER_FIRST = /^\p{L}/u;

/** The stems of a text's words, lower-cased; stop words, single letters and numbers left out. */
export function stems(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (word.length < 2 || !LETTER_FIRST.test(word) || STOP_WORDS.has(word)) continue;
    result.add(stemmer(word));
  }
  return result;
}

/** Shared stems over all stems: 1 for the same words, 0 when none is shared or both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = sharedCount(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Each stem to the positions of the sets that hold it, so a text is compared only with the sets
 * it shares a stem with rather than with all of them.
 */
export function invertedIndex(sets: readonly ReadonlySet<string>[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  sets.forEach((set, position) => {
    for (const stem of set) {
      const positions = index.get(stem);
      if (positions) positions.push(position);
      else index.set(stem, [position]);
    }
  });
  return index;
}

/**
 * Positions of the sets that may share `minShared` or more stems with `words`, by prefix
 * filtering: such a set must hold one of the `words.size - minShared + 1` stems fewest sets hold,
 * so the stems every set uses ("rate") are never scanned. Callers verify each candidate.
 */
export function candidatesSharing(
  words: ReadonlySet<string>,
  index: ReadonlyMap<string, readonly number[]>,
  minShared: number,
): Set<number> {
  const candidates = new Set<number>();
  if (minShared < 1) return candidates;

  const rarestFirst = [...words].sort(
    (a, b) => (index.get(a)?.length ?? 0) - (index.get(b)?.length ?? 0) || (a < b ? -1 : 1),
  );
  for (const stem of rarestFirst.slice(0, words.size - minShared + 1)) {
    for (const position of index.get(stem) ?? []) candidates.add(position);
  }
  return candidates;
}

/** How many stems two sets share. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared++;
  return shared;
}
