import { createEnvironment, LocalWorkbook } from '../../../src/local/runtime';
import { BUNDLE_DIR } from './helpers';

type Globals = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
};

function environment(authMode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL') {
  const workbook = LocalWorkbook.create({ timeZone: 'Asia/Tokyo' });
  const env = createEnvironment(workbook, {
    bundleDir: BUNDLE_DIR,
    authMode,
    userEmail: 'ana@example.com',
  });
  return { workbook, env, globals: env.globals as unknown as Globals };
}

describe('counting', () => {
  it('counts one cell read for getValue and every cell written for setValue', () => {
    const { env, globals } = environment();
    const range = globals.SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2');

    range.setValue(7);
    range.getValue();
    range.getDisplayValues();

    expect(env.stats).toEqual({ serviceCalls: 6, cellsRead: 5, cellsWritten: 4 });
  });

  it('counts the Ui and menus, not HtmlService', () => {
    const { env, globals } = environment();
    const ui = globals.SpreadsheetApp.getUi();

    ui.createMenu('OKR').addItem('Recalculate', 'recalculateStatus').addToUi();
    ui.showModalDialog(globals.HtmlService.createHtmlOutput('<p>Hi</p>').setWidth(400), 'Welcome');

    expect(env.stats.serviceCalls).toBe(5);
    expect(env.ui.menus).toEqual([
      {
        kind: 'menu',
        title: 'OKR',
        items: [{ caption: 'Recalculate', functionName: 'recalculateStatus' }],
      },
    ]);
    expect(env.ui.dialogs).toEqual([
      { title: 'Welcome', html: '<p>Hi</p>', modal: true, width: 400, height: 500 },
    ]);
  });
});

describe('authorisation', () => {
  it('allows only the Ui before the user has authorised the add-on', () => {
    const { globals, env } = environment('NONE');

    globals.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();

    expect(env.ui.menus).toHaveLength(1);
    expect(() => globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.',
    );
    expect(() => globals.PropertiesService.getDocumentProperties()).toThrow(
      'You do not have permission',
    );
  });
});

describe('PropertiesService', () => {
  it('keeps document, user and script properties apart', () => {
    const { globals, workbook } = environment();
    const documentProperties = globals.PropertiesService.getDocumentProperties();

    documentProperties.setProperties({ a: '1', b: '2' });
    documentProperties.deleteProperty('a');
    globals.PropertiesService.getUserProperties().setProperty('mine', 'x');

    expect(documentProperties.getProperties()).toEqual({ b: '2' });
    expect(documentProperties.getProperty('mine')).toBeNull();
    expect(workbook.properties).toEqual({ b: '2' });
    expect(globals.PropertiesService.getScriptProperties().getKeys()).toEqual([]);
  });

  it('refuses a store over 500 KB', () => {
    const { globals } = environment();
    const store = globals.PropertiesService.getScriptProperties();
    const value = 'x'.repeat(9 * 1024 - 10);

    expect(() => {
      for (let i = 0; i < 60; i++) store.setProperty(`k${i}`, value);
    }).toThrow('You have exceeded the property storage quota.');
  });
});

describe('Utilities, Session and ScriptApp', () => {
  it('formats dates with Java patterns in any zone', () => {
    const { globals } = environment();
    const date = new Date('2026-02-14T23:30:05Z');

    expect(globals.Utilities.formatDate(date, 'Asia/Tokyo', 'yyyy-MM-dd HH:mm:ss EEE MMM')).toBe(
      '2026-02-15 08:30:05 Sun Feb',
    );
    expect(
      globals.Utilities.formatDate(date, 'America/New_York', "EEEE d MMMM yyyy 'at' h:mm a Z"),
    ).toBe('Saturday 14 February 2026 at 6:30 PM -0500');
    expect(globals.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('computes digests as signed bytes, of the UTF-8 text', () => {
    const { globals } = environment();
    const { DigestAlgorithm, Charset } = globals.Utilities;
    const hex = (bytes: number[]) =>
      bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');

    const abc = globals.Utilities.computeDigest(DigestAlgorithm.SHA_256, 'abc', Charset.UTF_8);
    expect(hex(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(abc.slice(0, 2)).toEqual([-70, 120]);
    // Without a charset, UTF-8: é is two bytes.
    expect(hex(globals.Utilities.computeDigest(DigestAlgorithm.MD5, 'é'))).toBe(
      '66ddcd97cfdeabb2f6fb8a999b4bc76f',
    );
  });

  it('reports the user, the script time zone and the auth modes', () => {
    const { globals } = environment();

    expect(globals.Session.getActiveUser().getEmail()).toBe('ana@example.com');
    expect(globals.Session.getEffectiveUser().getEmail()).toBe('ana@example.com');
    expect(globals.Session.getScriptTimeZone()).toBe('Europe/Berlin');
    expect(globals.Session.getTemporaryActiveUserKey()).toHaveLength(43);
    expect(String(globals.ScriptApp.AuthMode.LIMITED)).toBe('LIMITED');
    expect(globals.ScriptApp.getScriptId()).toBe('local-okr-kra-tracker');
  });

  it('reads HTML files from the bundle folder only', () => {
    const { globals } = environment();

    expect(globals.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toContain('<h1>');
    expect(() => globals.HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });
});

describe('conditional format rules', () => {
  it('belong to the sheet whose ranges they cover', () => {
    const { globals } = environment();
    const spreadsheet = globals.SpreadsheetApp.getActive();
    const other = spreadsheet.insertSheet('Status');
    const rule = globals.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('At risk')
      .setBackground('#F4CCCC')
      .setBold(true)
      .setRanges([other.getRange('F2:F100')])
      .build();

    expect(() => spreadsheet.getSheets()[0].setConditionalFormatRules([rule])).toThrow(
      'Conditional format rule cannot reference a different sheet.',
    );
    other.setConditionalFormatRules([rule]);
    const condition = other.getConditionalFormatRules()[0].getBooleanCondition()!;
    expect([condition.getBackground(), condition.getBold(), condition.getCriteriaValues()]).toEqual(
      ['#f4cccc', true, ['At risk']],
    );
  });
});
