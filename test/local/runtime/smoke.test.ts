import { createEnvironment, LocalWorkbook } from '../../../src/local/runtime';

test('smoke', () => {
  const wb = LocalWorkbook.create();
  const env = createEnvironment(wb);
  const SpreadsheetApp = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Sheet1')!;
  sheet.getRange(1, 1, 2, 3).setValues([['=1+1', "'=1+1", '007'], ['1/2', 'TRUE', '45%']]);
  console.log(sheet.getRange(1, 1, 2, 3).getValues(), sheet.getRange('A1:C2').getFormulas(), sheet.getRange('A1:C2').getDisplayValues(), env.stats);
  const s2 = ss.insertSheet('Key Results');
  s2.getRange('L:L').addDeveloperMetadata('okrKra.computed', 'keyResults:progress');
  s2.insertColumnBefore(3);
  const found = ss.createDeveloperMetadataFinder().withKey('okrKra.computed').find();
  console.log(found.map((m) => [m.getValue(), m.getLocation().getColumn()?.getA1Notation(), m.getLocation().getColumn()?.getColumn()]));
  console.log(String(sheet), String(SpreadsheetApp.ProtectionType.SHEET));
  expect(() => (sheet as any).getRichTextValue()).toThrow('not supported by the local runtime: Sheet.getRichTextValue');
});
