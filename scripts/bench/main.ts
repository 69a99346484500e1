// `npm run bench`: measures dist/ and Recalculate status at 100, 1,000 and 10,000 key results, one
// child process per size so that each peak of memory is its own. Prints JSON lines, then
// `targets: ok` or the failures, and exits non-zero when a target fails.

import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { evaluationTime, fileSizes } from './bundle';
import { measureSize, type RunFigures } from './measure';
import { targetFailures } from './targets';

const SIZES = [100, 1_000, 10_000];
const BUNDLE_DIR = path.resolve('dist');
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Noon UTC of `--today` (for figures that can be reproduced), else the current time. */
function runClock(): Date {
  const today = argument('--today');
  if (today === undefined) return new Date();
  if (!ISO_DAY.test(today)) throw new Error(`--today takes YYYY-MM-DD, not ${today}`);
  return new Date(`${today}T12:00:00Z`);
}

function print(line: object) {
  console.log(JSON.stringify(line));
}

/** Child mode: one size, its runs as JSON lines on stdout; a failure as one line on stderr. */
function measureOne(size: number, now: Date): number {
  try {
    for (const figures of measureSize(size, BUNDLE_DIR, now)) print(figures);
    return 0;
  } catch (error) {
    // The bundle's stack quotes a minified line thousands of characters long: the message will do.
    console.error(`at ${size} key results: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

function measureAll(now: Date): number {
  const files = fileSizes(BUNDLE_DIR);
  files.forEach(print);
  const evaluation = evaluationTime(BUNDLE_DIR);
  print(evaluation);

  const runs: RunFigures[] = [];
  for (const size of SIZES) {
    const child = spawnSync(
      process.execPath,
      [process.argv[1], '--size', String(size), '--now', now.toISOString()],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
    );
    if (child.status !== 0) {
      console.error(`the run at ${size} key results failed (exit ${child.status})`);
      return 1;
    }
    for (const line of child.stdout.split('\n').filter((l) => l.startsWith('{'))) {
      const figures = JSON.parse(line) as RunFigures;
      runs.push(figures);
      print(figures);
    }
  }

  const failures = targetFailures(runs, files, evaluation);
  console.log(failures.length ? `targets: failed\n- ${failures.join('\n- ')}` : 'targets: ok');
  return failures.length ? 1 : 0;
}

const size = argument('--size');
const now = argument('--now');
process.exitCode =
  size === undefined
    ? measureAll(runClock())
    : measureOne(Number(size), now ? new Date(now) : runClock());
