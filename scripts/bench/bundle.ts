// What Apps Script pays before any work: the size of what clasp pushes, and the time to evaluate
// dist/Code.js, which it does on every call (ARCHITECTURE.md).

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

export interface FileFigures {
  file: string;
  bytes: number;
}

export interface EvaluationFigures {
  file: string;
  /** Median over `runs` evaluations, each in a fresh context. */
  evalMsMedian: number;
  /** The first evaluation, before V8 has compiled this source once. */
  evalMsFirst: number;
  runs: number;
}

export const EVALUATION_RUNS = 20;

export function fileSizes(bundleDir: string): FileFigures[] {
  return ['Code.js', 'Sidebar.html'].map((name) => ({
    file: `dist/${name}`,
    bytes: statSync(path.join(bundleDir, name)).size,
  }));
}

/** Compiles and runs the bundle in a fresh vm context per run; contexts are made untimed. */
export function evaluationTime(bundleDir: string, runs = EVALUATION_RUNS): EvaluationFigures {
  const code = readFileSync(path.join(bundleDir, 'Code.js'), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = vm.createContext({ console });
    const started = performance.now();
    vm.runInContext(code, context, { filename: 'Code.js' });
    times.push(performance.now() - started);
  }

  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    file: 'dist/Code.js',
    evalMsMedian: Math.round(median * 100) / 100,
    evalMsFirst: Math.round(times[0] * 100) / 100,
    runs,
  };
}
