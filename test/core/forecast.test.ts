// Forecasts: the straight pace rule, the trend of check-ins, and an objective's forecast.

import {
  objectiveForecast,
  paceForecast,
  trendForecast,
  type Forecast,
  type TrendPoint,
} from '../../src/core/forecast';
import { parsePeriod, type Period } from '../../src/core/periods';

const Q1 = parsePeriod('2026-Q1') as Period;

describe('forecast at the current pace: score / t, capped at 1', () => {
  test.each<[number, number, boolean, Forecast]>([
    [0.4, 0.5, false, { forecast: 0.8, explanation: 'Forecast: 0.40 / 0.50 = 0.80', trend: false }],
    [
      0.8,
      0.5,
      false,
      {
        forecast: 1,
        explanation: 'Forecast: 0.80 / 0.50 = 1.60, capped at 1 = 1.00',
        trend: false,
      },
    ],
    [
      0.35,
      44 / 90,
      false,
      { forecast: 0.72, explanation: 'Forecast: 0.35 / 0.49 = 0.72', trend: false },
    ],
    [0.7, 1, false, { forecast: 0.7, explanation: 'Forecast: 0.70 / 1.00 = 0.70', trend: false }],
    [
      0,
      0,
      false,
      { forecast: null, explanation: 'Forecast: none, no time has elapsed', trend: false },
    ],
    [0, 0.5, true, { forecast: null, explanation: 'Forecast: none, not started', trend: false }],
  ])('score %p at t = %p (not started: %p)', (score, t, notStarted, expected) => {
    expect(paceForecast(score, t, notStarted)).toEqual(expected);
  });
});

const points = (...entries: [string, number][]): TrendPoint[] =>
  entries.map(([date, score]) => ({ date, score }));

describe('trend forecast: least squares through recorded scores, read at the last day', () => {
  test.each<[string, TrendPoint[], number, string]>([
    [
      'rising 0.01 a day',
      points(['2026-01-11', 0.1], ['2026-01-21', 0.2], ['2026-01-31', 0.3]),
      0.89,
      'Forecast: trend of 3 check-ins (+0.0100 a day) read on 2026-03-31 = 0.89',
    ],
    [
      'irregular days',
      points(['2026-01-01', 0.1], ['2026-01-11', 0.15], ['2026-02-10', 0.3]),
      0.55,
      'Forecast: trend of 3 check-ins (+0.0050 a day) read on 2026-03-31 = 0.55',
    ],
    [
      'clamped above',
      points(['2026-01-11', 0.5], ['2026-01-21', 0.7], ['2026-01-31', 0.9]),
      1,
      'Forecast: trend of 3 check-ins (+0.0200 a day) read on 2026-03-31 = 2.08, ' +
        'clamped to 0..1 = 1.00',
    ],
    [
      'falling, clamped below',
      points(['2026-01-11', 0.3], ['2026-01-21', 0.2], ['2026-01-31', 0.1]),
      0,
      'Forecast: trend of 3 check-ins (-0.0100 a day) read on 2026-03-31 = -0.49, ' +
        'clamped to 0..1 = 0.00',
    ],
    [
      'a later record on the same day replaces an earlier one',
      points(['2026-01-11', 0.5], ['2026-01-11', 0.1], ['2026-01-21', 0.2], ['2026-01-31', 0.3]),
      0.89,
      'Forecast: trend of 3 check-ins (+0.0100 a day) read on 2026-03-31 = 0.89',
    ],
    [
      'flat',
      points(['2026-01-11', 0.4], ['2026-01-21', 0.4], ['2026-01-31', 0.4], ['2026-02-10', 0.4]),
      0.4,
      'Forecast: trend of 4 check-ins (+0.0000 a day) read on 2026-03-31 = 0.40',
    ],
  ])('%s', (_name, recorded, forecast, explanation) => {
    expect(trendForecast(recorded, Q1)).toEqual({ forecast, explanation, trend: true });
  });

  test.each([
    ['no records', points()],
    ['two days', points(['2026-01-11', 0.1], ['2026-01-21', 0.2])],
    [
      'three records on two days',
      points(['2026-01-11', 0.1], ['2026-01-11', 0.2], ['2026-01-21', 0.3]),
    ],
  ])('%s are too few for a trend', (_name, recorded) => {
    expect(trendForecast(recorded, Q1)).toBeNull();
  });
});

describe('objective forecast', () => {
  test('the weighted mean of key result forecasts when any key result follows a trend', () => {
    const keyResults = [
      { forecast: 0.89, weight: 1, trend: true },
      { forecast: 0.72, weight: 1, trend: false },
    ];

    expect(objectiveForecast(keyResults, 0.53, 44 / 90, false)).toEqual({
      forecast: 0.81,
      explanation: 'Forecast: weighted mean of key result forecasts: (0.89×1 + 0.72×1) / 2 = 0.81',
      trend: true,
    });
  });

  test('a key result without a forecast counts 0 in the mean', () => {
    const keyResults = [
      { forecast: 0.89, weight: 3, trend: true },
      { forecast: null, weight: 1, trend: false },
    ];

    expect(objectiveForecast(keyResults, 0.3, 0.5, false).forecast).toBe(0.67);
  });

  test('score / t when no key result follows a trend', () => {
    const keyResults = [{ forecast: 0.8, weight: 1, trend: false }];

    expect(objectiveForecast(keyResults, 0.4, 0.5, false)).toEqual({
      forecast: 0.8,
      explanation: 'Forecast: 0.40 / 0.50 = 0.80',
      trend: false,
    });
  });

  test.each([
    [0, false],
    [0.5, true],
  ])('blank at t = %p or when not started (%p)', (t, notStarted) => {
    const keyResults = [{ forecast: 0.89, weight: 1, trend: true }];

    expect(objectiveForecast(keyResults, 0.4, t, notStarted).forecast).toBeNull();
  });
});
