import { sheetsApp } from './helpers';

const KEY = 'okrKra.computed';

function columnsOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  return spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(KEY)
    .find()
    .map((m) => [m.getValue(), m.getLocation().getColumn()?.getA1Notation()]);
}

describe('developer metadata', () => {
  it('moves with its column when columns are inserted before it', () => {
    const { sheet, spreadsheet } = sheetsApp();
    sheet.getRange('L:L').addDeveloperMetadata(KEY, 'keyResults:progress');
    sheet.getRange('M:M').addDeveloperMetadata(KEY, 'keyResults:score');

    sheet.insertColumnBefore(3);
    sheet.insertColumnsAfter(13, 2);

    expect(columnsOf(spreadsheet)).toEqual([
      ['keyResults:progress', 'M:M'],
      ['keyResults:score', 'P:P'],
    ]);
    expect(sheet.getMaxColumns()).toBe(29);
  });

  it('stays put when columns are inserted after it, and goes with a deleted column', () => {
    const { sheet, spreadsheet } = sheetsApp();
    sheet.getRange('C:C').addDeveloperMetadata(KEY, 'objectives:score');
    sheet.getRange('E:E').addDeveloperMetadata(KEY, 'objectives:status');

    sheet.insertColumnAfter(3);
    expect(columnsOf(spreadsheet)).toEqual([
      ['objectives:score', 'C:C'],
      ['objectives:status', 'F:F'],
    ]);

    sheet.deleteColumn(3);
    expect(columnsOf(spreadsheet)).toEqual([['objectives:status', 'E:E']]);
  });

  it('moves cell values with inserted columns too', () => {
    const { sheet } = sheetsApp();
    sheet.getRange('A1:C1').setValues([['ID', 'Score', 'Notes']]);

    sheet.insertColumnBefore(2);

    expect(sheet.getRange('A1:D1').getValues()).toEqual([['ID', '', 'Score', 'Notes']]);
  });

  it('finds by key and value and reports the location', () => {
    const { sheet, spreadsheet, app } = sheetsApp();
    spreadsheet.addDeveloperMetadata('okrKra.version', '3');
    sheet.addDeveloperMetadata('okrKra.sheet', 'objectives');
    sheet
      .getRange('2:2')
      .addDeveloperMetadata('okrKra.header', app.DeveloperMetadataVisibility.PROJECT);

    const [version] = spreadsheet.createDeveloperMetadataFinder().withKey('okrKra.version').find();
    expect(version.getLocation().getLocationType()).toBe(
      app.DeveloperMetadataLocationType.SPREADSHEET,
    );
    expect(version.getVisibility()).toBe(app.DeveloperMetadataVisibility.DOCUMENT);
    version.setValue('4');
    expect(spreadsheet.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['4']);

    const [mark] = sheet.createDeveloperMetadataFinder().withValue('objectives').find();
    expect(mark.getLocation().getSheet()?.getName()).toBe('Sheet1');
    expect(mark.getLocation().getColumn()).toBeNull();

    const [header] = sheet.getRange('2:2').getDeveloperMetadata();
    expect(header.getValue()).toBeNull();
    expect(header.getVisibility()).toBe(app.DeveloperMetadataVisibility.PROJECT);
    expect(header.getLocation().getRow()?.getRow()).toBe(2);

    header.remove();
    expect(sheet.getRange('2:2').getDeveloperMetadata()).toEqual([]);
  });

  it('refuses metadata on part of a column, as Sheets does', () => {
    const { sheet } = sheetsApp();

    expect(() => sheet.getRange('A1:A5').addDeveloperMetadata(KEY)).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported.',
    );
  });

  it('goes with its sheet when the sheet is deleted', () => {
    const { spreadsheet, workbook } = sheetsApp();
    const other = spreadsheet.insertSheet('Status');
    other.getRange('B:B').addDeveloperMetadata(KEY, 'status');

    spreadsheet.deleteSheet(other);

    expect(workbook.developerMetadata()).toEqual([]);
  });
});
