// What clasp pushes: one IIFE bundle with a top-level function per public server function, the
// sidebar as one file, and the manifest.

import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIST = path.join(__dirname, '..', '..', 'dist');
const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');

describe('dist/Code.js', () => {
  it.each([
    'onOpen',
    'onInstall',
    'showSidebar',
    'showHelp',
    'setUpSheets',
    'recalculateStatus',
    'getSidebarState',
    'setObjectiveKra',
    'checkIn',
    'startNextPeriod',
    'importSheet',
  ])('declares a top-level function %s', (name) => {
    expect(code).toMatch(new RegExp(`^function ${name}\\(a, b\\) \\{`, 'm'));
  });

  it('has no ES module syntax, which Apps Script cannot load', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });
});

describe('dist/Sidebar.html', () => {
  const html = readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');

  it('inlines its script and styles, and loads nothing from elsewhere', () => {
    expect(html).not.toContain('/*__SCRIPT__*/');
    expect(html).not.toContain('/*__STYLES__*/');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
  });
});

describe('dist/appsscript.json', () => {
  it('runs on V8', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
  });
});
