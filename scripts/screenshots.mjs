// Regenerates every picture in the docs from the sample team on a fixed day: the preview page, each
// sheet, each part of the sidebar, the Status sheet in LibreOffice Calc, the Marketplace
// screenshots (1280×800) and, through scripts/icons.mjs, the icons and the card banner.
// Run: npm run screenshots (builds first). Needs /usr/bin/chromium, soffice and pdftoppm.
// The functions given to page.evaluate and waitForFunction run in the browser, with its globals:
/* global document, window, CSS */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'okr-kra.js');
const IMAGES = path.join(ROOT, 'docs', 'images');
const MARKETPLACE = path.join(ROOT, 'docs', 'marketplace');
const CHROMIUM = '/usr/bin/chromium';

/** Every picture shows this day, in en_US and UTC, so a rerun draws the same pixels. */
const TODAY = '2026-02-14';
const WORKBOOK_SETTINGS = ['--today', TODAY, '--locale', 'en_US', '--time-zone', 'UTC'];
const BROWSER_CONTEXT = { locale: 'en-US', timezoneId: 'UTC', deviceScaleFactor: 1 };

/**
 * The preview page for the README: this tall, and as wide as the Key Results sheet with the
 * sidebar. The Marketplace asks for exactly 1280×800.
 */
const PAGE_VIEWPORT = { width: 1280, height: 720 };
const MARKETPLACE_VIEWPORT = { width: 1280, height: 800 };
/** A small sheet is still shown at least this large, so its tabs fit beside it. */
const MIN_SHEET_WIDTH = 960;
const MIN_SHEET_HEIGHT = 200;
/** Space kept around one part of the sidebar, in pixels. */
const PART_MARGIN = 8;
/** The sidebar alone, as wide as its frame in Sheets and in the preview. */
const SIDEBAR_VIEWPORT = { width: 300, height: 800 };

const SHEETS = [
  { name: 'Objectives', file: 'sheet-objectives.png' },
  { name: 'Key Results', file: 'sheet-key-results.png' },
  { name: 'KRAs', file: 'sheet-kras.png' },
  { name: 'Owners', file: 'sheet-owners.png' },
  { name: 'Status', file: 'sheet-status.png' },
  { name: 'Check-ins', file: 'sheet-check-ins.png' },
];

const work = mkdtempSync(path.join(os.tmpdir(), 'okr-screenshots-'));
const written = [];
const servers = [];
const pageErrors = [];
let browser = null;

try {
  mkdirSync(IMAGES, { recursive: true });
  mkdirSync(MARKETPLACE, { recursive: true });

  // The name npm start gives the workbook, shown above the sheets.
  const sample = path.join(work, 'okr-workbook.xlsx');
  cli('setup', sample, '--sample', ...WORKBOOK_SETTINGS);
  const empty = path.join(work, 'empty.xlsx');
  await writeEmptyWorkbook(empty);
  await statusInLibreOffice(sample);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const sampleUrl = await startPreview(sample);
  await previewPictures(sampleUrl);
  await sidebarPictures(sampleUrl);
  await marketplacePictures(sampleUrl);
  await firstRunPicture(await startPreview(empty));
} finally {
  await browser?.close();
  await Promise.all(servers.map(stopPreview));
  rmSync(work, { recursive: true, force: true });
}

const icons = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'icons.mjs')], {
  stdio: 'inherit',
});
if (icons.status !== 0) throw new Error('scripts/icons.mjs failed.');
console.info(`wrote ${written.length} screenshots`);

/** Runs the okr-kra command line and fails loudly when it does. */
function cli(...args) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`okr-kra ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`);
  }
}

/** A spreadsheet as Google makes a new one: one empty Sheet1, none of the add-on's sheets. */
async function writeEmptyWorkbook(file) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1');
  await workbook.xlsx.writeFile(file);
}

/** Starts `okr-kra preview` on a free port and resolves with its URL once it says it listens. */
function startPreview(file) {
  const child = spawn(process.execPath, [CLI, 'preview', file, '--port', '0', '--today', TODAY], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no preview URL after 20 s:\n${output}`)),
      20000,
    );
    const read = (chunk) => {
      output += chunk;
      const url = /(http:\/\/\S+\/)/.exec(output);
      if (url) {
        clearTimeout(timer);
        resolve(url[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`okr-kra preview exited with ${code}:\n${output}`));
    });
  });
}

function stopPreview(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A page whose script errors stop the run at the next picture. */
async function newPage(viewport) {
  const page = await browser.newPage({ ...BROWSER_CONTEXT, viewport });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

/** The preview page with the sidebar drawn (it is aria-busy until its first state arrives). */
async function openPreview(url, viewport) {
  const page = await newPage(viewport);
  await page.goto(url);
  const frame = await (await page.waitForSelector('iframe#sidebar')).contentFrame();
  await frame.waitForSelector('#app:not([aria-busy])', { state: 'attached' });
  await page.waitForSelector('#grid table');
  return { page, frame };
}

/** Clicks Recalculate status and waits until the sidebar says it is done. */
async function recalculate(frame) {
  await frame.locator('#status').evaluate((status) => (status.textContent = ''));
  await frame.getByRole('button', { name: 'Recalculate status' }).click();
  await frame.waitForFunction(() => document.getElementById('status')?.textContent);
  await frame.waitForSelector('#recalculate:not([disabled])');
}

/** Shows `sheet` in the sheet view, scrolled to its top-left corner. */
async function showSheet(page, sheet) {
  await page.getByRole('tab', { name: sheet, exact: true }).click();
  // The view may still hold an answer from before the last call: wait until it shows the file.
  await page.waitForFunction(
    async (name) => {
      const response = await fetch('/api/sheets', { cache: 'no-store' });
      const saved = (await response.json()).sheets.find((candidate) => candidate.name === name);
      const table = document.querySelector(`#grid table[data-sheet="${CSS.escape(name)}"]`);
      if (!saved || !table) return false;
      const shown = [...table.querySelectorAll('tbody tr')].map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.textContent),
      );
      return (
        shown.length === saved.values.length &&
        saved.values.every((row, r) => row.every((value, c) => shown[r][c] === String(value)))
      );
    },
    sheet,
    { polling: 100, timeout: 10000 },
  );
  await page.locator('#grid').evaluate((grid) => grid.scrollTo(0, 0));
}

/**
 * Makes the page just wide enough to show the whole sheet beside the sidebar, and just tall enough
 * unless a height is given.
 */
async function fitSheet(page, height) {
  // From small up: a scroll size never reads below the size of the box that scrolls.
  await page.setViewportSize({ width: MIN_SHEET_WIDTH, height: MIN_SHEET_HEIGHT });
  const size = await page.evaluate(() => {
    const grid = document.getElementById('grid');
    const workbook = document.querySelector('.workbook');
    return {
      width: grid.scrollWidth + window.innerWidth - workbook.clientWidth,
      height: grid.scrollHeight + window.innerHeight - grid.clientHeight,
    };
  });
  await page.setViewportSize({
    width: Math.max(size.width, MIN_SHEET_WIDTH),
    height: height ?? Math.max(size.height, MIN_SHEET_HEIGHT),
  });
}

/** Opens one section of the sidebar and closes the others. */
async function openSection(frame, key) {
  await frame.evaluate((wanted) => {
    for (const section of document.querySelectorAll('details.section')) {
      section.open = section.dataset.section === wanted;
    }
  }, key);
}

/** Screenshots a page or an element, with no hover, focus ring or caret left from the clicks. */
async function shoot(target, file, options = {}) {
  const page = 'mouse' in target ? target : target.page();
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement?.blur());
  for (const frame of page.frames()) {
    await frame.evaluate(() => document.activeElement?.blur());
  }
  if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join('; ')}`);
  await target.screenshot({ path: file, animations: 'disabled', caret: 'hide', ...options });
  written.push(file);
  console.info(`wrote ${path.relative(ROOT, file)}`);
}

/** One part of the sidebar page, the full sidebar width with a little space above and below. */
async function shootPart(page, locator, file) {
  const box = await locator.boundingBox();
  const top = Math.max(0, Math.floor(box.y) - PART_MARGIN);
  const clip = {
    x: 0,
    y: top,
    width: SIDEBAR_VIEWPORT.width,
    height: Math.ceil(box.y + box.height) + PART_MARGIN - top,
  };
  await shoot(page, file, { clip, fullPage: true });
}

/** preview.png, then every sheet after a recalculation. */
async function previewPictures(url) {
  const { page, frame } = await openPreview(url, PAGE_VIEWPORT);
  await recalculate(frame);
  await showSheet(page, 'Key Results');
  await fitSheet(page, PAGE_VIEWPORT.height);
  await shoot(page, path.join(IMAGES, 'preview.png'));

  for (const sheet of SHEETS) {
    await showSheet(page, sheet.name);
    await fitSheet(page);
    await shoot(page.locator('.workbook'), path.join(IMAGES, sheet.file));
  }
  await page.close();
}

/** Each section of the sidebar on its own, 300 px wide as in Sheets. */
async function sidebarPictures(url) {
  const page = await newPage(SIDEBAR_VIEWPORT);
  await page.goto(new URL('sidebar', url).href);
  await page.waitForSelector('#app:not([aria-busy])', { state: 'attached' });
  const frame = page.mainFrame();
  const section = (key) => page.locator(`details[data-section="${key}"]`);

  await recalculate(frame);
  await shoot(page.locator('#app'), path.join(IMAGES, 'sidebar-summary.png'));

  await openSection(frame, 'mapping');
  await shootPart(page, section('mapping'), path.join(IMAGES, 'sidebar-mapping.png'));

  await openSection(frame, 'attention');
  await shootPart(page, section('attention'), path.join(IMAGES, 'sidebar-attention.png'));

  await openSection(frame, 'checkin');
  await page.getByLabel('Owner', { exact: true }).selectOption('Raj Patel');
  await page.getByLabel('Key result', { exact: true }).selectOption('KR4');
  await page.getByLabel('Current value').fill('45%');
  await page.getByLabel('Confidence (1 to 10)').fill('6');
  await page.getByLabel('Note').fill('The new welcome emails went out on Monday.');
  await shootPart(page, section('checkin'), path.join(IMAGES, 'sidebar-check-in.png'));

  await openSection(frame, 'settings');
  await shootPart(page, section('settings'), path.join(IMAGES, 'sidebar-settings.png'));

  // What clicking the row's number in the preview's sheet view does.
  await page.evaluate(() =>
    fetch('/api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'selectRow', args: [{ sheet: 'Key Results', row: 5 }] }),
    }),
  );
  await openSection(frame, 'explain');
  await page.getByRole('button', { name: 'Explain', exact: true }).click();
  await page.waitForSelector('[data-testid="explanation"] h3');
  await shootPart(page, section('explain'), path.join(IMAGES, 'sidebar-explain.png'));
  await page.close();
}

/** Three 1280×800 pages: the Status dashboard, the mapping and the attention list. */
async function marketplacePictures(url) {
  const { page, frame } = await openPreview(url, MARKETPLACE_VIEWPORT);
  await showSheet(page, 'Status');
  await shoot(page, path.join(MARKETPLACE, 'screenshot-1.png'));

  await showSheet(page, 'Objectives');
  await openSection(frame, 'mapping');
  await shoot(page, path.join(MARKETPLACE, 'screenshot-2.png'));

  // An entry of the list selects its row in the sheet, as it does in Sheets.
  await openSection(frame, 'attention');
  await frame.getByRole('button', { name: /^Key result KR1 restates/ }).click();
  await page.waitForSelector('table[data-sheet="Key Results"] tr.active[data-row="2"]');
  await shoot(page, path.join(MARKETPLACE, 'screenshot-3.png'));
  await page.close();
}

/** The sidebar on a spreadsheet without the add-on's sheets. */
async function firstRunPicture(url) {
  const page = await newPage(SIDEBAR_VIEWPORT);
  await page.goto(new URL('sidebar', url).href);
  await page.waitForSelector('.first-run');
  await shoot(page.locator('#app'), path.join(IMAGES, 'sidebar-first-run.png'));
  await page.close();
}

/** The recalculated Status sheet alone, printed to PDF by LibreOffice Calc, its page as a PNG. */
async function statusInLibreOffice(sample) {
  const file = path.join(work, 'status.xlsx');
  copyFileSync(sample, file);
  cli('recalc', file, ...WORKBOOK_SETTINGS);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const sheet of [...workbook.worksheets]) {
    if (sheet.name !== 'Status') workbook.removeWorksheet(sheet.id);
  }
  const status = workbook.getWorksheet('Status');
  status.state = 'visible';
  status.pageSetup = {
    ...status.pageSetup,
    showGridLines: true,
    showRowColHeaders: true,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
  };
  await workbook.xlsx.writeFile(file);

  // A profile of its own, so a LibreOffice already open on this machine does not interfere.
  const profile = `file://${path.join(work, 'libreoffice-profile')}`;
  const pdf = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      file,
    ],
    { encoding: 'utf8' },
  );
  if (pdf.status !== 0) throw new Error(`soffice failed:\n${pdf.stderr}${pdf.stdout}`);
  const png = spawnSync(
    'pdftoppm',
    ['-png', '-r', '80', '-singlefile', path.join(work, 'status.pdf'), path.join(work, 'status')],
    { encoding: 'utf8' },
  );
  if (png.status !== 0) throw new Error(`pdftoppm failed:\n${png.stderr}`);
  const target = path.join(IMAGES, 'status-libreoffice.png');
  copyFileSync(path.join(work, 'status.png'), target);
  written.push(target);
  console.info(`wrote ${path.relative(ROOT, target)}`);
}
