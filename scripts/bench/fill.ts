// Writes a generated team into a set-up workbook from outside the bundle, through the emulated
// SpreadsheetApp as a person typing would: '85%' becomes 0.85, '12 days' stays text. These writes
// happen before the measured run, so they count for nothing.

import { formatKeyResultHistory, formatKraHistory } from '../../src/core/history';
import type { CheckIn } from '../../src/core/types';
import { markHistoryBuilt } from '../../src/sheets/history';
import { TEMPLATE, type SheetSpec } from '../../src/sheets/template';
import type { GeneratedTeam, Row, TypedCell } from './generate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The 30 days of check-ins go in as the add-on would have left them: in the Check-ins log and in
 * each row's History cell, with the document property that says the cells hold the whole log.
 */
export function fillWorkbook(
  spreadsheet: Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  team: GeneratedTeam,
  today: string,
) {
  const history = historyOf(team.checkIns, today);
  const withHistory = (rows: Row[]) =>
    rows.map((row) => ({ ...row, history: history.get(String(row.id)) ?? '' }));

  writeRows(spreadsheet, TEMPLATE.owners, team.owners);
  writeRows(spreadsheet, TEMPLATE.kras, withHistory(team.kras));
  writeRows(spreadsheet, TEMPLATE.objectives, team.objectives);
  writeRows(spreadsheet, TEMPLATE.keyResults, withHistory(team.keyResults));
  writeRows(spreadsheet, TEMPLATE.checkIns, team.checkIns);
  markHistoryBuilt(properties, true);
}

/** ID -> History cell, from the generated log (its first record on the sheet's row 3). */
function historyOf(log: Row[], today: string): Map<string, string> {
  const firstRow = (TEMPLATE.checkIns.headerRow ?? 1) + 1;
  const byId = new Map<string, { records: CheckIn[]; lastRow: number }>();
  log.forEach((row, i) => {
    const id = String(row.id);
    const entry = byId.get(id) ?? { records: [], lastRow: firstRow + i };
    entry.records.push({
      date: String(row.date),
      kind: row.kind === 'KRA' ? 'KRA' : 'Key result',
      id,
      value: Number(row.value),
      standard: row.standard === '' ? null : Number(row.standard),
      met: typeof row.met === 'boolean' ? row.met : null,
      confidence: null,
      note: '',
    });
    entry.lastRow = firstRow + i;
    byId.set(id, entry);
  });

  const cells = new Map<string, string>();
  for (const [id, { records, lastRow }] of byId) {
    cells.set(
      id,
      records[0].kind === 'KRA'
        ? formatKraHistory(id, records, lastRow, today)
        : formatKeyResultHistory(id, records),
    );
  }
  return cells;
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
