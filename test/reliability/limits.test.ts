// A workbook past the size the add-on takes on stops with a clear message before writing anything.

import { MAX_DATA_ROWS } from '../../src/sheets/recalculate';
import { TEMPLATE } from '../../src/sheets/template';
import { harness } from '../helpers/bundle';
import { appendRecords } from '../helpers/hostileCells';
import { callBundle, changedCells, snapshot } from '../helpers/workbookChecks';

describe(`a workbook over ${MAX_DATA_ROWS} rows`, () => {
  const h = harness();
  callBundle(h.runtime, 'setUpSheets');
  appendRecords(h.workbook, TEMPLATE.objectives.name, [
    { ID: 'O1', Objective: 'Grow', Period: '2026-Q1' },
  ]);
  // Four header rows and the objective's row, and key results up to one row past the limit.
  const keyResults = MAX_DATA_ROWS + 1 - 5;
  appendRecords(
    h.workbook,
    TEMPLATE.keyResults.name,
    Array.from({ length: keyResults }, (_, i) => ({
      ID: `KR${i + 1}`,
      'Objective ID': 'O1',
      Target: 10,
      Current: i % 10,
    })),
  );
  const before = snapshot(h.workbook);
  const properties = { ...h.workbook.properties };
  h.runtime.resetStats();

  let message = '';
  try {
    callBundle(h.runtime, 'recalculateStatus');
  } catch (error) {
    message = (error as Error).message;
  }

  it('stops with one sentence saying the limit and what to do', () => {
    expect(message).toBe(
      `recalculateStatus threw: This workbook has ${MAX_DATA_ROWS + 1} rows; the add-on ` +
        `recalculates at most ${MAX_DATA_ROWS}. Move past periods to another spreadsheet.`,
    );
  });

  it('writes nothing', () => {
    expect(h.runtime.stats.cellsWritten).toBe(0);
    const after = snapshot(h.workbook);
    for (const name of Object.keys(before)) {
      expect(changedCells(name, before[name], after[name])).toEqual([]);
    }
    expect(h.workbook.properties).toEqual(properties);
  });
});
