// `npm run bench` (after `npm run build`): bundles the TypeScript benchmark in scripts/bench/ into
// a temporary file and runs it; arguments pass through (e.g. --today 2026-02-14). The file goes
// under node_modules/.cache so that Node finds the packages it leaves external.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

const CACHE = 'node_modules/.cache/okr-kra';

mkdirSync(CACHE, { recursive: true });
const directory = mkdtempSync(path.join(CACHE, 'bench-'));
const outfile = path.join(directory, 'bench.cjs');
try {
  await build({
    entryPoints: ['scripts/bench/main.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(directory, { recursive: true, force: true });
}
