// Reading a team's flat table (pure), and Set up sheets on a team's own headers (the bundle in the
// local runtime): aliases, cases 24, 25 and 26.

import type { CellValue } from '../../src/core/types';
import { groupRows, locateHeader } from '../../src/sheets/flatTable';
import { TEMPLATE } from '../../src/sheets/template';
import { harness, records } from '../helpers/bundle';
import { workbookWith } from '../helpers/xlsx';

type Report = { problems: unknown[]; keyResults: { id: string }[]; objectives: { id: string }[] };

const HEADER = ['Objective', 'Key result', 'Eng Owner', 'PM Owner', 'Quarter', 'Status', 'Score'];

describe('reading a flat table', () => {
  const table: CellValue[][] = [
    ['Team OKRs', '', '', '', '', '', ''],
    HEADER,
    ['Grow revenue', 'Close 10 deals', '', 'Raj', '2026-Q1', 'On Track', 0.5],
    ['', 'Sign 2 partners', 'Mei', '', '', 'Completed', 1],
    ['', '', '', '', '', '', ''],
    ['Cut churn', 'Churn below 2%', 'Ana', '', 'Q1 2026', '', ''],
    ['grow  revenue ', 'Upsell 5 accounts', '', '', '', '', ''],
    ['Hire well', '', 'Tom', '', '2026-Q1', '', ''],
  ];

  it('finds the header on the row that matches the most columns', () => {
    const layout = locateHeader(table, 'OKRs');
    expect(layout.headerRow).toBe(2);
    expect(Object.fromEntries(layout.fields)).toEqual({ objective: 0, keyResult: 1, period: 4 });
    expect(layout.owners).toEqual([2, 3]);
    expect(layout.extras).toEqual([
      { column: 3, header: 'PM Owner' },
      { column: 5, header: 'Status' },
      { column: 6, header: 'Score' },
    ]);
  });

  it('groups rows into objectives: merged blanks belong above, the same text later is the same', () => {
    const flat = groupRows(table, locateHeader(table, 'OKRs'), 4);

    expect(flat.objectives.map((o) => [o.id, o.text, o.keyResults])).toEqual([
      ['O4', 'Grow revenue', 3],
      ['O5', 'Cut churn', 1],
      ['O6', 'Hire well', 0],
    ]);
    expect(flat.objectives.map((o) => [o.cells.owner, o.cells.period])).toEqual([
      ['Raj', '2026-Q1'],
      ['Ana', 'Q1 2026'],
      ['Tom', '2026-Q1'],
    ]);
    expect(flat.keyResults.map((k) => [k.objective?.id, k.cells[1], k.owner])).toEqual([
      ['O4', 'Close 10 deals', 'Raj'],
      ['O4', 'Sign 2 partners', 'Mei'],
      ['O5', 'Churn below 2%', 'Ana'],
      ['O4', 'Upsell 5 accounts', ''],
    ]);
  });

  it('uses the header row it is given, and says when it has no objective or key result', () => {
    expect(locateHeader(table, 'OKRs', 2).headerRow).toBe(2);
    expect(() => locateHeader(table, 'OKRs', 1)).toThrow(
      'No header with an Objective and a Key result column found on row 1 of "OKRs".',
    );
    expect(() => locateHeader([['Name', 'Email']], 'People')).toThrow(
      'No header with an Objective and a Key result column found on the first 10 rows of "People".',
    );
  });

  it('keeps an unnamed column that holds values, named by its letter', () => {
    const rows: CellValue[][] = [
      ['Objective', 'KR', ''],
      ['Grow', 'Close deals', 'x'],
    ];
    expect(locateHeader(rows, 'S').extras).toEqual([{ column: 2, header: 'Column C' }]);
  });
});

describe('Set up sheets on a team’s own headers', () => {
  it('maps KR, Baseline, Goal, Actual, Lead, Quarter and Weightage, and adds no duplicate', async () => {
    const book = await workbookWith({
      Objectives: [
        ['ID', 'Goal', 'Lead', 'Quarter'],
        ['O1', 'Delight customers', 'Ana', '2026-Q1'],
      ],
      'Key Results': [
        ['ID', 'Objective ID', 'KR', 'Lead', 'Baseline', 'Goal', 'Actual', 'Weightage'],
        ['KR1', 'O1', 'Cut response time', 'Ana', 12, 4, 9, 1],
      ],
    });
    const h = harness(book);

    const result = h.call<{ message: string; mapped: string[]; added: string[] }>('setUpSheets');

    expect(result.mapped).toEqual([
      'Objectives: Goal → Objective',
      'Objectives: Lead → Owner',
      'Objectives: Quarter → Period',
      'Key Results: KR → Key result',
      'Key Results: Lead → Owner',
      'Key Results: Baseline → Start',
      'Key Results: Goal → Target',
      'Key Results: Actual → Current',
      'Key Results: Weightage → Weight',
    ]);
    expect(h.workbook.values('Key Results')[0]).toEqual([
      ...['ID', 'Objective ID', 'KR', 'Lead', 'Baseline', 'Goal', 'Actual', 'Weightage'],
      ...['Metric type', 'Confidence', 'Last check-in', 'Notes'],
      ...['Progress', 'Progress bar', 'Score', 'Status', 'Forecast', 'Trend', 'History'],
    ]);
    expect(h.workbook.values('Objectives')[0]).toEqual([
      ...['ID', 'Goal', 'Lead', 'Quarter', 'Type', 'KRA', 'Parent', 'Notes'],
      ...['Score', 'Status', 'Forecast'],
    ]);
    // 4 new sheets; 7 columns on Objectives, 11 on Key Results, 14 on KRAs, 7 on Owners, 8 on Check-ins.
    expect(result.message).toBe('Set up 51 new items and recognised 9 of your columns.');
    const dialog = h.runtime.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Set up sheets');
    expect(dialog?.html).toContain(result.message);
    const recognised = result.mapped.map((m) => `<li>Recognised ${m}</li>`).join('');
    expect(dialog?.html).toContain(recognised);
  });

  it('case 24: "Weight " with a trailing space and "Key" + line break + "result" are recognised', async () => {
    const book = await workbookWith({
      'Key Results': [
        ['ID', 'Objective ID', 'Key\nresult', 'Target', 'Current', 'Weight '],
        ['KR1', 'O1', 'Ship it', 10, 5, 2],
      ],
    });
    const h = harness(book);

    const result = h.call<{ mapped: string[]; added: string[] }>('setUpSheets');

    expect(result.mapped).toEqual([]);
    expect(result.added.filter((a) => a.startsWith('Key Results:'))).toEqual([
      'Key Results: Owner',
      'Key Results: Metric type',
      'Key Results: Start',
      'Key Results: Confidence',
      'Key Results: Last check-in',
      'Key Results: Notes',
      ...['Progress', 'Progress bar', 'Score', 'Status', 'Forecast', 'Trend', 'History'].map(
        (c) => `Key Results: ${c}`,
      ),
    ]);
    expect(records(h.workbook, 'Key Results')[0]).toMatchObject({ 'Key\nresult': 'Ship it' });
  });

  it('case 25: a team’s own Status column keeps On Track and Completed; ours goes beside it', async () => {
    const book = await workbookWith({
      'Key Results': [
        ['ID', 'Objective ID', 'Key result', 'Start', 'Target', 'Current', 'Status'],
        ['KR1', 'O1', 'Close deals', 0, 10, 5, 'On Track '],
        ['KR2', 'O1', 'Sign partners', 0, 2, 2, 'Completed'],
      ],
      Objectives: [
        ['ID', 'Objective', 'Owner', 'Period'],
        ['O1', 'Grow revenue', 'Ana', '2026-Q1'],
      ],
    });
    const h = harness(book);
    h.call('setUpSheets');
    h.call('recalculateStatus');

    const header = h.workbook.values('Key Results')[0];
    const status = header.indexOf('Status');
    expect(header.slice(status, status + 7)).toEqual([
      'Status',
      'Progress',
      'Progress bar',
      'Score',
      'Calculated status',
      'Forecast',
      'Trend',
    ]);
    const rows = records(h.workbook, 'Key Results');
    expect(rows.map((r) => r.Status)).toEqual(['On Track ', 'Completed']);
    expect(rows.map((r) => r['Calculated status'])).toEqual(['On track', 'Achieved']);
  });

  it('case 26: a sheet formatted to row 990 with no values gives no problem and no extra work', async () => {
    const sheets = {
      Objectives: [
        TEMPLATE.objectives.columns.filter((c) => !c.computed).map((c) => c.header),
        ['O1', 'Grow revenue', 'Ana', '2026-Q1', '', '', '', ''],
      ],
      'Key Results': [
        ['ID', 'Objective ID', 'Key result', 'Owner', 'Start', 'Target', 'Current'],
        ['KR1', 'O1', 'Close deals', 'Ana', 0, 10, 5],
        ['KR2', 'O1', 'Sign partners', 'Ana', 0, 2, 1],
      ],
    };
    const recalculated = async (formattedRows: number) => {
      const h = harness(await workbookWith(sheets, { formattedRows }));
      h.call('setUpSheets');
      h.runtime.resetStats();
      const { report } = h.call<{ report: Report }>('recalculateStatus');
      return { h, report, stats: { ...h.runtime.stats } };
    };

    const formatted = await recalculated(990);
    const plain = await recalculated(0);

    expect(formatted.report.problems).toEqual([]);
    expect(formatted.report.keyResults.map((k) => k.id)).toEqual(['KR1', 'KR2']);
    expect(formatted.report.objectives.map((o) => o.id)).toEqual(['O1']);
    // Rows read: the header and the two data rows, not the 990 formatted ones.
    expect(formatted.h.workbook.values('Key Results')).toHaveLength(3);
    expect(formatted.stats).toEqual(plain.stats);
  });
});
