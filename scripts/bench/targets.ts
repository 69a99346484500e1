// The targets of issue 6, checked against the measured figures: one sentence per failure.

import type { EvaluationFigures, FileFigures } from './bundle';
import type { RunFigures } from './measure';

export const MAX_SERVICE_CALLS = 40;
/** Modeled Sheets seconds must stay below these, by number of key results. */
export const MAX_MODELED_SECONDS: Record<number, number> = { 1_000: 8, 10_000: 30 };
/** Ten times the rows may cost at most twelve times the time: near-linear, never quadratic. */
export const MAX_GROWTH = 12;
export const MAX_BYTES: Record<string, number> = {
  'dist/Code.js': 200 * 1024,
  'dist/Sidebar.html': 60 * 1024,
};
export const MAX_EVALUATION_MS = 15;

export function targetFailures(
  runs: RunFigures[],
  files: FileFigures[],
  evaluation: EvaluationFigures,
): string[] {
  const failures: string[] = [];

  for (const kind of ['first', 'second'] as const) {
    const ofKind = runs.filter((r) => r.run === kind);
    const calls = [...new Set(ofKind.map((r) => r.serviceCalls))];
    if (calls.length > 1) {
      const list = ofKind.map((r) => `${r.serviceCalls} at ${r.keyResults}`).join(', ');
      failures.push(`${kind} run: serviceCalls grow with size (${list})`);
    }
    for (const r of ofKind.filter((r) => r.serviceCalls > MAX_SERVICE_CALLS)) {
      failures.push(
        `${kind} run: ${r.serviceCalls} serviceCalls at ${r.keyResults}, over ${MAX_SERVICE_CALLS}`,
      );
    }
    for (const r of ofKind) {
      const limit = MAX_MODELED_SECONDS[r.keyResults];
      if (limit !== undefined && r.modeledSheetsSeconds >= limit) {
        const seconds = r.modeledSheetsSeconds;
        failures.push(`${kind} run: ${seconds} modeled s at ${r.keyResults}, not below ${limit}`);
      }
    }
    const at = (n: number) => ofKind.find((r) => r.keyResults === n)?.recalcMs;
    const [small, large] = [at(1_000), at(10_000)];
    if (small !== undefined && large !== undefined && large > MAX_GROWTH * small) {
      failures.push(
        `${kind} run: recalcMs ${large} at 10000 is over ${MAX_GROWTH} x ${small} at 1000`,
      );
    }
  }

  for (const { file, bytes } of files) {
    if (bytes > MAX_BYTES[file])
      failures.push(`${file} is ${bytes} bytes, over ${MAX_BYTES[file]}`);
  }
  if (evaluation.evalMsMedian >= MAX_EVALUATION_MS) {
    failures.push(
      `dist/Code.js evaluates in ${evaluation.evalMsMedian} ms, not below ${MAX_EVALUATION_MS}`,
    );
  }
  return failures;
}
