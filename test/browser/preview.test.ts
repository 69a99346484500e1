// The real bundle in Chromium through the preview server: dist/Sidebar.html beside the sheet
// view, every call running dist/Code.js in the local runtime over a copy of the sample workbook.

import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Browser, Frame, Page } from 'playwright-core';

import { startPreview, type Preview } from '../../src/local/preview/server';
import { LocalWorkbook } from '../../src/local/runtime';
import type { RecalcSummary, SidebarState } from '../../src/server/contract';
import {
  announced,
  describeInBrowser,
  DIST,
  launchChromium,
  openAllSections,
  requireBundle,
  sidebarFrame,
} from './support';
import { columnById, makeSampleFile, NOW, oracle, typeCells, typedCells } from './workbooks';

const HOSTILE = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=2</script>',
  svg: '"><svg onload="window.__xss=3">',
};

describeInBrowser('preview of the real bundle', () => {
  let browser: Browser;
  let dir: string;
  let sample: string;
  let preview: Preview | null = null;
  let page: Page;
  let testNumber = 0;

  beforeAll(async () => {
    requireBundle('Code.js', 'Sidebar.html');
    dir = await mkdtemp(path.join(os.tmpdir(), 'okr-preview-'));
    sample = path.join(dir, 'sample.xlsx');
    await makeSampleFile(sample);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  afterEach(async () => {
    await page?.close();
    await preview?.close();
    preview = null;
  });

  /** A fresh copy of the sample for one test, with its own oracle copy beside it. */
  async function copyOfSample(): Promise<{ file: string; oracleFile: string }> {
    testNumber += 1;
    const file = path.join(dir, `test-${testNumber}.xlsx`);
    await copyFile(sample, file);
    return { file, oracleFile: path.join(dir, `oracle-${testNumber}.xlsx`) };
  }

  async function open(file: string): Promise<Frame> {
    preview = await startPreview({ file, port: 0, bundleDir: DIST, now: NOW });
    page = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC' });
    await page.goto(preview.url);
    return sidebarFrame(page);
  }

  /** The sheet view's cells of `sheet`, after clicking its tab. */
  async function sheetView(sheet: string): Promise<string[][]> {
    await page.getByRole('tab', { name: sheet, exact: true }).click();
    await page.waitForSelector(`table[data-sheet="${sheet}"]`);
    return page.$$eval(`table[data-sheet="${sheet}"] tbody tr`, (rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
  }

  /** Waits until the sheet view of `sheet` shows `expected` under `header`, by ID. */
  async function untilColumn(sheet: string, header: string, expected: Record<string, string>) {
    await page.waitForFunction(
      ({ sheet, header, expected }) => {
        const table = document.querySelector(`table[data-sheet="${sheet}"]`);
        if (!table) return false;
        const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
        );
        const column = rows[0].indexOf(header);
        const shown = Object.fromEntries(
          rows
            .slice(1)
            .filter((r) => r[0])
            .map((r) => [r[0], r[column]]),
        );
        return JSON.stringify(shown) === JSON.stringify(expected);
      },
      { sheet, header, expected },
    );
  }

  it('recalculates from the sidebar and shows the statuses in the Key Results sheet', async () => {
    const { file, oracleFile } = await copyOfSample();
    // A change typed since the sample was made, so at least one status must change.
    await typeCells(file, [{ sheet: 'Key Results', id: 'KR3', header: 'Current', text: 'TRUE' }]);
    const expected = await oracle(file, oracleFile, [['recalculateStatus']]);
    const summary = expected.results[0] as RecalcSummary;
    const statuses = columnById(expected.workbook.displayValues('Key Results'), 'Status');
    const frame = await open(file);

    const before = columnById(await sheetView('Key Results'), 'Status');
    await frame.getByRole('button', { name: 'Recalculate status' }).click();

    expect(await announced(frame)).toBe(summary.message);
    await untilColumn('Key Results', 'Status', statuses);
    expect(before.KR3).not.toBe('Achieved');
    expect(statuses).toEqual(EXPECTED_STATUSES);
    expect(columnById(await sheetView('Key Results'), 'Status')).toEqual(EXPECTED_STATUSES);
    await frame.waitForFunction(
      () =>
        document.querySelector('[data-testid="last-recalculated"]')?.textContent !==
        'Not recalculated yet.',
    );
    expect(await frame.getByTestId('last-recalculated').innerText()).toBe(
      'Last recalculated Feb 14, 2026, 12:00 PM.',
    );
  });

  it('maps an objective by a suggestion and another by the dropdown, and writes only those cells', async () => {
    const { file, oracleFile } = await copyOfSample();
    const state = (await oracle(file, oracleFile, [['getSidebarState']]))
      .results[0] as SidebarState;
    const unmapped = state.objectives.find(
      (objective) => !objective.kra && objective.suggestions.length,
    );
    const mapped = state.objectives.find((objective) => objective.kra);
    if (!unmapped || !mapped)
      throw new Error('The sample needs a mapped and an unmapped objective.');
    const suggestion = unmapped.suggestions[0];
    const other = state.kras.find((kra) => kra.id !== mapped.kra);
    if (!other) throw new Error('The sample needs two KRAs.');
    const typedBefore = typedCells(await LocalWorkbook.load(file));
    const frame = await open(file);
    await frame.locator('summary', { hasText: 'Map OKRs to KRAs' }).click();

    const label = `Use ${suggestion.kra} ${suggestion.name} ${suggestion.score.toFixed(2)}`;
    await frame.getByRole('button', { name: label, exact: true }).click();
    expect(await announced(frame)).toMatch(new RegExp(`${unmapped.id}.*${suggestion.kra}`));
    await frame.waitForFunction(
      ({ id, kra }) =>
        (document.querySelector(`[data-objective="${id}"] select`) as HTMLSelectElement | null)
          ?.value === kra,
      { id: unmapped.id, kra: suggestion.kra },
    );

    await frame.getByLabel(`KRA for ${mapped.id}`, { exact: true }).selectOption(other.id);
    await frame.waitForFunction(
      ({ id, kra }) =>
        (document.querySelector(`[data-objective="${id}"] select`) as HTMLSelectElement | null)
          ?.value === kra,
      { id: mapped.id, kra: other.id },
    );
    const kraShown = Object.fromEntries(
      typedBefore.Objectives.map((row) => [String(row.ID), String(row.KRA)]),
    );
    kraShown[unmapped.id] = suggestion.kra;
    kraShown[mapped.id] = other.id;
    await sheetView('Objectives');
    await untilColumn('Objectives', 'KRA', kraShown);
    await preview?.close();
    preview = null;

    const typedAfter = typedCells(await LocalWorkbook.load(file));
    const objectivesBefore = typedBefore.Objectives.map((row) => ({ ...row }));
    for (const row of objectivesBefore) {
      if (row.ID === unmapped.id) row.KRA = suggestion.kra;
      if (row.ID === mapped.id) row.KRA = other.id;
    }
    expect(typedAfter).toEqual({ ...typedBefore, Objectives: objectivesBefore });
    expect(typedAfter.Objectives.find((row) => row.ID === unmapped.id)?.KRA).toBe(suggestion.kra);
    expect(typedAfter.Objectives.find((row) => row.ID === mapped.id)?.KRA).toBe(other.id);
  });

  it('shows script-bearing texts as literal text and runs none of them', async () => {
    const { file } = await copyOfSample();
    await typeCells(file, [
      { sheet: 'Objectives', id: 'O1', header: 'Objective', text: HOSTILE.img },
      { sheet: 'Objectives', id: 'O2', header: 'Objective', text: HOSTILE.script },
      { sheet: 'Objectives', id: 'O3', header: 'Objective', text: HOSTILE.svg },
      { sheet: 'KRAs', id: 'A1', header: 'KRA', text: HOSTILE.img },
      { sheet: 'KRAs', id: 'A6', header: 'KRA', text: HOSTILE.script },
      { sheet: 'KRAs', id: 'A7', header: 'KRA', text: HOSTILE.svg },
      { sheet: 'Key Results', id: 'KR1', header: 'Key result', text: HOSTILE.svg },
    ]);
    const frame = await open(file);

    await frame.getByRole('button', { name: 'Recalculate status' }).click();
    await announced(frame);
    await frame.waitForSelector('#recalculate:not([disabled])');
    await openAllSections(frame);
    await frame.getByRole('button', { name: 'Explain', exact: true }).click();
    await frame.waitForSelector('[data-testid="explanation"] > *');
    for (const tab of await page.getByRole('tab').allInnerTexts()) await sheetView(tab);

    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await frame.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await frame.locator('.card-title').allInnerTexts()).toEqual(
      expect.arrayContaining([`O1 ${HOSTILE.img}`, `O2 ${HOSTILE.script}`, `O3 ${HOSTILE.svg}`]),
    );
    expect(
      await frame.getByLabel('KRA for O1', { exact: true }).locator('option').allInnerTexts(),
    ).toEqual(
      expect.arrayContaining([
        `A1 ${HOSTILE.img} (Ana Silva)`,
        `A6 ${HOSTILE.script} (Raj Patel)`,
        `A7 ${HOSTILE.svg} (Mei Chen)`,
      ]),
    );
    expect(
      await frame.getByLabel('Key result', { exact: true }).locator('option').allInnerTexts(),
    ).toContain(`KR1 ${HOSTILE.svg}`);
    expect(await frame.locator('img, svg, script:not(:first-of-type)').count()).toBe(0);
    const objectives = columnById(await sheetView('Objectives'), 'Objective');
    expect([objectives.O1, objectives.O2, objectives.O3]).toEqual([
      HOSTILE.img,
      HOSTILE.script,
      HOSTILE.svg,
    ]);
    expect(await page.locator('#grid img, #grid svg, #grid script').count()).toBe(0);
  });

  it('reaches Recalculate status by Tab from the top of the page and runs it with Enter', async () => {
    const { file, oracleFile } = await copyOfSample();
    const summary = (await oracle(file, oracleFile, [['recalculateStatus']]))
      .results[0] as RecalcSummary;
    const frame = await open(file);

    let focused = '';
    for (let presses = 0; presses < 40 && focused !== 'recalculate'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await frame.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('recalculate');
    expect(
      await frame
        .locator('#recalculate')
        .evaluate((button) => getComputedStyle(button).outlineStyle),
    ).toBe('solid');

    await page.keyboard.press('Enter');

    expect(await announced(frame)).toBe(summary.message);
  });

  it('selects the row of an attention entry in the sheet view, and Explain explains that row', async () => {
    const { file, oracleFile } = await copyOfSample();
    await typeCells(file, [{ sheet: 'Key Results', id: 'KR11', header: 'Current', text: 'lots' }]);
    const expected = await oracle(file, oracleFile, [
      ['getSidebarState'],
      ['selectRow', { sheet: 'Key Results', row: 12 }],
      ['explainSelection'],
    ]);
    const problems = (expected.results[0] as SidebarState).attention.filter(
      (item) => item.kind === 'problem',
    );
    const explanation = expected.results[2] as { column: string; explanation: string };
    expect(problems).toEqual([
      {
        kind: 'problem',
        message: expect.stringMatching(/^Key Results row 12, Current: .*"lots"/),
        sheet: 'Key Results',
        row: 12,
      },
    ]);
    const frame = await open(file);
    await frame.locator('summary', { hasText: 'Needs attention' }).click();
    const entry = frame.locator('.attention-group[data-kind="problem"] button.entry');
    expect(await entry.innerText()).toBe(problems[0].message);

    await entry.click();

    await page.waitForSelector('table[data-sheet="Key Results"] tr.active[data-row="12"]');
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('Key Results');
    expect(await page.locator('tr.active').count()).toBe(1);
    expect(await announced(frame)).toBe('Selected Key Results row 12.');
    await frame.locator('summary', { hasText: 'Explain a cell' }).click();
    await frame.getByRole('button', { name: 'Explain', exact: true }).click();
    await frame.waitForSelector('[data-testid="explanation"] h3');
    expect(await frame.locator('[data-testid="explanation"] h3').innerText()).toBe(
      `Key Results row 12, ${explanation.column}`,
    );
    expect(await frame.locator('[data-testid="explanation"] p').innerText()).toBe(
      explanation.explanation,
    );
  });

  it('fits the sidebar in 300 px with every section open, with no horizontal scroll', async () => {
    const { file } = await copyOfSample();
    const frame = await open(file);
    await frame.getByRole('button', { name: 'Recalculate status' }).click();
    await announced(frame);
    await openAllSections(frame);

    const widths = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      body: document.body.scrollWidth,
    }));

    expect(widths.client).toBe(300);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.body).toBeLessThanOrEqual(widths.client);
  });

  it('runs two calls sent at once one after the other, so neither write is lost', async () => {
    const { file } = await copyOfSample();
    preview = await startPreview({ file, port: 0, bundleDir: DIST, now: NOW });
    const url = preview.url;
    const post = (objectiveId: string, kraId: string) =>
      fetch(`${url}api/call`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'setObjectiveKra', args: [{ objectiveId, kraId }] }),
      }).then((response) => response.json());

    const answers = await Promise.all([post('O2', 'A6'), post('O3', 'A2')]);
    await preview.close();
    preview = null;

    expect(answers.map((answer) => answer.ok)).toEqual([true, true]);
    const kra = columnById((await LocalWorkbook.load(file)).displayValues('Objectives'), 'KRA');
    expect([kra.O2, kra.O3]).toEqual(['A6', 'A2']);
  });
});

/**
 * The sample team's key results on 2026-02-14 (DOMAIN.md, t = 44/90), with KR3's milestone typed
 * as done: aspirational pace 0.7 × 44/90 = 0.342 (needs focus from 0.240), committed 0.489.
 */
const EXPECTED_STATUSES: Record<string, string> = {
  KR1: 'On track', // (12 - 9) / (12 - 4) = 0.38
  KR2: 'On track', // (0.86 - 0.80) / (0.92 - 0.80) = 0.50
  KR3: 'Achieved', // milestone done: 1.00
  KR4: 'Needs focus', // (0.41 - 0.35) / (0.55 - 0.35) = 0.30
  KR5: 'On track', // (7 - 5) / (7 - 2) days = 0.40
  KR6: 'Achieved', // 8% at or below 10%: 1.00, committed
  KR7: 'On track', // 3 / 6 = 0.50 >= 0.489, committed
  KR8: 'Needs focus', // $120,000 / $500,000 = 0.24
  KR9: 'Not started', // current blank
  KR10: 'On track', // 280,000 / 300,000 = 0.93
  KR11: 'Needs focus', // (2 - 1) / (4 - 1) = 0.33
  KR12: 'Not started', // N/A counts as blank
};
