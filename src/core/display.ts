// Small text renderings of numbers for cells: a progress bar and a trend line.

const BAR_BLOCKS = 10;
const SPARK = '▁▂▃▄▅▆▇█';

/** Progress as ten whole blocks, clamped to 0..1: 0.45 -> '█████░░░░░' (rounded). */
export function progressBar(progress: number | null): string {
  if (progress === null || !Number.isFinite(progress)) return '';
  const filled = Math.round(Math.min(1, Math.max(0, progress)) * BAR_BLOCKS);
  return '█'.repeat(filled) + '░'.repeat(BAR_BLOCKS - filled);
}

/** Recorded values, oldest first, as a line of eight-level blocks; '' for fewer than two. */
export function trendLine(values: readonly number[]): string {
  if (values.length < 2) return '';
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low;
  return values
    .map((v) => SPARK[span === 0 ? 3 : Math.round(((v - low) / span) * (SPARK.length - 1))])
    .join('');
}
