// Forecasts: where a key result or objective will end its period. The straight pace rule is
// score / t; with three or more check-ins a key result follows the trend of its recorded scores.

import { round2, twoDecimals } from './numbers';
import { daysBetween, type Period } from './periods';
import { weightedMean } from './score';

export interface Forecast {
  forecast: number | null;
  explanation: string;
  /** True when the forecast follows the trend of recorded check-ins rather than the pace. */
  trend: boolean;
}

/** One recorded value of a key result, scored with the key result's own rule. */
export interface TrendPoint {
  date: string;
  score: number;
}

/** Fewer recorded days than this say too little about a trend; the pace rule applies instead. */
export const MIN_TREND_DAYS = 3;

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** Forecast at the current pace: score / t, capped at 1; blank when t is 0 or not started. */
export function paceForecast(score: number, t: number, notStarted: boolean): Forecast {
  if (notStarted)
    return { forecast: null, explanation: 'Forecast: none, not started', trend: false };
  if (t === 0) {
    return { forecast: null, explanation: 'Forecast: none, no time has elapsed', trend: false };
  }

  const raw = score / t;
  const forecast = round2(Math.min(1, raw));
  const formula = `Forecast: ${score.toFixed(2)} / ${twoDecimals(t)} = ${twoDecimals(raw)}`;
  const capped = raw > 1 ? ', capped at 1 = 1.00' : '';
  return { forecast, explanation: formula + capped, trend: false };
}

/**
 * Trend forecast (issue 7): the least-squares line through the recorded scores against the day
 * number in the period, read at the period's last day, clamped to 0..1 and rounded. Points come in
 * log order; a later record on the same day replaces an earlier one. Null when fewer than three
 * days are recorded, so the caller falls back to the pace rule.
 */
export function trendForecast(points: TrendPoint[], period: Period): Forecast | null {
  const scoreByDay = new Map<number, number>();
  for (const point of points) scoreByDay.set(daysBetween(period.start, point.date), point.score);
  if (scoreByDay.size < MIN_TREND_DAYS) return null;

  const days = [...scoreByDay.keys()];
  const scores = [...scoreByDay.values()];
  const meanDay = days.reduce((sum, d) => sum + d, 0) / days.length;
  const meanScore = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const covariance = days.reduce((sum, d, i) => sum + (d - meanDay) * (scores[i] - meanScore), 0);
  const variance = days.reduce((sum, d) => sum + (d - meanDay) ** 2, 0);
  const slopePerDay = covariance / variance;

  const lastDay = period.lengthDays - 1;
  const raw = meanScore + slopePerDay * (lastDay - meanDay);
  const forecast = round2(clamp01(raw));
  const slope = `${slopePerDay >= 0 ? '+' : ''}${slopePerDay.toFixed(4)} a day`;
  const clamped = forecast === round2(raw) ? '' : `, clamped to 0..1 = ${forecast.toFixed(2)}`;
  return {
    forecast,
    explanation:
      `Forecast: trend of ${days.length} check-ins (${slope}) ` +
      `read on ${period.end} = ${twoDecimals(raw)}${clamped}`,
    trend: true,
  };
}

/** One counted key result of an objective, with its forecast (null when not started). */
export interface WeightedForecast {
  forecast: number | null;
  weight: number;
  trend: boolean;
}

/**
 * An objective's forecast. When any counted key result follows a trend, the weighted mean of the
 * key results' forecasts (a key result without one counts 0, as its score / t would); otherwise
 * the objective's own score / t. Blank when t is 0 or the objective has not started.
 */
export function objectiveForecast(
  keyResults: WeightedForecast[],
  score: number,
  t: number,
  notStarted: boolean,
): Forecast {
  const pace = paceForecast(score, t, notStarted);
  if (pace.forecast === null || !keyResults.some((keyResult) => keyResult.trend)) return pace;

  const mean = weightedMean(
    keyResults.map(({ forecast, weight }) => ({ score: forecast ?? 0, weight })),
    'Forecast: weighted mean of key result forecasts',
  );
  return mean
    ? { forecast: mean.score, explanation: mean.explanation, trend: true }
    : { ...pace, trend: false };
}
