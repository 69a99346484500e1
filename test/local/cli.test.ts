// The okr-kra command line end to end, on real .xlsx files in a temporary folder.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { LocalWorkbook } from '../../src/local/runtime';

const BIN = path.join(__dirname, '..', '..', 'bin', 'okr-kra.js');

function okrKra(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'okr-kra-cli-')), name);
}

describe('okr-kra setup and recalc', () => {
  const file = tempFile('w.xlsx');

  it('creates a workbook with the sample team', () => {
    const result = okrKra('setup', file, '--sample', '--today', '2026-02-14');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Added the sample team: 4 owners, 5 objectives for 2026-Q1');
    expect(existsSync(file)).toBe(true);
  });

  it('recalculates and prints the report as JSON', async () => {
    const result = okrKra('recalc', file, '--today', '2026-02-14', '--json');
    expect(result.status).toBe(0);

    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual([
      'objectives',
      'keyResults',
      'kras',
      'problems',
      'warnings',
    ]);
    expect(report.keyResults.find((k: { id: string }) => k.id === 'KR6')).toEqual({
      id: 'KR6',
      progress: 1,
      score: 1,
      status: 'Achieved',
      forecast: 1,
    });

    const saved = await LocalWorkbook.load(file);
    const header = saved.values('Key Results')[0];
    const kr6 = saved.values('Key Results').find((row) => row[0] === 'KR6') as unknown[];
    expect(kr6[header.indexOf('Status')]).toBe('Achieved');
  });

  it('saves to --out and leaves the original alone', async () => {
    const out = tempFile('out.xlsx');
    expect(okrKra('recalc', file, '--today', '2026-03-01', '--out', out).status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('prints suggestions for objectives without a KRA', () => {
    const result = okrKra('suggest', file, '--json');
    expect(result.status).toBe(0);
    const suggestions = JSON.parse(result.stdout) as {
      objective: string;
      suggestions: { kra: string; score: number }[];
    }[];
    expect(suggestions.map((s) => s.objective)).toEqual(['O2', 'O5']);
    for (const s of suggestions) {
      expect(s.suggestions.length).toBeLessThanOrEqual(3);
      for (const k of s.suggestions) expect(k.score).toBeGreaterThan(0);
    }
  });

  it('calls a server function with a JSON argument', async () => {
    const result = okrKra('call', file, 'setObjectiveKra', '{"objectiveId":"O2","kraId":"A6"}');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ message: 'Mapped O2 to KRA A6.' });

    const saved = await LocalWorkbook.load(file);
    const o2 = saved.values('Objectives').find((row) => row[0] === 'O2') as unknown[];
    expect(o2[saved.values('Objectives')[0].indexOf('KRA')]).toBe('A6');
  });
});

describe('okr-kra with a bad command line', () => {
  it.each([
    [['recalc'], /missing required argument/],
    [
      ['recalc', '/nonexistent/w.xlsx'],
      /^okr-kra: cannot read \/nonexistent\/w.xlsx: no such file\n$/,
    ],
    [
      ['recalc', 'x.xlsx', '--today', '2026-13-45'],
      /^okr-kra: --today must be a date written YYYY-MM-DD, not 2026-13-45\n$/,
    ],
    [['frobnicate'], /unknown command/],
  ])('%j exits 2 with one line and no stack trace', (args, message) => {
    const result = okrKra(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a file that is not a workbook', () => {
    const file = tempFile('not.xlsx');
    writeFileSync(file, 'hello');
    const result = okrKra('recalc', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^okr-kra: cannot read .*not\.xlsx: /);
  });
});
