import { AppsScriptRuntime, LocalWorkbook } from '../../../src/local/runtime';
import { BUNDLE_DIR, sheetsApp } from './helpers';

/** A workbook whose first sheet is named Data, as the fixture bundle expects. */
function dataWorkbook(timeZone = 'Etc/UTC'): LocalWorkbook {
  const { workbook, sheet } = sheetsApp({ timeZone });
  sheet.setName('Data');
  return workbook;
}

function runtimeWithData(options: ConstructorParameters<typeof AppsScriptRuntime>[1] = {}) {
  const workbook = dataWorkbook('America/Sao_Paulo');
  const runtime = new AppsScriptRuntime(workbook, { bundleDir: BUNDLE_DIR, ...options });
  runtime.call('writeData', [
    [1, 'a'],
    [true, '2026-02-14'],
  ]);
  return { workbook, runtime };
}

describe('AppsScriptRuntime', () => {
  it('counts each SpreadsheetApp call and the cells read', () => {
    const { runtime } = runtimeWithData();
    runtime.resetStats();

    runtime.call('readData');

    expect(runtime.stats).toEqual({ serviceCalls: 4, cellsRead: 4, cellsWritten: 0 });
  });

  it('counts cells written and leaves other services out of the count', () => {
    const runtime = new AppsScriptRuntime(dataWorkbook(), { bundleDir: BUNDLE_DIR });
    runtime.call('writeData', [[1, 2, 3]]);

    // getActiveSpreadsheet, getSheetByName, getRange, setValues, getLastRow.
    expect(runtime.stats).toEqual({ serviceCalls: 5, cellsRead: 0, cellsWritten: 3 });

    runtime.resetStats();
    runtime.call('saveProperty', 10);
    expect(runtime.stats).toEqual({ serviceCalls: 0, cellsRead: 0, cellsWritten: 0 });
  });

  it('passes arguments and results as JSON, as google.script.run does', () => {
    const { runtime } = runtimeWithData();

    const date = new Date(Date.UTC(2026, 1, 14));
    expect(runtime.call('echo', date, undefined)).toEqual({
      a: '2026-02-14T00:00:00.000Z',
      b: undefined,
      types: ['string', 'undefined'],
    });
    expect(runtime.call('echo', { x: [1, null] }, 2)).toEqual({
      a: { x: [1, null] },
      b: 2,
      types: ['object', 'number'],
    });
    expect(runtime.call('nothing')).toBeNull();
  });

  it('gives the bundle Dates of its own realm, in the spreadsheet time zone', () => {
    const { runtime } = runtimeWithData();
    runtime.call('writeData', [[1, 'a', '2026-03-01']]);

    expect(runtime.call('cellDate')).toEqual({ isDate: true, day: '2026-03-01 Sun' });
  });

  it('returns the values getValues gives', () => {
    const { runtime } = runtimeWithData();

    const values = runtime.call('readData') as unknown[][];

    expect(values[0]).toEqual([1, 'a']);
    expect(values[1][0]).toBe(true);
    // A Date crosses google.script.run as its ISO string: midnight in São Paulo is 03:00 UTC.
    expect(values[1][1]).toBe('2026-02-14T03:00:00.000Z');
  });

  it('fixes the clock inside the vm with the now option', () => {
    const now = new Date('2026-05-04T10:00:00Z');
    const { runtime } = runtimeWithData({ now });

    expect(runtime.call('today')).toEqual({
      now: now.getTime(),
      iso: '2026-05-04T10:00:00.000Z',
      isDate: true,
    });
  });

  it("throws errors into the bundle as Apps Script's Exception", () => {
    const { runtime } = runtimeWithData();

    expect(runtime.call('failing')).toEqual({
      isError: true,
      name: 'Exception',
      message: 'The starting row of the range is too small.',
      text: 'Exception: The starting row of the range is too small.',
    });
  });

  it('refuses methods it does not emulate, naming them', () => {
    const { runtime } = runtimeWithData();

    expect(() => runtime.call('unsupported')).toThrow(
      'not supported by the local runtime: Range.getRichTextValue',
    );
  });

  it("hands the bundle's own errors to the host with their message", () => {
    const { runtime } = runtimeWithData();

    expect(() => runtime.call('throwing')).toThrow('Nothing to recalculate.');
    expect(() => runtime.call('missing')).toThrow('Script function not found: missing');
  });

  it('runs onOpen in AuthMode.NONE with the menu only', () => {
    const { runtime } = runtimeWithData();

    runtime.trigger('onOpen', { authMode: 'NONE' });

    expect(runtime.ui.menus).toEqual([
      {
        kind: 'addon',
        title: null,
        items: [
          { caption: 'Set up sheets', functionName: 'setUpSheets' },
          { separator: true },
          { caption: 'Open', functionName: 'showSidebar' },
        ],
      },
    ]);
    expect(runtime.ui.toasts).toEqual([]);
  });

  it('runs onOpen in FULL with the spreadsheet available', () => {
    const { runtime } = runtimeWithData();

    runtime.trigger('onOpen', { authMode: 'FULL' });

    expect(runtime.ui.toasts).toEqual([
      { message: 'Ready', title: 'OKR & KRA Tracker', timeoutSeconds: 3 },
    ]);
  });

  it('records sidebars from the bundle folder and alerts', () => {
    const { runtime } = runtimeWithData();

    expect(runtime.call('showSidebar')).toBe('OK');

    expect(runtime.ui.sidebars).toHaveLength(1);
    expect(runtime.ui.sidebars[0].title).toBe('OKR & KRA Tracker');
    expect(runtime.ui.sidebars[0].html).toContain('<h1>OKR &amp; KRA Tracker</h1>');
    expect(runtime.ui.alerts).toEqual([
      { title: 'Done', prompt: 'Sheets are set up.', buttons: 'OK' },
    ]);
  });

  it('captures console and Logger output, and reads the script time zone', () => {
    const { runtime } = runtimeWithData({ userEmail: 'ana@example.com' });

    expect(runtime.call('logSomething')).toBe('Europe/Berlin');
    expect(runtime.logs).toEqual([
      'info: recalculated 42 key results',
      'log: user ana@example.com',
    ]);
  });

  it('keeps document properties in the workbook and enforces the 9 KB limit', () => {
    const { runtime, workbook } = runtimeWithData();

    expect(runtime.call('saveProperty', 9 * 1024)).toEqual(['big']);
    expect(workbook.properties.big).toHaveLength(9 * 1024);
    expect(() => runtime.call('saveProperty', 9 * 1024 + 1)).toThrow('Argument too large: value');
  });

  it('stops calls after dispose', () => {
    const { runtime } = runtimeWithData();
    runtime.dispose();

    expect(() => runtime.call('readData')).toThrow('The runtime has been disposed.');
  });
});
