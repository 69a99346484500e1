// A workbook edited in Excel or LibreOffice between runs, and read-only calls racing a write:
// findings of trying to break the command line, each kept as a test.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';

const BIN = path.join(__dirname, '..', '..', 'bin', 'okr-kra.js');

function okrKra(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function sample(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'okr-kra-edits-')), 'w.xlsx');
  expect(okrKra('setup', file, '--sample', '--today', '2026-02-14').status).toBe(0);
  expect(okrKra('recalc', file, '--today', '2026-02-14').status).toBe(0);
  return file;
}

async function edit(file: string, change: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  change(workbook);
  await workbook.xlsx.writeFile(file);
}

async function column(file: string, sheet: string, header: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const worksheet = workbook.getWorksheet(sheet) as ExcelJS.Worksheet;
  const index = (worksheet.getRow(1).values as unknown[]).indexOf(header);
  const values: unknown[] = [];
  for (let r = 2; r <= 13; r++) values.push(worksheet.getCell(r, index).value);
  return values;
}

describe('a column deleted in Excel', () => {
  it('moves the computed columns with it, and never writes over the team’s Notes', async () => {
    const file = await sample();
    await edit(file, (workbook) => {
      const sheet = workbook.getWorksheet('Key Results') as ExcelJS.Worksheet;
      sheet.spliceColumns(10, 1);
      const notes = (sheet.getRow(1).values as unknown[]).indexOf('Notes');
      for (let r = 2; r <= 13; r++) sheet.getCell(r, notes).value = `my note ${r}`;
    });

    const result = okrKra('recalc', file, '--today', '2026-02-14');

    expect(result.status).toBe(0);
    expect(await column(file, 'Key Results', 'Notes')).toEqual(
      Array.from({ length: 12 }, (_, i) => `my note ${i + 2}`),
    );
    expect((await column(file, 'Key Results', 'Status'))[0]).toBe('On track');
  });
});

describe('a cell typed past the sheet’s stored size', () => {
  it('grows the sheet instead of breaking every command', async () => {
    const file = await sample();
    await edit(file, (workbook) => {
      (workbook.getWorksheet('Owners') as ExcelJS.Worksheet).getCell('A1200').value = 'stray';
      (workbook.getWorksheet('Objectives') as ExcelJS.Worksheet).getCell('AA1').value = 'Extra';
    });

    expect(okrKra('recalc', file, '--today', '2026-02-14').status).toBe(0);
  });
});

describe('a renamed Current header', () => {
  it('is a problem on the header row, not a sheet of silent zeros', async () => {
    const file = await sample();
    await edit(file, (workbook) => {
      (workbook.getWorksheet('Key Results') as ExcelJS.Worksheet).getCell('H1').value =
        'Current (USD)';
    });

    const result = okrKra('recalc', file, '--today', '2026-02-14', '--json');

    expect(JSON.parse(result.stdout).problems[0]).toEqual({
      sheet: 'Key Results',
      row: 1,
      column: 'Current',
      message:
        'No column is headed "Current", so every row reads it as blank; rename the column back or run Set up sheets.',
    });
  });
});

describe('okr-kra call', () => {
  it.each(['constructor', 'toString', 'valueOf', '__okrKraInvoke', 'onOpen', 'nosuch'])(
    'refuses %s, which is no function the sidebar calls, and lists those',
    async (name) => {
      const file = await sample();
      const result = okrKra('call', file, name);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        `okr-kra: the add-on has no function "${name}" to call; call takes: ` +
          'getSidebarState, recalculateStatus, setUpSheets, addSampleTeam, setObjectiveKra, ' +
          'saveSettings, selectRow, explainSelection, suggestKras, checkIn, startNextPeriod, ' +
          'importSheet\n',
      );
    },
  );

  it('does not save after a call that changed nothing', async () => {
    const file = await sample();
    const { mtimeMs } = statSync(file);

    expect(okrKra('call', file, 'getSidebarState').status).toBe(0);

    expect(statSync(file).mtimeMs).toBe(mtimeMs);
  });
});

describe('a period in the year 9999', () => {
  it('is a problem on its cell, and the rest is recalculated', async () => {
    const file = await sample();
    await edit(file, (workbook) => {
      (workbook.getWorksheet('Objectives') as ExcelJS.Worksheet).getCell('D2').value = '9999-Q4';
    });

    const result = okrKra('recalc', file, '--today', '2026-02-14', '--json');

    expect(result.status).toBe(0);
    const problems = JSON.parse(result.stdout).problems as { row: number; column: string }[];
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, 'Period']]);
  });
});

describe('a team sheet named Status', () => {
  it('stops Set up sheets before anything is written', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'okr-kra-edits-')), 'w.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Status').getCell('A1').value = 'Weekly status notes';
    await workbook.xlsx.writeFile(file);
    const { mtimeMs } = statSync(file);

    const result = okrKra('setup', file);

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'okr-kra: A sheet named "Status" already holds something else; rename it (for example to "Status notes") and run Set up sheets again.\n',
    );
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
  });
});
