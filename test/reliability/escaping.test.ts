// Every text the add-on writes from a person's input stays the text it was: never a formula, a
// number, a date or a boolean. Sheets (and the local runtime, which reads written strings the same
// way) would turn `=1+1`, `007`, `1/2` or `TRUE` into something else; `+`, `-`, `@`, tab and CR
// are dangerous once the sheet is exported. Each write must carry the escape.

import { createGlobals, LocalWorkbook } from '../../src/local/runtime';
import { RangeValues } from '../../src/local/runtime/rangeValues';
import { TEMPLATE } from '../../src/sheets/template';
import { harness, type Harness } from '../helpers/bundle';
import { appendRecords, putSheet, SCRIPT_TEXTS } from '../helpers/hostileCells';
import { callBundle, formulasIn } from '../helpers/workbookChecks';

/** Text Sheets reads as something else when written as it is. */
const RETYPED = [
  '=1+1',
  '=HYPERLINK("http://evil.example","x")',
  '-2',
  '007',
  '1/2',
  'TRUE',
  'false',
  '1e5',
  '12:30',
  'Jan 5',
  '2025-12-31',
  '45%',
  "'quoted",
];
/** Text that stays text in the sheet, but runs as a formula once exported to CSV or xlsx. */
const EXPORT_DANGEROUS = ['+cmd', '@x', '-1+2', '\t=1+1', '\r=1+1'];
const DANGEROUS = [...RETYPED, ...EXPORT_DANGEROUS];

const TODAY = '2026-02-14';

/** Every value the bundle hands to a Range write (setValue, setValues), in order. */
function recordWrites(): unknown[] {
  const written: unknown[] = [];
  const original = RangeValues.prototype._writeValues;
  jest.spyOn(RangeValues.prototype, '_writeValues').mockImplementation(function (
    this: RangeValues,
    values: unknown[][],
  ) {
    written.push(...values.flat());
    return original.call(this, values);
  });
  return written;
}

/** A written string that is not escaped: only the add-on's own day cells may be. */
function unescaped(written: unknown[]): unknown[] {
  return written.filter(
    (v) => typeof v === 'string' && v !== '' && !v.startsWith("'") && v !== TODAY,
  );
}

function setUp(): Harness {
  const h = harness(undefined, TODAY);
  callBundle(h.runtime, 'setUpSheets');
  return h;
}

const strings = (grid: unknown[][]) =>
  grid.flat().filter((v): v is string => typeof v === 'string');

afterEach(() => jest.restoreAllMocks());

describe('the local runtime reads written strings as Sheets does, so a missing escape shows', () => {
  it.each(RETYPED)('an unescaped %j does not stay that text', (text) => {
    const workbook = LocalWorkbook.create();
    const { SpreadsheetApp } = createGlobals(workbook) as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    SpreadsheetApp.getActiveSheet().getRange(1, 1).setValue(text);

    const [[value]] = workbook.values('Sheet1');
    const [[formula]] = workbook.formulas('Sheet1');
    expect(formula !== '' || value !== text).toBe(true);
  });

  it.each(EXPORT_DANGEROUS)(
    '%j stays text in the sheet, so only the escape itself shows it',
    (text) => {
      const workbook = LocalWorkbook.create();
      const { SpreadsheetApp } = createGlobals(workbook) as {
        SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      };
      SpreadsheetApp.getActiveSheet().getRange(1, 1).setValue(text);

      expect(workbook.values('Sheet1')).toEqual([[text]]);
      expect(unescaped([text])).toEqual([text]);
    },
  );

  it('the apostrophe keeps each of them as the text it was', () => {
    const workbook = LocalWorkbook.create();
    const { SpreadsheetApp } = createGlobals(workbook) as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    SpreadsheetApp.getActiveSheet()
      .getRange(1, 1, DANGEROUS.length, 1)
      .setValues(DANGEROUS.map((text) => [`'${text}`]));

    expect(workbook.values('Sheet1')).toEqual(DANGEROUS.map((text) => [text]));
    expect(formulasIn(workbook)).toEqual([]);
  });
});

describe('Recalculate status writes texts from cells as text', () => {
  const h = setUp();
  appendRecords(
    h.workbook,
    TEMPLATE.objectives.name,
    DANGEROUS.map((text, i) => ({
      ID: text,
      Objective: DANGEROUS[(i + 1) % DANGEROUS.length],
      Owner: DANGEROUS[(i + 2) % DANGEROUS.length],
      Period: '2026-Q1',
      KRA: text,
    })),
  );
  appendRecords(
    h.workbook,
    TEMPLATE.kras.name,
    DANGEROUS.map((text, i) => ({
      ID: text,
      KRA: DANGEROUS[(i + 3) % DANGEROUS.length],
      Owner: text,
      Indicator: DANGEROUS[(i + 4) % DANGEROUS.length],
      Comparator: '>=',
      Standard: 0.8,
      Actual: 0.9,
    })),
  );
  const written = recordWrites();
  callBundle(h.runtime, 'recalculateStatus');
  jest.restoreAllMocks();

  it('escapes every string it hands to Sheets', () => {
    expect(written.length).toBeGreaterThan(0);
    expect(unescaped(written)).toEqual([]);
    expect(formulasIn(h.workbook)).toEqual([]);
  });

  it('shows each ID, objective, owner, KRA and indicator on the Status sheet as typed', () => {
    const shown = strings(h.workbook.values(TEMPLATE.status.name));
    for (const text of DANGEROUS) expect(shown).toContain(text.trim());
  });

  it('logs each KRA ID in Check-ins as the text it was', () => {
    const log = h.workbook.values(TEMPLATE.checkIns.name).slice(2);
    const ids = log.filter((row) => row[1] === 'KRA').map((row) => row[2]);
    // IDs are trimmed, so "\t=1+1" and "\r=1+1" are one ID, logged once (from its first row).
    expect(ids).toEqual([...new Set(DANGEROUS.map((text) => text.trim()))]);
  });
});

describe('a check-in writes its note, ID and current as text', () => {
  it.each(DANGEROUS)('%j as the key result ID and the note', (text) => {
    const h = setUp();
    appendRecords(h.workbook, TEMPLATE.objectives.name, [
      { ID: 'O1', Objective: 'Grow', Period: '2026-Q1' },
    ]);
    appendRecords(h.workbook, TEMPLATE.keyResults.name, [
      { ID: text, 'Objective ID': 'O1', 'Key result': 'Sign-ups', Target: 10 },
    ]);
    const written = recordWrites();

    callBundle(h.runtime, 'checkIn', { keyResultId: text, current: '007', note: text });

    expect(unescaped(written)).toEqual([]);
    expect(formulasIn(h.workbook)).toEqual([]);
    const record = h.workbook.values(TEMPLATE.checkIns.name).slice(2)[0];
    expect(record.slice(1, 4)).toEqual(['Key result', text.trim(), 7]);
    expect(record[7]).toBe(text.trim());
    const header = h.workbook.values(TEMPLATE.keyResults.name)[0];
    const row = h.workbook.values(TEMPLATE.keyResults.name)[1];
    expect(row[header.indexOf('Current')]).toBe('007');
  });
});

describe('Import a sheet copies a team’s texts exactly', () => {
  const TEAM = 'Team';

  function teamWorkbook(objectives: string[], texts: string[]): Harness {
    const h = harness(undefined, TODAY);
    putSheet(h.workbook, TEAM, [
      ['Objective', 'Key result', 'Owner', 'Comments', 'Remarks'],
      ...texts.map((text, i) => [objectives[i % objectives.length], text, text, text, text]),
    ]);
    const team = h.workbook.data.sheets.find((s) => s.name === TEAM);
    h.workbook.data.activeSheetId = team?.id ?? 0;
    return h;
  }

  it('keeps key results, owners and the team’s own column as text, tab and CR included', () => {
    const h = teamWorkbook(['Grow'], DANGEROUS);
    const written = recordWrites();

    callBundle(h.runtime, 'importSheet', { sheet: TEAM });

    expect(unescaped(written)).toEqual([]);
    expect(formulasIn(h.workbook)).toEqual([]);
    const [header, ...rows] = h.workbook.values(TEMPLATE.keyResults.name);
    const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
    expect(column('Key result')).toEqual(DANGEROUS);
    expect(column('Owner')).toEqual(DANGEROUS);
    // Comments is an alias of Notes; Remarks is the team's own column, carried under its name.
    expect(column('Notes')).toEqual(DANGEROUS);
    expect(column('Remarks')).toEqual(DANGEROUS);
  });

  it('shows objective texts in its dialog as text, never as markup', () => {
    const h = teamWorkbook(
      SCRIPT_TEXTS,
      SCRIPT_TEXTS.map((_, i) => `KR ${i}`),
    );

    callBundle(h.runtime, 'importActiveSheet');

    const dialog = h.runtime.ui.dialogs[h.runtime.ui.dialogs.length - 1];
    expect(dialog.html).not.toMatch(/<script|<img|<svg/i);
    expect(dialog.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    const objectives = strings(h.workbook.values(TEMPLATE.objectives.name));
    for (const text of SCRIPT_TEXTS) expect(objectives).toContain(text);
  });
});
