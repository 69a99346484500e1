import fc from 'fast-check';
import { AppsScriptRuntime, LocalWorkbook } from '../../src/local/runtime';
import { BUNDLE_DIR, noonUtc } from '../helpers/bundle';
import { workbookOf } from '../helpers/hostileCells';
import { randomWorkbook } from '../helpers/randomWorkbook';
import { snapshot, markedColumns, setupChanges, changedCells, formulasIn } from '../helpers/workbookChecks';
import { badCells } from '../helpers/badCells';
test('prof', () => {
  const host = LocalWorkbook.create({ locale: 'en_US', timeZone: 'UTC' });
  const runtime = new AppsScriptRuntime(host, { bundleDir: BUNDLE_DIR, now: noonUtc('2026-02-14') });
  const samples = fc.sample(randomWorkbook, { numRuns: 10, seed: 1 });
  const t = { load: 0, snap: 0, setup: 0, recalc: 0, checks: 0, bad: 0, formulas: 0 };
  for (const g of samples) {
    let s = performance.now();
    host.data = workbookOf(g.sheets, g).data; t.load += performance.now() - s; s = performance.now();
    const before = snapshot(host); t.snap += performance.now() - s; s = performance.now();
    runtime.call('setUpSheets'); t.setup += performance.now() - s; s = performance.now();
    const aft = snapshot(host); for (const name of Object.keys(before)) setupChanges(name, before[name], aft[name], markedColumns(host, name));
    t.checks += performance.now() - s; s = performance.now();
    formulasIn(host); t.formulas += performance.now() - s; s = performance.now();
    try { runtime.call('recalculateStatus'); } catch (e) { console.log((e as Error).message.slice(0, 200)); }
    t.recalc += performance.now() - s; s = performance.now();
    badCells(host); t.bad += performance.now() - s;
  }
  console.log(t, runtime.stats);
});
