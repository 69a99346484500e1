// Writes a generated team into a set-up workbook from outside the bundle, through the emulated
// SpreadsheetApp as a person typing would: '85%' becomes 0.85, '12 days' stays text. These writes
// happen before the measured runs, so they count for nothing. The 30 days of check-ins go into
// the log only: the run of the day before builds the History cells from it, as it would after an
// upgrade or Set up sheets.

import { TEMPLATE, type SheetSpec } from '../../src/sheets/template';
import type { GeneratedTeam, Row, TypedCell } from './generate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function fillWorkbook(spreadsheet: Spreadsheet, team: GeneratedTeam) {
  writeRows(spreadsheet, TEMPLATE.owners, team.owners);
  writeRows(spreadsheet, TEMPLATE.kras, team.kras);
  writeRows(spreadsheet, TEMPLATE.objectives, team.objectives);
  writeRows(spreadsheet, TEMPLATE.keyResults, team.keyResults);
  writeRows(spreadsheet, TEMPLATE.checkIns, team.checkIns);
}

/** One block below the header, each field in the column Set up sheets gave it. */
function writeRows(spreadsheet: Spreadsheet, spec: SheetSpec, rows: Row[]) {
  const sheet = spreadsheet.getSheetByName(spec.name);
  if (!sheet) throw new Error(`Set up sheets made no sheet "${spec.name}".`);
  if (rows.length === 0) return;

  const headerRow = spec.headerRow ?? 1;
  const header = sheet.getRange(headerRow, 1, 1, sheet.getLastColumn()).getValues()[0];
  const fields = header.map((h) => spec.columns.find((c) => c.header === h)?.field ?? '');
  const block: TypedCell[][] = rows.map((row) => fields.map((field) => row[field] ?? ''));
  // A sheet holds 1,000 rows until it is grown; the data fills it exactly, as a team's would.
  const maxRows = sheet.getMaxRows();
  const lastRow = headerRow + block.length;
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  sheet.getRange(headerRow + 1, 1, block.length, fields.length).setValues(block);
}
