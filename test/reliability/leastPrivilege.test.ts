// Least privilege: the deployed manifest asks for two scopes only, the bundle calls no service
// that needs another, and onOpen (which may run in AuthMode.NONE) builds the menu and nothing else.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

import { LocalWorkbook } from '../../src/local/runtime';
import { BUNDLE_DIR, harness } from '../helpers/bundle';

const ALLOWED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];

const bundle = () => readFileSync(path.join(BUNDLE_DIR, 'Code.js'), 'utf8');

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(path.join(BUNDLE_DIR, 'appsscript.json'), 'utf8')) as {
    oauthScopes?: string[];
  };

  it('lists its scopes, so that Apps Script does not infer broader ones from the code', () => {
    expect(Array.isArray(manifest.oauthScopes)).toBe(true);
  });

  it('asks for no scope beyond the current spreadsheet and the container UI', () => {
    expect(manifest.oauthScopes?.filter((scope) => !ALLOWED_SCOPES.includes(scope))).toEqual([]);
  });
});

describe('dist/Code.js', () => {
  // Each of these needs a scope beyond the two, or reaches past the current spreadsheet.
  it.each([
    'UrlFetchApp',
    'DriveApp',
    'GmailApp',
    'MailApp',
    'CalendarApp',
    'DocumentApp',
    'FormApp',
    'CacheService',
    'Sheets.Spreadsheets',
    'openById',
    'openByUrl',
    'SpreadsheetApp.create',
    'newTrigger',
    'getOAuthToken',
  ])('never calls %s', (name) => {
    expect(bundle()).not.toContain(name);
  });
});

/** A service where every member throws, naming what was touched. */
function forbidden(service: string, allowed: Record<string, unknown> = {}, touched: string[]) {
  return new Proxy(allowed, {
    get(target, member) {
      if (typeof member === 'symbol') return undefined;
      if (member in target) return target[member];
      touched.push(`${service}.${member}`);
      throw new Error(`onOpen in AuthMode.NONE touched ${service}.${member}`);
    },
  });
}

describe('onOpen in AuthMode.NONE', () => {
  it('builds the menu, with services that throw on anything else', () => {
    const touched: string[] = [];
    const menu: unknown[] = [];
    const addonMenu = {
      addItem: (caption: string, functionName: string) => (
        menu.push({ caption, functionName }),
        addonMenu
      ),
      addSeparator: () => (menu.push('separator'), addonMenu),
      addToUi: () => menu.push('added'),
    };
    const ui = forbidden('Ui', { createAddonMenu: () => addonMenu }, touched);
    const services = ['PropertiesService', 'LockService', 'HtmlService', 'Session', 'ScriptApp'];
    const globals: Record<string, unknown> = {
      SpreadsheetApp: forbidden('SpreadsheetApp', { getUi: () => ui }, touched),
      ...Object.fromEntries(
        [...services, 'Utilities', 'Logger', 'Charts', 'CacheService', 'UrlFetchApp'].map((s) => [
          s,
          forbidden(s, {}, touched),
        ]),
      ),
      console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
    };
    const context = vm.createContext(globals);

    // Evaluating the bundle touches nothing either (no top-level side effects).
    vm.runInContext(bundle(), context);
    vm.runInContext("onOpen({ authMode: 'NONE' })", context);

    expect(touched).toEqual([]);
    expect(menu.at(-1)).toBe('added');
    expect(menu).toContainEqual({
      caption: 'Recalculate status',
      functionName: 'recalculateStatus',
    });
  });

  it('in the local runtime: a menu, no cell read or written', () => {
    const h = harness(LocalWorkbook.create());
    h.runtime.resetStats();

    h.runtime.trigger('onOpen', { authMode: 'NONE' });

    expect(h.runtime.ui.menus).toHaveLength(1);
    expect(h.runtime.ui.menus[0].kind).toBe('addon');
    expect(h.runtime.stats.cellsRead).toBe(0);
    expect(h.runtime.stats.cellsWritten).toBe(0);
    expect(h.runtime.ui.sidebars).toEqual([]);
    expect(h.runtime.ui.dialogs).toEqual([]);
  });
});
