// Scores, weights, weighted means, the parent roll-up, objective types and grade bands.

import {
  childrenMean,
  gradeBand,
  readObjectiveType,
  readWeight,
  scoreExplanation,
  scoreOf,
  successBarFor,
  weightedMean,
  type Weight,
} from '../../src/core/score';
import { DEFAULT_SETTINGS, type CellValue, type ObjectiveType } from '../../src/core/types';

describe('score = progress clamped to 0..1, rounded to two decimals', () => {
  test.each([
    [0.25, 0.25],
    [0.695, 0.7],
    [0.285, 0.29],
    [2 / 3, 0.67],
    [2.6666666666666665, 1],
    [1.2, 1],
    [-0.2, 0],
    [0.9146341463414634, 0.91],
    [0.5900000000000001, 0.59],
  ])('progress %p scores %p', (progress, score) => {
    expect(scoreOf(progress)).toBe(score);
  });

  test.each([
    [0.25, 0.25, 'Score: 0.25 clamped to 0..1 = 0.25'],
    [2.6666666666666665, 1, 'Score: 2.67 clamped to 0..1 = 1.00'],
    [-0.2, 0, 'Score: -0.20 clamped to 0..1 = 0.00'],
  ])('explains progress %p as %s', (progress, score, explanation) => {
    expect(scoreExplanation(progress, score)).toBe(explanation);
  });
});

describe('weights: blank is 1, 0 leaves out, negative or text is a problem', () => {
  test.each<[CellValue, Weight]>([
    ['', { kind: 'counted', value: 1 }],
    ['N/A', { kind: 'counted', value: 1 }],
    [2, { kind: 'counted', value: 2 }],
    ['50%', { kind: 'counted', value: 0.5 }],
    [0, { kind: 'zero' }],
    ['0', { kind: 'zero' }],
    [-1, { kind: 'problem', message: 'A weight cannot be negative (found -1).' }],
    ['high', { kind: 'problem', message: 'Expected a number, found "high".' }],
    [true, { kind: 'problem', message: 'Expected a number, found TRUE.' }],
  ])('%p is %o', (value, weight) => {
    expect(readWeight(value, 'en_US')).toEqual(weight);
  });
});

describe('weighted mean of key result scores', () => {
  test.each([
    [
      [
        { score: 0.3, weight: 1 },
        { score: 1, weight: 2 },
      ],
      0.77,
      'Weighted mean: (0.30×1 + 1.00×2) / 3 = 0.77',
    ],
    [
      [
        { score: 1, weight: 1 },
        { score: 0, weight: 1 },
        { score: 0, weight: 1 },
      ],
      0.33,
      'Weighted mean: (1.00×1 + 0.00×1 + 0.00×1) / 3 = 0.33',
    ],
    [
      [
        { score: 0, weight: 50 },
        { score: 0, weight: 50 },
      ],
      0,
      'Weighted mean: (0.00×50 + 0.00×50) / 100 = 0.00',
    ],
    [
      [
        { score: 0.57, weight: 0.5 },
        { score: 0.8, weight: 0.5 },
      ],
      0.69,
      'Weighted mean: (0.57×0.5 + 0.80×0.5) / 1 = 0.69',
    ],
  ])('%o is %p', (items, score, explanation) => {
    expect(weightedMean(items)).toEqual({ score, explanation });
  });

  test('many key results are summarised so the explanation stays short', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ score: i / 10, weight: 1 }));

    expect(weightedMean(items)).toEqual({
      score: 0.35,
      explanation: 'Weighted mean of 8: 2.8 / 8 = 0.35',
    });
  });

  test('nothing to average gives null', () => {
    expect(weightedMean([])).toBeNull();
  });
});

describe('a parent without key results of its own takes the mean of its children', () => {
  test.each([
    [[0.5, 0.7], 0.6, 'Mean of 2 child objectives: (0.50 + 0.70) / 2 = 0.60'],
    [[0.4], 0.4, 'Mean of 1 child objective: (0.40) / 1 = 0.40'],
    [[1, 0, 0], 0.33, 'Mean of 3 child objectives: (1.00 + 0.00 + 0.00) / 3 = 0.33'],
  ])('%o is %p', (scores, score, explanation) => {
    expect(childrenMean(scores)).toEqual({ score, explanation });
  });

  test('no child scores give null', () => {
    expect(childrenMean([])).toBeNull();
  });
});

describe('objective type and success bar', () => {
  test.each<[CellValue, ObjectiveType, string | null]>([
    ['', 'Aspirational', null],
    ['Aspirational', 'Aspirational', null],
    [' committed ', 'Committed', null],
    ['COMMITTED', 'Committed', null],
    [
      'Stretch',
      'Aspirational',
      '"Stretch" is not an objective type: use Aspirational or Committed (read as Aspirational).',
    ],
  ])('%p is %s', (value, type, problem) => {
    expect(readObjectiveType(value)).toEqual({ type, problem });
  });

  test.each<[ObjectiveType, number, number]>([
    ['Aspirational', 0.7, 0.7],
    ['Aspirational', 0.6, 0.6],
    ['Committed', 0.7, 1],
    ['Committed', 0.6, 1],
  ])('%s with setting %p has bar %p', (type, successBar, bar) => {
    expect(successBarFor(type, { ...DEFAULT_SETTINGS, successBar })).toBe(bar);
  });
});

describe('grade bands', () => {
  test.each<[ObjectiveType, number, string]>([
    ['Aspirational', 1, 'green'],
    ['Aspirational', 0.7, 'green'],
    ['Aspirational', 0.69, 'yellow'],
    ['Aspirational', 0.4, 'yellow'],
    ['Aspirational', 0.39, 'red'],
    ['Aspirational', 0, 'red'],
    ['Committed', 1, 'green'],
    ['Committed', 0.99, 'yellow'],
    ['Committed', 0.7, 'yellow'],
    ['Committed', 0.69, 'red'],
    ['Committed', 0.4, 'red'],
  ])('%s at %p is %s', (type, score, band) => {
    expect(gradeBand(score, type, DEFAULT_SETTINGS)).toBe(band);
  });

  test('the aspirational green line follows the success bar setting', () => {
    expect(gradeBand(0.6, 'Aspirational', { ...DEFAULT_SETTINGS, successBar: 0.6 })).toBe('green');
  });
});
