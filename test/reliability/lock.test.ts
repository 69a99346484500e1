// Two recalculations of one .xlsx at once, through the command line: the document lock (a lock
// file beside the workbook) lets one run at a time, and a run that cannot get it in time says so
// and writes nothing.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { LocalWorkbook } from '../../src/local/runtime';
import { LOCKED_MESSAGE } from '../../src/sheets/errors';
import { TEMPLATE } from '../../src/sheets/template';

// Each command line run loads Node, exceljs and the bundle: seconds apiece on a busy machine.
jest.setTimeout(180_000);

const BIN = path.join(__dirname, '..', '..', 'bin', 'okr-kra.js');
const TODAY = '2026-02-14';

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

function okrKra(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function sampleFile(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'okr-kra-lock-')), 'team.xlsx');
  const setup = await okrKra(['setup', file, '--sample', '--today', TODAY]);
  expect(setup).toMatchObject({ status: 0 });
  return file;
}

/** Each check-in recorded once: a run that missed the other's save would log the day twice. */
async function expectOneRecordPerDay(file: string) {
  const workbook = await LocalWorkbook.load(file);
  const records = workbook
    .values(TEMPLATE.checkIns.name)
    .slice(2)
    .map((row) => `${String(row[0])} ${String(row[1])} ${String(row[2])}`);
  expect(records.length).toBeGreaterThan(0);
  expect(new Set(records).size).toBe(records.length);
}

/** A run may wait for the other, or give up with the one clear message, having saved nothing. */
function expectDoneOrLocked(outcome: Outcome) {
  if (outcome.status === 0) return;
  expect(outcome.status).toBe(1);
  expect(outcome.stderr).toBe(`okr-kra: ${LOCKED_MESSAGE}\n`);
}

const recalc = (file: string) => ['recalc', file, '--today', TODAY];

describe('two recalculations of one workbook at once', () => {
  it('run one after the other when the second may wait', async () => {
    const file = await sampleFile();

    const outcomes = await Promise.all([okrKra(recalc(file)), okrKra(recalc(file))]);

    expect(outcomes.map((o) => o.status)).toEqual([0, 0]);
    await expectOneRecordPerDay(file);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('run one after the other, or the second says so and writes nothing, when it may not wait', async () => {
    const file = await sampleFile();
    const env = { OKR_KRA_LOCK_WAIT_MS: '1' };

    const outcomes = await Promise.all([okrKra(recalc(file), env), okrKra(recalc(file), env)]);

    outcomes.forEach(expectDoneOrLocked);
    expect(outcomes.some((o) => o.status === 0)).toBe(true);
    await expectOneRecordPerDay(file);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

describe('a workbook whose lock another process holds', () => {
  it('is left byte for byte as it was, with the message and a non-zero exit', async () => {
    const file = await sampleFile();
    const lockFile = `${file}.lock`;
    const held = JSON.stringify({
      pid: process.pid,
      time: new Date().toISOString(),
      token: 'test',
    });
    writeFileSync(lockFile, held);
    const bytes = readFileSync(file);

    const outcome = await okrKra(recalc(file), { OKR_KRA_LOCK_WAIT_MS: '200' });

    expect(outcome.status).not.toBe(0);
    expect(outcome.stderr).toContain('Another recalculation is running; try again in a moment');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readFileSync(lockFile, 'utf8')).toBe(held);

    unlinkSync(lockFile);
    expect((await okrKra(recalc(file))).status).toBe(0);
  });

  it('is taken over when that process has gone', async () => {
    const file = await sampleFile();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: gone, time: '2026-02-14T00:00:00Z' }));

    const outcome = await okrKra(recalc(file), { OKR_KRA_LOCK_WAIT_MS: '200' });

    expect(outcome.status).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
