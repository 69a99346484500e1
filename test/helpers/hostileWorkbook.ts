// A hostile workbook as a team might bring it, written as .xlsx with exceljs: texts that look like
// formulas or carry script, error values, blank rows, columns reordered, renamed or missing, and a
// sheet of the team's own.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';

const NA = { error: '#N/A' } as ExcelJS.CellErrorValue;
const REF = { error: '#REF!' } as ExcelJS.CellErrorValue;

export const HOSTILE_SHEETS: Record<string, ExcelJS.CellValue[][]> = {
  // Reordered, Type missing, a column of the team's own, a blank row.
  Objectives: [
    ['Period', 'Goal', 'ID', 'Lead', 'Their status', 'Parent'],
    ['2026-Q1', '=HYPERLINK("http://evil.example","Grow")', 'O1', 'Ana', '=1+1', ''],
    [],
    ['Q1 2026', '<script>alert(1)</script>', 'O2', '+cmd', NA, 'O1'],
    [REF, '@SUM(1)', '-2', 'Raj', 'Loading...', '#DIV/0!'],
  ],
  // Aliases, a doubled Weight, Metric type missing, texts where numbers belong.
  'Key Results': [
    ['Objective', 'Baseline', 'ID', 'KR', 'Goal', 'Actual', 'Weight', 'Weight', 'Status'],
    ['O1', 0, 'KR1', '=1+1', 10, '5,9', 1, '=2', 'On Track '],
    ['O1', '20%', 'KR2', '\t=cmd', '80%', '50%', '', '', 'Completed'],
    [],
    ['O2', NA, 'KR3', '<img src=x onerror=alert(1)>', 100, 'Test123', '-1', '', '=1+1'],
    ['O2', 0, 'KR4', '"><svg onload=alert(1)>', 10, REF, '007', '@x', ''],
    ['', '', '', '', '', '', '', '', ''],
    ['O9', 'TRUE', 'KR5', 'javascript:alert(1)', '1/2', '12:30', 'TRUE', '', '-2'],
  ],
  // Headers in odd case and spacing, Review cadence missing.
  KRAs: [
    ['id', ' KRA ', 'OWNER', 'KPI', 'Comparator', 'Threshold', 'ACTUAL', 'Weighting'],
    ['A1', 'Customer support', 'Ana', '=1+1', '>=', '85%', '88%', 40],
    ['A2', '<script>x</script>', '@x', 'CSAT', '=>', NA, 'Test123', '-5'],
    [],
    ['A1', '+cmd', 'Raj', 'NPS', 'at most', 30, 45, '=1'],
  ],
  Owners: [
    ['Person', 'E-mail', 'Team'],
    ['Ana', '=HYPERLINK("mailto:x")', 'Support'],
    ['Raj', '<b>raj</b>', '-1+2'],
  ],
  'Team notes': [
    ['Remember', '=1+1'],
    ['+cmd', '@x'],
    [NA, '<script>alert(1)</script>'],
  ],
};

/** Writes the hostile workbook to a new temporary .xlsx and returns its path. */
export async function writeHostileWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(HOSTILE_SHEETS)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== '') sheet.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'okr-kra-hostile-')), 'hostile.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}
