// Random workbooks, as teams and hostile sheets bring them, through Set up sheets and Recalculate
// status in the built bundle: nothing throws, every bad cell is reported where it is, no cell a
// person typed changes, and no formula ever appears.

import fc from 'fast-check';

import { AppsScriptRuntime, LocalWorkbook } from '../../src/local/runtime';
import type { Report } from '../../src/sheets/report';
import { TEMPLATE } from '../../src/sheets/template';
import { badCells } from '../helpers/badCells';
import { BUNDLE_DIR, noonUtc } from '../helpers/bundle';
import { workbookOf } from '../helpers/hostileCells';
import { randomWorkbook, TYPED_SPECS, type RandomWorkbook } from '../helpers/randomWorkbook';
import {
  callBundle,
  changedCells,
  formulasIn,
  markedColumns,
  setupChanges,
  snapshot,
} from '../helpers/workbookChecks';

/**
 * With structure.property.test.ts's 300, over 1,000 workbooks per `npm test`; set
 * OKR_KRA_PROPERTY_RUNS to search longer.
 */
const RUNS = Number(process.env.OKR_KRA_PROPERTY_RUNS ?? 700);

// One evaluation of the bundle for every case: each case swaps its own workbook's data in.
const host = LocalWorkbook.create({ locale: 'en_US', timeZone: 'UTC' });
const runtime = new AppsScriptRuntime(host, { bundleDir: BUNDLE_DIR, now: noonUtc('2026-02-14') });

/** Sheets of a dozen rows: Set up sheets formats every row, and 1,000 would only cost time. */
function load(generated: RandomWorkbook) {
  host.data = workbookOf(generated.sheets, { ...generated, maxRows: 12 }).data;
}

const OWN_SHEETS = new Set<string>([TEMPLATE.status.name, TEMPLATE.checkIns.name]);
const USER_SHEETS = (workbook: LocalWorkbook) =>
  workbook.sheetNames().filter((name) => !OWN_SHEETS.has(name));

const secondRun = fc.nat({ max: 3 }).map((n) => n === 0);

/** A number shown in an explanation, outside the text a person typed (which a note quotes). */
function unreadableNumbers(note: string): boolean {
  return /NaN|Infinity/.test(note.replace(/"[^"]*"/g, ''));
}

describe('Set up sheets and Recalculate status on random workbooks', () => {
  it(`hold every promise on ${RUNS} generated workbooks`, () => {
    fc.assert(
      fc.property(randomWorkbook, secondRun, (generated, runTwice) => {
        load(generated);
        const before = snapshot(host);

        // Set up sheets: no throw; a team's columns all kept, in order, cell for cell.
        callBundle(runtime, 'setUpSheets');
        const setUp = snapshot(host);
        for (const name of Object.keys(before)) {
          expect(setupChanges(name, before[name], setUp[name], markedColumns(host, name))).toEqual(
            [],
          );
        }
        expect(formulasIn(host)).toEqual([]);

        // Recalculate status: no throw, no column made or removed, only computed cells written.
        const widths = USER_SHEETS(host).map((name) => host.sheet(name).maxColumns);
        const { report } = callBundle<{ report: Report }>(runtime, 'recalculateStatus');
        expect(USER_SHEETS(host).map((name) => host.sheet(name).maxColumns)).toEqual(widths);
        const recalculated = snapshot(host);
        for (const name of USER_SHEETS(host)) {
          const skip = markedColumns(host, name);
          expect(changedCells(name, setUp[name], recalculated[name], skip)).toEqual([]);
        }
        expect(formulasIn(host)).toEqual([]);

        // Every bad cell is a problem on its sheet, row and column; every problem names all three.
        const problems = report.problems.map(({ sheet, row, column }) => ({ sheet, row, column }));
        for (const bad of badCells(host)) expect(problems).toContainEqual(bad);
        for (const p of report.problems) {
          expect(TYPED_SPECS.map((s) => s.name)).toContain(p.sheet);
          expect(p.row).toBeGreaterThanOrEqual(2);
          expect(p.row).toBeLessThanOrEqual(host.values(p.sheet).length);
          expect(p.column).not.toBe('');
          expect(p.message).not.toBe('');
        }

        // Never a silent NaN: a status needs a score, a score a progress, all of them numbers.
        for (const k of report.keyResults) {
          if (k.status !== null) expect(k.score).not.toBeNull();
          if (k.score !== null) expect(k.progress).not.toBeNull();
          if (k.score !== null) expect(k.score >= 0 && k.score <= 1).toBe(true);
        }
        for (const o of report.objectives) {
          if (o.status !== null) expect(o.score).not.toBeNull();
        }
        for (const spec of TYPED_SPECS) {
          const notes = host.notes(spec.name).flat();
          expect(notes.filter(unreadableNumbers)).toEqual([]);
        }

        // A second run on the same day changes nothing at all (checked on a quarter, for time).
        if (!runTwice) return;
        const once = snapshot(host);
        callBundle(runtime, 'recalculateStatus');
        const twice = snapshot(host);
        for (const name of Object.keys(once)) {
          expect(changedCells(name, once[name], twice[name])).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
