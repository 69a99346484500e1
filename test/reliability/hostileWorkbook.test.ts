// The hostile workbook fixture through Set up sheets and Recalculate status, in the bundle and
// through the command line: no crash, no cell a person typed changed, no formula created.

import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { LocalWorkbook } from '../../src/local/runtime';
import type { Report } from '../../src/sheets/report';
import { harness } from '../helpers/bundle';
import { writeHostileWorkbook } from '../helpers/hostileWorkbook';
import {
  callBundle,
  changedCells,
  formulasIn,
  markedColumns,
  setupChanges,
  snapshot,
  type CellChange,
  type Grid,
} from '../helpers/workbookChecks';

// Each command line run loads Node, exceljs and the bundle: seconds apiece on a busy machine.
jest.setTimeout(180_000);

const BIN = path.join(__dirname, '..', '..', 'bin', 'okr-kra.js');
const TODAY = '2026-02-14';

/** The changes to a team's cells between the file as brought and the workbook now. */
function teamCellChanges(original: Record<string, Grid>, workbook: LocalWorkbook): CellChange[] {
  const now = snapshot(workbook);
  return Object.keys(original).flatMap((name) =>
    setupChanges(name, original[name], now[name], markedColumns(workbook, name)),
  );
}

/** Problems the fixture's bad cells must raise, each on its sheet, row and column. */
const EXPECTED_PROBLEMS = [
  { sheet: 'Objectives', row: 5, column: 'Period' },
  { sheet: 'Key Results', row: 2, column: 'Actual' },
  { sheet: 'Key Results', row: 5, column: 'Baseline' },
  { sheet: 'Key Results', row: 5, column: 'Actual' },
  { sheet: 'Key Results', row: 5, column: 'Weight' },
  { sheet: 'Key Results', row: 6, column: 'Actual' },
  { sheet: 'KRAs', row: 3, column: 'Threshold' },
  { sheet: 'KRAs', row: 3, column: 'ACTUAL' },
];

const located = (report: Report) =>
  report.problems.map(({ sheet, row, column }) => ({ sheet, row, column }));

describe('the hostile workbook in the bundle', () => {
  it('is set up and recalculated with no crash, no typed cell changed and no formula', async () => {
    const file = await writeHostileWorkbook();
    const workbook = await LocalWorkbook.load(file);
    expect(formulasIn(workbook)).toEqual([]);
    const original = snapshot(workbook);
    const h = harness(workbook, TODAY);

    callBundle(h.runtime, 'setUpSheets');
    expect(teamCellChanges(original, workbook)).toEqual([]);
    const setUp = snapshot(workbook);
    const { report } = callBundle<{ report: Report }>(h.runtime, 'recalculateStatus');
    h.runtime.dispose();

    for (const name of Object.keys(original)) {
      expect(
        changedCells(name, setUp[name], snapshot(workbook)[name], markedColumns(workbook, name)),
      ).toEqual([]);
    }
    expect(teamCellChanges(original, workbook)).toEqual([]);
    expect(formulasIn(workbook)).toEqual([]);
    for (const problem of EXPECTED_PROBLEMS) expect(located(report)).toContainEqual(problem);
  });
});

describe('the hostile workbook through the command line', () => {
  it('okr-kra setup and recalc succeed, change no typed cell and create no formula', async () => {
    const file = await writeHostileWorkbook();
    const original = snapshot(await LocalWorkbook.load(file));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args, '--today', TODAY], { encoding: 'utf8' });

    const setup = run('setup', file);
    expect(setup.stderr).toBe('');
    expect(setup.status).toBe(0);
    const recalc = run('recalc', file, '--json');
    expect(recalc.stderr).toBe('');
    expect(recalc.status).toBe(0);

    const saved = await LocalWorkbook.load(file);
    expect(teamCellChanges(original, saved)).toEqual([]);
    expect(formulasIn(saved)).toEqual([]);
    const report = JSON.parse(recalc.stdout) as Report;
    for (const problem of EXPECTED_PROBLEMS) expect(located(report)).toContainEqual(problem);
  });
});
