// Import a sheet through the bundle in the local runtime: the real public template
// (real/scale-okr-template.xlsx), read only, becoming objectives and key results.

import { TEMPLATE } from '../../src/sheets/template';
import { harness, records, type Harness } from '../helpers/bundle';
import { readRealTemplate, realTemplate, workbookWith } from '../helpers/xlsx';

type ImportResult = { message: string; objectives: number; keyResults: number };
type Report = { keyResults: { id: string; status: string | null }[] };

const KEY_RESULT_HEADERS = TEMPLATE.keyResults.columns.map((c) => c.header);
const TEAM_COLUMNS = [
  'Priority',
  'Status',
  'Score',
  'PM Owner',
  'links',
  'Updates (use comments)',
  'Scoring Criteria',
];

describe('Import a sheet: the real OKR template', () => {
  let h: Harness;
  let before: unknown[][];
  let result: ImportResult;
  let expected: { objectives: string[]; keyResults: string[]; status: unknown[]; score: unknown[] };

  beforeAll(async () => {
    // Read independently: one objective per distinct text, one key result per filled row.
    const { header, rows } = await readRealTemplate();
    const col = (name: string) => header.indexOf(name);
    const filled = rows.filter((r) => String(r[col('Key Result')]).trim() !== '');
    expected = {
      objectives: [...new Set(rows.map((r) => String(r[col('Objective')]).trim()))].filter(Boolean),
      keyResults: filled.map((r) => String(r[col('Key Result')])),
      status: filled.map((r) => r[col('Status')]),
      score: filled.map((r) => r[col('Score')]),
    };

    h = harness((await realTemplate()).workbook);
    before = h.workbook.values('OKRs');
    result = h.call<ImportResult>('importSheet', { sheet: 'OKRs' });
  });

  it('finds 2 objectives and 3 key results, as the file read independently says', () => {
    expect(expected.objectives).toHaveLength(2);
    expect(expected.keyResults).toHaveLength(3);
    expect(result).toEqual({
      message:
        'Set up the add-on\'s sheets, then imported 2 objectives and 3 key results from "OKRs" ' +
        '(header on row 2); "OKRs" is unchanged. It has no Period or Quarter column, so Period is ' +
        'blank: fill it in on Objectives.',
      objectives: expected.objectives.length,
      keyResults: expected.keyResults.length,
    });
  });

  it('writes one objective per distinct objective text, with new IDs', () => {
    const objectives = records(h.workbook, 'Objectives');
    expect(objectives.map((o) => [o.ID, o.Objective, o.Period])).toEqual([
      ['O1', 'Modernize ML Platform to power suite-wide discovery', ''],
      ['O2', 'Delight internal stakeholders with fast, seamless analytics', ''],
    ]);
    expect(objectives.map((o) => o.Objective)).toEqual(expected.objectives);
  });

  it('writes one key result per filled key result row, under its objective', () => {
    const keyResults = records(h.workbook, 'Key Results');
    expect(keyResults.map((k) => [k.ID, k['Objective ID'], k['Key result']])).toEqual([
      ['KR1', 'O1', '10% lift in engagement on new ML feed'],
      ['KR2', 'O1', '>75% of legacy signals plumbed into new architecture'],
      ['KR3', 'O1', 'Feedback received from at least 3 customers on muting posts'],
    ]);
    expect(keyResults.map((k) => k['Key result'])).toEqual(expected.keyResults);
  });

  it("carries the team's own columns, and renames ours where the names meet", () => {
    const header = h.workbook.values('Key Results')[0];
    expect(header).toEqual([
      ...KEY_RESULT_HEADERS.map((name) =>
        name === 'Score' || name === 'Status' ? `Calculated ${name.toLowerCase()}` : name,
      ),
      ...TEAM_COLUMNS,
    ]);
    const keyResults = records(h.workbook, 'Key Results');
    expect(keyResults.map((k) => [k.Priority, k.Status, k.Score])).toEqual([
      ['p1', 'Completed', 0.8],
      ['p2', 'On Track', 0.4],
      ['p2', 'On Track', ''],
    ]);
    expect(keyResults[0]['Scoring Criteria']).toBe('0.7 = 10%, 1.0 = 20%, linear');
  });

  it('leaves the imported sheet cell for cell as it was', () => {
    // Formatted to row 991, it is read to row 6: row 7 is only the merged tail of an objective,
    // which reads '' below its first row as in Sheets (rows 4 and 5 too).
    expect(before).toHaveLength(6);
    expect(before.slice(2).map((row) => row[0] === '')).toEqual([false, true, true, false]);
    expect(h.workbook.values('OKRs')).toEqual(before);
  });

  it("keeps the team's Status and Score through a recalculation, and fills ours beside", () => {
    const { report } = h.call<{ report: Report }>('recalculateStatus', undefined);
    const keyResults = records(h.workbook, 'Key Results');

    expect(keyResults.map((k) => k.Status)).toEqual(expected.status);
    expect(keyResults.map((k) => k.Score)).toEqual([0.8, 0.4, '']);
    expect(keyResults.map((k) => k.Score)).toEqual(expected.score);
    expect(report.keyResults.map((k) => k.id)).toEqual(['KR1', 'KR2', 'KR3']);
    expect(h.workbook.values('OKRs')).toEqual(before);
  });

  it('continues the IDs and reuses its own columns when the sheet is imported again', () => {
    const again = h.call<ImportResult>('importSheet', { sheet: 'OKRs', headerRow: 2 });

    expect(again.message).toMatch(/^Imported 2 objectives and 3 key results/);
    expect(records(h.workbook, 'Objectives').map((o) => o.ID)).toEqual(['O1', 'O2', 'O3', 'O4']);
    const keyResults = records(h.workbook, 'Key Results');
    expect(keyResults.map((k) => [k.ID, k['Objective ID']])).toEqual([
      ['KR1', 'O1'],
      ['KR2', 'O1'],
      ['KR3', 'O1'],
      ['KR4', 'O3'],
      ['KR5', 'O3'],
      ['KR6', 'O3'],
    ]);
    expect(h.workbook.values('Key Results')[0].slice(-TEAM_COLUMNS.length)).toEqual(TEAM_COLUMNS);
    expect(keyResults.map((k) => k.Status).slice(3)).toEqual(expected.status);
  });
});

describe('Import a sheet: what it refuses', () => {
  it('refuses a sheet that does not exist, one of its own sheets, and a table without a header', async () => {
    const h = harness(
      await workbookWith({
        Notes: [
          ['Name', 'Email'],
          ['Ana', 'ana@example.com'],
        ],
      }),
    );
    h.call('setUpSheets');

    expect(() => h.call('importSheet', { sheet: 'Plans' })).toThrow(
      'There is no sheet named "Plans".',
    );
    expect(() => h.call('importSheet', { sheet: 'Key Results' })).toThrow(
      '"Key Results" is one of the add-on\'s own sheets; choose the sheet that holds your table.',
    );
    expect(() => h.call('importSheet', { sheet: 'Notes' })).toThrow(
      'No header with an Objective and a Key result column found on the first 10 rows of "Notes".',
    );
    expect(() => h.call('importSheet', { sheet: 'Notes', headerRow: 0 })).toThrow(
      /Invalid argument for importSheet \(headerRow\)/,
    );
  });
});

describe('Import a sheet… from the menu', () => {
  it('imports the active sheet and lists what it added in a dialog', async () => {
    const h = harness((await realTemplate()).workbook);

    const result = h.call<ImportResult>('importActiveSheet');

    expect(result).toMatchObject({ objectives: 2, keyResults: 3 });
    const dialog = h.runtime.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Import a sheet');
    expect(dialog?.html).toContain(
      'O1 Modernize ML Platform to power suite-wide discovery (3 key results)',
    );
    expect(dialog?.html).toContain(
      'O2 Delight internal stakeholders with fast, seamless analytics (0 key results)',
    );
  });
});
