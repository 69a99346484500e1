import { createGlobals } from '../../src/local/runtime';
import { sampleHarness, BUNDLE_DIR } from '../helpers/bundle';
import { markedColumns } from '../helpers/workbookChecks';
const app = (h: any) => createGlobals(h.workbook, { bundleDir: BUNDLE_DIR }).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const tryCall = (h: any, name: string) => { try { const r = h.runtime.call(name); return 'OK ' + (r?.message ?? '') + JSON.stringify(r?.added ?? ''); } catch (e) { return 'ERR ' + (e as Error).message; } };
test('duplicate', () => {
  const h = sampleHarness();
  h.call('recalculateStatus');
  const book = h.workbook.data;
  const original = book.sheets.find((s) => s.name === 'Key Results')!;
  const copy = { ...structuredClone(original), id: book.nextId++, name: 'Copy of Key Results' };
  book.sheets.push(copy);
  for (const m of [...book.metadata]) if ('sheetId' in m.location && m.location.sheetId === original.id) book.metadata.push({ ...structuredClone(m), id: book.nextId++, location: { ...m.location, sheetId: copy.id } as any });
  app(h).getActiveSpreadsheet().getSheetByName('Copy of Key Results')!.deleteColumn(2);
  const out = [tryCall(h, 'recalculateStatus'), tryCall(h, 'setUpSheets'), tryCall(h, 'recalculateStatus')];
  console.log(out.join('\n'), '\n', h.workbook.values('Key Results')[0].join('|'), [...markedColumns(h.workbook, 'Key Results')]);
});
