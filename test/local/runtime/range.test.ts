import { sheetsApp } from './helpers';

describe('Range values', () => {
  it('gives numbers, booleans, Dates and strings, and blank cells as empty strings', () => {
    const { sheet } = sheetsApp({ timeZone: 'Asia/Kolkata' });
    sheet.getRange('A1:D1').setValues([[3.5, true, '2026-02-14', 'text']]);

    const values = sheet.getRange('A1:E2').getValues();

    expect(values[0].slice(0, 2)).toEqual([3.5, true]);
    expect(values[0][2]).toBeInstanceOf(Date);
    // Midnight in Kolkata (UTC+5:30) is 18:30 the day before in UTC.
    expect((values[0][2] as Date).toISOString()).toBe('2026-02-13T18:30:00.000Z');
    expect(values[0].slice(3)).toEqual(['text', '']);
    expect(values[1]).toEqual(['', '', '', '', '']);
  });

  it('shows the value of a merged block in its top-left cell only', () => {
    const { sheet } = sheetsApp();
    const block = sheet.getRange('A1:B2');
    block.setValues([
      ['top', 'gone'],
      ['gone', 'gone'],
    ]);

    block.merge();

    expect(block.getValues()).toEqual([
      ['top', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('C1').isPartOfMerge()).toBe(false);
    expect(block.getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:B2']);

    block.breakApart();
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(false);
  });

  it('throws when a range lies outside the sheet', () => {
    const { sheet } = sheetsApp();

    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('A0')).toThrow('Range not found');
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  it('throws when the data is not the shape of the range', () => {
    const { sheet } = sheetsApp();
    const range = sheet.getRange(1, 1, 2, 3);

    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(range.getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('counts the last row with a value, not with formatting or notes', () => {
    const { sheet } = sheetsApp();
    sheet.getRange('A1:B3').setValues([
      ['ID', 'Name'],
      ['O1', ''],
      ['', 'x'],
    ]);
    sheet.getRange('A10:C10').setBackground('#ff0000').setNumberFormat('0.00');
    sheet.getRange('D20').setNote('a note');

    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');

    sheet.getRange('A3:B3').clearContent();
    expect(sheet.getLastRow()).toBe(2);
  });

  it('gives A1 notation as Sheets does, whole columns included', () => {
    const { sheet, spreadsheet } = sheetsApp();
    spreadsheet.insertSheet('Key Results');

    expect(sheet.getRange('L:L').getA1Notation()).toBe('L:L');
    expect(sheet.getRange('L:L').getNumRows()).toBe(1000);
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C1000');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(spreadsheet.getRange("'Key Results'!B2").getSheet().getName()).toBe('Key Results');
    expect(sheet.getRange('B2').offset(1, 1).getA1Notation()).toBe('C3');
    expect(sheet.getRange('B2:D4').getCell(2, 3).getA1Notation()).toBe('D3');
  });

  it('keeps notes, formulas, formats and display values per cell', () => {
    const { sheet } = sheetsApp();
    const range = sheet.getRange('A1:B1');
    range.setNotes([['first', null]]);
    range.setFormulas([['=B1*2', '']]);
    range.setNumberFormats([['0.00', '0%']]);
    sheet.getRange('B1').setValue(0.256);
    range.setFontWeights([['bold', null]]).setBackgrounds([['red', null]]);

    expect(range.getNotes()).toEqual([['first', '']]);
    expect(range.getFormulas()).toEqual([['=B1*2', '']]);
    expect(range.getValues()).toEqual([['', 0.256]]);
    expect(range.getDisplayValues()).toEqual([['', '26%']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(sheet.getRange('C1').getNumberFormat()).toBe('0.###############');
  });

  it('refuses a value a strict dropdown does not allow, writing nothing', () => {
    const { sheet, app } = sheetsApp();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Aspirational', 'Committed'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('B2:B5').setDataValidation(rule);

    expect(() => sheet.getRange('A2:B2').setValues([['x', 'Other']])).toThrow(
      'The data you entered in cell B2 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('A2').getValue()).toBe('');

    sheet.getRange('A2:B2').setValues([['x', 'Committed']]);
    expect(sheet.getRange('B2').getValue()).toBe('Committed');
    expect(sheet.getRange('B3').getDataValidation()?.getCriteriaValues()).toEqual([
      ['Aspirational', 'Committed'],
      true,
    ]);
  });

  it('accepts any value under a dropdown that allows invalid input', () => {
    const { sheet, app, spreadsheet } = sheetsApp();
    const owners = spreadsheet.insertSheet('Owners');
    const rule = app.newDataValidation().requireValueInRange(owners.getRange('A2:A')).build();
    sheet.getRange('C2:C10').setDataValidation(rule);

    sheet.getRange('C2').setValue('Nobody');

    expect(sheet.getRange('C2').getValue()).toBe('Nobody');
    const values = sheet.getRange('C2').getDataValidation()?.getCriteriaValues() ?? [];
    expect((values[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('A2:A1000');
  });

  it('names sheets as Sheets does', () => {
    const { spreadsheet } = sheetsApp();
    spreadsheet.insertSheet('Objectives');

    expect(() => spreadsheet.insertSheet('Objectives')).toThrow(
      'A sheet with the name "Objectives" already exists. Please enter another name.',
    );
    expect(spreadsheet.getSheetByName('objectives')?.getName()).toBe('Objectives');
    expect(spreadsheet.insertSheet().getName()).toBe('Sheet3');
    expect(spreadsheet.insertSheet('First', 0).getIndex()).toBe(1);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'First',
      'Sheet1',
      'Objectives',
      'Sheet3',
    ]);
  });

  it('keeps frozen rows, widths, protections and bandings', () => {
    const { sheet, app } = sheetsApp();
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(2, 2, 140);
    const protection = sheet.protect().setDescription('Kept by the add-on').setWarningOnly(true);
    const banding = sheet.getRange('A1:C10').applyRowBanding(app.BandingTheme.BLUE);

    expect(sheet.getFrozenRows()).toBe(1);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(3)]).toEqual([100, 140]);
    expect(protection.isWarningOnly()).toBe(true);
    expect(sheet.getProtections(app.ProtectionType.SHEET)[0].getDescription()).toBe(
      'Kept by the add-on',
    );
    expect(banding.getHeaderRowColor()).toBe('#5b95f9');
    expect(() => sheet.getRange('B2').applyRowBanding()).toThrow(
      'You cannot add alternating colors to a range that already has alternating background colors.',
    );
  });
});
