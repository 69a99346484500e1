// A recalculation that fails while computing writes nothing: every sheet, note and property stays
// as it was, and the runtime counts no cell written. No workbook makes the core throw (the random
// workbooks of randomWorkbooks.property.test.ts try), so the core is made to throw here, and the
// sheets layer runs directly over the emulated services.

import * as core from '../../src/core/recalculate';
import { createEnvironment, type Environment } from '../../src/local/runtime';
import * as dashboard from '../../src/sheets/dashboard';
import { AddOnError } from '../../src/sheets/errors';
import { withDocumentLock } from '../../src/sheets/lock';
import { recalculateWorkbook, type Clock } from '../../src/sheets/recalculate';
import { TEMPLATE } from '../../src/sheets/template';
import { BUNDLE_DIR, noonUtc, sampleHarness, type Harness } from '../helpers/bundle';
import { changedCells, snapshot } from '../helpers/workbookChecks';

const TODAY = '2026-02-14';

/** The sample team, recalculated once, then with every current moved, so a run would write. */
function changedSample(): Harness {
  const h = sampleHarness(TODAY);
  h.call('recalculateStatus');
  const sheet = h.workbook.sheet(TEMPLATE.keyResults.name);
  const current = h.workbook.values(TEMPLATE.keyResults.name)[0].indexOf('Current');
  sheet.rows.slice(1).forEach((cells) => {
    const cell = cells?.[current];
    if (cell && typeof cell.value === 'number') cell.value += 1;
  });
  // The bundle's runtime holds the document lock until it saves or lets go.
  h.runtime.dispose();
  return h;
}

/** Globals to put back after each test, as they were before `install`. */
const restore: [string, unknown][] = [];

afterEach(() => {
  for (const [name, value] of restore.splice(0)) Reflect.set(globalThis, name, value);
  jest.restoreAllMocks();
});

/** Installs the emulated services as globals, as Apps Script has them, for one test. */
function install(h: Harness): Environment {
  const env = createEnvironment(h.workbook, { bundleDir: BUNDLE_DIR, now: noonUtc(TODAY) });
  for (const name of Object.keys(env.globals)) restore.push([name, Reflect.get(globalThis, name)]);
  Object.assign(globalThis, env.globals);
  return env;
}

/** Recalculate status as the server runs it, under the document lock, `elapsedMs` into the run. */
function run(elapsedMs = 0) {
  const clock: Clock = {
    today: TODAY,
    timeZone: 'UTC',
    startedLabel: `${TODAY} 12:00`,
    startedAt: noonUtc(TODAY).toISOString(),
    elapsedMs: () => elapsedMs,
  };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  return withDocumentLock(() => recalculateWorkbook(spreadsheet, properties, clock, 'en_US'));
}

/** Everything a run could change: cells, notes, document properties. */
function state(h: Harness) {
  return {
    cells: snapshot(h.workbook),
    notes: Object.fromEntries(h.workbook.sheetNames().map((n) => [n, h.workbook.notes(n)])),
    properties: { ...h.workbook.properties },
  };
}

function expectUnchanged(h: Harness, before: ReturnType<typeof state>, env: Environment) {
  const after = state(h);
  expect(env.stats.cellsWritten).toBe(0);
  for (const name of Object.keys(before.cells)) {
    expect(changedCells(name, before.cells[name], after.cells[name])).toEqual([]);
  }
  expect(after.notes).toEqual(before.notes);
  expect(after.properties).toEqual(before.properties);
}

describe('a failure while computing', () => {
  it('in the core writes nothing', () => {
    const h = changedSample();
    const env = install(h);
    const before = state(h);
    jest.spyOn(core, 'recalculate').mockImplementation(() => {
      throw new Error('core failed');
    });

    expect(run).toThrow('core failed');
    expectUnchanged(h, before, env);
  });

  it('in building the dashboard writes nothing either', () => {
    const h = changedSample();
    const env = install(h);
    const before = state(h);
    jest.spyOn(dashboard, 'buildDashboard').mockImplementation(() => {
      throw new RangeError('dashboard failed');
    });

    expect(run).toThrow('dashboard failed');
    expectUnchanged(h, before, env);
  });

  it('that runs past the time budget stops before the first write', () => {
    const h = changedSample();
    const env = install(h);
    const before = state(h);
    let error: unknown;
    try {
      run(5 * 60_000);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(AddOnError);
    expect((error as AddOnError).code).toBe('too-large');
    expect((error as AddOnError).message).toMatch(/stopped before writing anything/);
    expectUnchanged(h, before, env);
  });

  it('would have written: the same run without the failure writes', () => {
    const h = changedSample();
    const env = install(h);

    run();

    expect(env.stats.cellsWritten).toBeGreaterThan(0);
  });
});
