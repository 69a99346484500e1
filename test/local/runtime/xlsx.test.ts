import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { createGlobals, LocalWorkbook } from '../../../src/local/runtime';
import { removeTemporaryDirs, sheetsApp, temporaryDir } from './helpers';

afterAll(removeTemporaryDirs);

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function appOf(workbook: LocalWorkbook): App {
  return createGlobals(workbook).SpreadsheetApp as App;
}

/** A workbook using everything the runtime saves, in a zone and locale other than the defaults. */
function richWorkbook() {
  const { workbook, app, spreadsheet, sheet, env } = sheetsApp({
    locale: 'de_DE',
    timeZone: 'America/New_York',
  });
  const Charts = env.globals.Charts as { ChartType: typeof GoogleAppsScript.Charts.ChartType };
  const PropertiesService = env.globals
    .PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  sheet.setName('Objectives');
  sheet.getRange('A1:E3').setValues([
    ['ID', 'Objective', 'Score', 'Done', 'Last check-in'],
    ['O1', "'=not a formula", 0.75, true, '2026-02-14'],
    ['O2', '=C2*2', 1200.5, false, ''],
  ]);
  sheet.getRange('A1:E1').setNotes([['A short unique ID.', 'What you want.', '', '', '']]);
  sheet.getRange('H1').setNote('A note on a blank cell.');
  sheet.getRange('A1:E1').setFontWeight('bold').setBackground('#d9ead3').setFontColor('#274e13');
  sheet.getRange('C2:C3').setNumberFormat('0.00');
  sheet.getRange('A5:B6').merge().setValue('merged');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 280);
  sheet.getRange('N:N').addDeveloperMetadata('okrKra.computed', 'objectives:score');
  sheet.protect().setDescription('Kept by the add-on').setWarningOnly(true);
  sheet.getRange('A1:E10').applyRowBanding(app.BandingTheme.LIGHT_GREY);

  const owners = spreadsheet.insertSheet('Owners, teams and the people who own them all');
  owners.getRange('A1:A3').setValues([['Name'], ['Ana Silva'], ['Bo Chen']]);
  const list = app.newDataValidation().requireValueInList(['Aspirational', 'Committed']);
  sheet
    .getRange('F2:F20')
    .setDataValidation(list.setAllowInvalid(false).setHelpText('Pick one').build());
  const range = app.newDataValidation().requireValueInRange(owners.getRange('A2:A'));
  sheet.getRange('G2:G20').setDataValidation(range.build());
  const rule = app
    .newConditionalFormatRule()
    .whenNumberGreaterThanOrEqualTo(0.7)
    .setBackground('#b7e1cd')
    .setRanges([sheet.getRange('C2:C20')])
    .build();
  sheet.setConditionalFormatRules([rule]);

  const log = spreadsheet.insertSheet('Check-ins/History');
  log.getRange('A1').setValue('log');
  log.hideSheet();
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.PIE)
    .addRange(sheet.getRange('A1:C3'));
  sheet.insertChart(chart.setPosition(2, 8, 0, 0).setOption('title', 'Scores').build());

  PropertiesService.getDocumentProperties().setProperty('settings', '{"successBar":0.7}');
  return workbook;
}

describe('xlsx round trip', () => {
  let saved: string;
  let original: LocalWorkbook;
  let loaded: LocalWorkbook;

  beforeAll(async () => {
    original = richWorkbook();
    saved = join(temporaryDir(), 'okr.xlsx');
    await original.save(saved);
    loaded = await LocalWorkbook.load(saved);
  });

  it('keeps sheets, order, values, notes and formulas', () => {
    expect(loaded.sheetNames()).toEqual(original.sheetNames());
    for (const name of original.sheetNames()) {
      expect(loaded.values(name)).toEqual(original.values(name));
      expect(loaded.notes(name)).toEqual(original.notes(name));
      expect(loaded.formulas(name)).toEqual(original.formulas(name));
      expect(loaded.displayValues(name)).toEqual(original.displayValues(name));
    }
    expect(loaded.values('Objectives')[1].slice(0, 4)).toEqual([
      'O1',
      '=not a formula',
      0.75,
      true,
    ]);
    expect(loaded.formulas('Objectives')[2][1]).toBe('=C2*2');
  });

  it('keeps Dates as the same day in the spreadsheet time zone', () => {
    const day = loaded.values('Objectives')[1][4] as Date;

    expect(day.toISOString()).toBe('2026-02-14T05:00:00.000Z');
    expect(loaded.cell('Objectives', 'E2')?.numberFormat).toBe('yyyy-mm-dd');
  });

  it('keeps locale, time zone, name, document properties and metadata', () => {
    expect([loaded.locale, loaded.timeZone, loaded.name]).toEqual([
      'de_DE',
      'America/New_York',
      'Untitled spreadsheet',
    ]);
    expect(loaded.properties).toEqual({ settings: '{"successBar":0.7}' });
    expect(loaded.developerMetadata()).toEqual(original.developerMetadata());
    expect(loaded.developerMetadata()[0].location).toEqual({
      type: 'COLUMN',
      sheet: 'Objectives',
      start: 14,
      count: 1,
    });
  });

  it('keeps formats, merges, frozen rows and widths', () => {
    expect(loaded.cell('Objectives', 'A1')).toEqual(original.cell('Objectives', 'A1'));
    expect(loaded.cell('Objectives', 'H1')).toEqual({ note: 'A note on a blank cell.' });
    expect(loaded.cell('Objectives', 'A1')).toMatchObject({
      bold: true,
      background: '#d9ead3',
      fontColor: '#274e13',
      note: 'A short unique ID.',
    });
    const app = appOf(loaded);
    const sheet = app.getActive().getSheetByName('Objectives')!;
    expect(sheet.getRange('A5').getMergedRanges()[0].getA1Notation()).toBe('A5:B6');
    expect(sheet.getRange('A5:B6').getValues()).toEqual([
      ['merged', ''],
      ['', ''],
    ]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(280);
  });

  it('keeps validations, rules, protections, bandings and charts', () => {
    const app = appOf(loaded);
    const sheet = app.getActive().getSheetByName('Objectives')!;

    const list = sheet.getRange('F3').getDataValidation()!;
    expect([list.getCriteriaType(), list.getAllowInvalid(), list.getHelpText()]).toEqual([
      app.DataValidationCriteria.VALUE_IN_LIST,
      false,
      'Pick one',
    ]);
    const owners = sheet.getRange('G20').getDataValidation()!.getCriteriaValues()[0];
    expect((owners as GoogleAppsScript.Spreadsheet.Range).getSheet().getName()).toBe(
      'Owners, teams and the people who own them all',
    );
    expect(sheet.getRange('G21').getDataValidation()).toBeNull();

    const [rule] = sheet.getConditionalFormatRules();
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['C2:C20']);
    expect(rule.getBooleanCondition()?.getCriteriaValues()).toEqual([0.7]);

    const [protection] = sheet.getProtections(app.ProtectionType.SHEET);
    expect([protection.getDescription(), protection.isWarningOnly()]).toEqual([
      'Kept by the add-on',
      true,
    ]);
    expect(sheet.getBandings()[0].getRange().getA1Notation()).toBe('A1:E10');
    const [chart] = sheet.getCharts();
    expect(chart.getOptions().get('title')).toBe('Scores');
    expect(chart.getContainerInfo().getAnchorColumn()).toBe(8);
  });

  it('hides the store sheet from the bundle and keeps hidden sheets hidden', () => {
    const spreadsheet = appOf(loaded).getActive();

    expect(spreadsheet.getSheetByName('_okr_kra_runtime')).toBeNull();
    expect(spreadsheet.getSheets().map((s) => [s.getName(), s.isSheetHidden()])).toEqual([
      ['Objectives', false],
      ['Owners, teams and the people who own them all', false],
      ['Check-ins/History', true],
    ]);
  });

  it('writes a file Excel names accept, with dropdowns Excel can show', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);

    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Objectives', 'visible'],
      ['Owners, teams and the people wh', 'visible'],
      ['Check-ins_History', 'hidden'],
      ['_okr_kra_runtime', 'veryHidden'],
    ]);
    const objectives = workbook.getWorksheet('Objectives')!;
    expect(objectives.getCell('F2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Aspirational,Committed"'],
    });
    expect(objectives.getCell('G2').dataValidation).toMatchObject({
      formulae: ["'Owners, teams and the people wh'!$A$2:$A$1000"],
    });
  });

  const soffice = spawnSync('soffice', ['--version']).status === 0;
  (soffice ? it : it.skip)('opens in LibreOffice', () => {
    const out = temporaryDir();
    execFileSync('soffice', ['--headless', '--convert-to', 'csv', '--outdir', out, saved], {
      stdio: 'ignore',
      timeout: 120_000,
    });

    const csv = readFileSync(join(out, 'okr.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^ID,Objective,Score,Done,Last check-in,*$/);
    expect(csv).toContain('O1,=not a formula,');
  });
});

describe('xlsx written elsewhere', () => {
  it('reads errors, rich text, cached formula results and merged cells as Sheets shows them', async () => {
    const path = join(temporaryDir(), 'foreign.xlsx');
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet('Team');
    sheet.getCell('A1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    sheet.getCell('B1').value = {
      richText: [{ text: 'Key ' }, { text: 'result', font: { bold: true } }],
    };
    sheet.getCell('C1').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    sheet.mergeCells('A2:B2');
    sheet.getCell('A2').value = 'merged';
    sheet.getCell('C2').value = new Date(Date.UTC(2026, 1, 14));
    sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
    sheet.getCell('D1').dataValidation = { type: 'list', allowBlank: true, formulae: ['"a,b"'] };
    await source.xlsx.writeFile(path);

    const workbook = await LocalWorkbook.load(path);

    expect(workbook.name).toBe('foreign');
    expect([workbook.locale, workbook.timeZone]).toEqual(['en_US', 'Etc/UTC']);
    const values = workbook.values('Team');
    expect(values[0].slice(0, 3)).toEqual(['#N/A', 'Key result', 2]);
    expect(values[1].slice(0, 2)).toEqual(['merged', '']);
    expect((values[1][2] as Date).toISOString()).toBe('2026-02-14T00:00:00.000Z');
    expect(workbook.formulas('Team')[0][2]).toBe('=1+1');
    expect(workbook.cell('Team', 'D1')?.validation).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      values: [['a', 'b'], true],
    });
  });
});
