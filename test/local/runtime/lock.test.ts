import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { buildSync } from 'esbuild';

import { AppsScriptRuntime, createGlobals, LocalWorkbook } from '../../../src/local/runtime';
import { BUNDLE_DIR, removeTemporaryDirs, temporaryDir } from './helpers';

afterAll(removeTemporaryDirs);

const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/** A saved workbook whose first sheet, Data, holds `counter` in A1. */
async function savedWorkbook(counter = 0): Promise<string> {
  const workbook = LocalWorkbook.create();
  const spreadsheet = (
    createGlobals(workbook).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActive();
  spreadsheet.getSheets()[0].setName('Data').getRange('A1').setValue(counter);
  const path = join(temporaryDir(), 'team.xlsx');
  await workbook.save(path);
  return path;
}

async function runtimeOn(path: string, lockWaitMs = 200) {
  const workbook = await LocalWorkbook.load(path);
  return new AppsScriptRuntime(workbook, { bundleDir: BUNDLE_DIR, lockWaitMs });
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('LockService.getDocumentLock', () => {
  it('fails after the shortened wait while another process holds the lock file', async () => {
    const path = await savedWorkbook();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.pid, time: '', token: 'other' }));
    const runtime = await runtimeOn(path, 200);

    const started = Date.now();
    expect(runtime.call('tryLock', 30_000)).toEqual({ got: false, has: false });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(190);
    expect(waited).toBeLessThan(5_000);

    expect(() => runtime.call('waitLock', 30_000)).toThrow(TIMEOUT);
    runtime.dispose();
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it('takes over a stale lock whose process is gone, and holds it until saved', async () => {
    const path = await savedWorkbook();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: deadPid(), time: '', token: 'dead' }));
    const runtime = await runtimeOn(path);

    expect(runtime.call('increment', 1_000)).toBe(1);
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8')).pid).toBe(process.pid);

    await runtime.save();
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect((await LocalWorkbook.load(path)).values('Data')).toEqual([[1]]);
  });

  it('reloads the workbook when another process saved it meanwhile', async () => {
    const path = await savedWorkbook(5);
    const runtime = await runtimeOn(path);

    const other = await LocalWorkbook.load(path);
    const data = (
      createGlobals(other).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    )
      .getActive()
      .getSheetByName('Data')!;
    data.getRange('A1').setValue(41);
    data.getRange('B1').setNote('saved by someone else');
    await other.save(path);

    expect(runtime.call('increment', 1_000)).toBe(42);
    expect(runtime.workbook.cell('Data', 'B1')?.note).toBe('saved by someone else');
    await runtime.save();
  });

  it('serialises two runtimes of one in-memory workbook', () => {
    const workbook = LocalWorkbook.create();
    const first = new AppsScriptRuntime(workbook, { bundleDir: BUNDLE_DIR });
    const second = new AppsScriptRuntime(workbook, { bundleDir: BUNDLE_DIR });

    expect(first.call('tryLock', 100)).toEqual({ got: true, has: true });
    expect(second.call('tryLock', 100)).toEqual({ got: false, has: false });
    first.dispose();
    expect(second.call('tryLock', 100)).toEqual({ got: true, has: true });
    second.dispose();
  });
});

describe('two processes on one file', () => {
  let runtimeModule: string;

  beforeAll(() => {
    runtimeModule = join(temporaryDir(), 'runtime.js');
    buildSync({
      entryPoints: [resolve(__dirname, '../../../src/local/runtime/index.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      outfile: runtimeModule,
      logLevel: 'silent',
    });
  });

  /** Each child loads the file, then increments Data!A1 under the lock and saves, `times` times. */
  function child(path: string, times: number): Promise<number> {
    const script = `
      const { LocalWorkbook, AppsScriptRuntime } = require(${JSON.stringify(runtimeModule)});
      (async () => {
        for (let i = 0; i < ${times}; i++) {
          const workbook = await LocalWorkbook.load(${JSON.stringify(path)});
          const runtime = new AppsScriptRuntime(workbook, { bundleDir: ${JSON.stringify(BUNDLE_DIR)}, lockWaitMs: 30000 });
          runtime.call('increment', 30000);
          await runtime.save();
        }
      })().catch((error) => { console.error(error); process.exit(1); });`;
    const nodePath = resolve(__dirname, '../../../node_modules');
    const process_ = spawn(process.execPath, ['-e', script], {
      env: { ...process.env, NODE_PATH: nodePath },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return new Promise((done) => process_.on('exit', (code) => done(code ?? -1)));
  }

  it('loses no increment when both write under the lock', async () => {
    const path = await savedWorkbook();

    const codes = await Promise.all([child(path, 3), child(path, 3)]);

    expect(codes).toEqual([0, 0]);
    expect((await LocalWorkbook.load(path)).values('Data')).toEqual([[6]]);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
