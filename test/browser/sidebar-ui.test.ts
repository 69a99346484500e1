// The sidebar in Chromium over a fake server: every section, its calls and arguments, busy and
// error states, labels and the 300 px width. The real bundle is driven in preview.test.ts.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Browser, Frame, Page } from 'playwright-core';

import { previewApp } from '../../src/local/preview/app';
import type { SidebarState } from '../../src/server/contract';
import { buildSidebarInto, fakeBackend, sampleState } from './fake-run';
import {
  announced,
  describeInBrowser,
  launchChromium,
  openAllSections,
  serveApp,
  sidebarFrame,
} from './support';

describeInBrowser('sidebar over a fake server', () => {
  let browser: Browser;
  let bundleDir: string;
  let page: Page;
  let close: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    bundleDir = await mkdtemp(path.join(os.tmpdir(), 'okr-sidebar-'));
    await buildSidebarInto(bundleDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await rm(bundleDir, { recursive: true, force: true });
  });

  afterEach(async () => {
    await page?.close();
    await close?.();
    close = null;
  });

  /** Serves the fake and opens the preview page; returns the sidebar's frame. */
  async function open(fake: ReturnType<typeof fakeBackend>): Promise<Frame> {
    const server = await serveApp(previewApp(fake.backend, { bundleDir, host: '127.0.0.1' }));
    close = server.close;
    page = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC' });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(server.url);
    return sidebarFrame(page);
  }

  async function untilCalled(fake: ReturnType<typeof fakeBackend>, name: string, count = 1) {
    for (let waited = 0; waited < 5000; waited += 20) {
      const made = fake.calls.filter((call) => call.name === name);
      if (made.length >= count) return made[count - 1].arg;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${name} was not called ${count} time(s).`);
  }

  it('shows the counts by status, the last recalculation and the period', async () => {
    const frame = await open(fakeBackend());

    const rows = await frame.locator('.counts-table tr').allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      'Not started 1',
      'On track 2',
      'Needs focus 1',
      'At risk 1',
      'Achieved 0',
      'Missed 0',
    ]);
    expect(await frame.locator('.counts-table caption').innerText()).toBe(
      'Objectives by status, 2026-Q1',
    );
    expect(await frame.getByTestId('last-recalculated').innerText()).toBe(
      'Last recalculated Feb 14, 2026, 9:30 AM.',
    );
    expect(await frame.locator('#period').inputValue()).toBe('2026-Q1');
    expect(await frame.locator('#period option').allInnerTexts()).toEqual(['2025-Q4', '2026-Q1']);
  });

  it('marks Recalculate busy while it runs, then announces the message and lists problems', async () => {
    const fake = fakeBackend();
    const frame = await open(fake);
    const release = fake.hold('recalculateStatus');

    await frame.locator('#recalculate').click();
    await untilCalled(fake, 'recalculateStatus');
    const busy = frame.locator('#recalculate');
    expect(await busy.innerText()).toBe('Recalculating…');
    expect(await busy.isDisabled()).toBe(true);
    expect(await busy.getAttribute('aria-busy')).toBe('true');

    release();
    expect(await announced(frame)).toBe('Recalculated 3 key results and 2 objectives in 0.1 s.');
    await frame.waitForSelector('#recalculate:not([disabled])');
    expect(await busy.innerText()).toBe('Recalculate status');
    expect(await busy.getAttribute('aria-busy')).toBeNull();
    expect(await frame.locator('#status').getAttribute('aria-live')).toBe('polite');
    expect(await frame.locator('.problems h3').innerText()).toBe('1 problem');
    expect(await frame.locator('.problems button').innerText()).toBe(
      'Current "high" is not a number.\nKey Results row 4, Current',
    );

    await frame.locator('.problems button').click();
    expect(await untilCalled(fake, 'selectRow')).toEqual({ sheet: 'Key Results', row: 4 });
  });

  it('maps an objective by a suggestion and by the dropdown, unmapped first', async () => {
    const fake = fakeBackend();
    const frame = await open(fake);
    await frame.locator('summary', { hasText: 'Map OKRs to KRAs' }).click();

    expect(await frame.locator('.card-title').allInnerTexts()).toEqual([
      'O2 Cut support response time',
      'O1 Delight new customers',
    ]);
    expect(await frame.locator('.section-title').nth(1).innerText()).toBe(
      'Map OKRs to KRAs (1 unmapped)',
    );
    expect(await frame.getByLabel('KRA for O2').locator('option').allInnerTexts()).toEqual([
      'No KRA',
      'A1 Customer support (Ana Silva)',
      'A2 Customer support (Ana Silva)',
      'A3 Team development (Raj Patel)',
    ]);
    expect(
      await frame.locator('[data-objective="O2"] .suggestions button').allInnerTexts(),
    ).toEqual(['Use A1 Customer support 0.62', 'Use A3 Team development 0.20']);

    await frame.getByRole('button', { name: 'Use A1 Customer support 0.62' }).click();
    expect(await untilCalled(fake, 'setObjectiveKra')).toEqual({ objectiveId: 'O2', kraId: 'A1' });
    expect(await announced(frame)).toBe('Mapped O2 to KRA A1.');
    await frame.waitForFunction(
      () => document.querySelectorAll('.section-title')[1].textContent === 'Map OKRs to KRAs',
    );
    expect(await frame.getByLabel('KRA for O2').inputValue()).toBe('A1');

    await frame.getByLabel('KRA for O1').selectOption('A3');
    expect(await untilCalled(fake, 'setObjectiveKra', 2)).toEqual({
      objectiveId: 'O1',
      kraId: 'A3',
    });
    await frame.waitForFunction(() =>
      [...document.querySelectorAll('.secondary')].some(
        (p) => p.textContent === 'Ana Silva · mapped to A3',
      ),
    );

    await frame.getByLabel('KRA for O1').selectOption('');
    expect(await untilCalled(fake, 'setObjectiveKra', 3)).toEqual({ objectiveId: 'O1', kraId: '' });
  });

  it('groups what needs attention by kind and selects the row of an entry', async () => {
    const fake = fakeBackend();
    const frame = await open(fake);
    await frame.locator('summary', { hasText: 'Needs attention' }).click();

    expect(await frame.locator('.section-title').nth(2).innerText()).toBe('Needs attention (3)');
    expect(await frame.locator('.attention-group h3').allInnerTexts()).toEqual([
      'Problems (1)',
      'Objectives without a KRA (1)',
      'KRA count (1)',
    ]);
    expect(await frame.locator('.attention-group[data-kind="problem"] button').innerText()).toBe(
      'Key Results row 4, Current: "high" is not a number.',
    );
    expect(
      await frame.locator('.attention-group[data-kind="unmapped-objective"] button').innerText(),
    ).toBe('O2 is mapped to no KRA.\nObjectives row 3');
    expect(await frame.locator('.attention-group[data-kind="kra-count"] button').count()).toBe(0);
    expect(await frame.locator('.attention-group[data-kind="kra-count"] li').innerText()).toBe(
      'Raj Patel owns 1 KRA; 4 to 6 expected.',
    );

    await frame.getByRole('button', { name: /O2 is mapped to no KRA/ }).click();
    expect(await untilCalled(fake, 'selectRow')).toEqual({ sheet: 'Objectives', row: 3 });
    expect(await announced(frame)).toBe('Selected Objectives row 3.');
  });

  it('checks settings before saving them', async () => {
    const fake = fakeBackend();
    const frame = await open(fake);
    await frame.locator('summary', { hasText: 'Settings' }).click();
    const bar = frame.getByLabel('Success bar (aspirational)');
    expect(await bar.inputValue()).toBe('0.7');

    await bar.fill('1.5');
    await frame.getByLabel('KRAs per owner, at least').fill('7');
    await frame.getByRole('button', { name: 'Save settings' }).click();
    expect(await bar.getAttribute('aria-invalid')).toBe('true');
    expect(await frame.locator('.field-error:not([hidden])').allInnerTexts()).toEqual([
      'Enter a number of at most 1.',
      'The most KRAs must be at least the fewest.',
    ]);
    expect(await bar.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(fake.calls.some((call) => call.name === 'saveSettings')).toBe(false);

    await bar.fill('0.6');
    await frame.getByLabel('KRAs per owner, at most').fill('8');
    await frame.getByRole('button', { name: 'Save settings' }).click();
    expect(await untilCalled(fake, 'saveSettings')).toEqual({
      successBar: 0.6,
      maxObjectivesPerOwner: 5,
      kraCountMin: 7,
      kraCountMax: 8,
    });
    expect(await announced(frame)).toBe('Settings saved.');
    expect(await frame.locator('.field-error:not([hidden])').count()).toBe(0);
  });

  it('checks in a key result chosen by owner, then objective and key result', async () => {
    const fake = fakeBackend();
    const frame = await open(fake);
    await frame.locator('summary', { hasText: 'Check in' }).click();

    expect(
      await frame.getByLabel('Owner', { exact: true }).locator('option').allInnerTexts(),
    ).toEqual(['All owners', 'Ana Silva', 'Raj Patel']);
    await frame.getByLabel('Owner', { exact: true }).selectOption('Ana Silva');
    const keyResult = frame.getByLabel('Key result', { exact: true });
    expect(await keyResult.locator('option').allInnerTexts()).toEqual([
      'Choose a key result',
      'KR1 Raise CSAT to 90%',
      'KR3 First response under 4 h',
    ]);
    expect(
      await keyResult
        .locator('optgroup')
        .evaluateAll((groups) => groups.map((g) => g.getAttribute('label'))),
    ).toEqual(['O1 Delight new customers', 'O2 Cut support response time']);

    await frame.getByRole('button', { name: 'Check in' }).click();
    expect(await frame.locator('.field-error:not([hidden])').allInnerTexts()).toEqual([
      'Choose a key result.',
      'Enter the current value.',
    ]);

    await keyResult.selectOption('KR1');
    expect(await frame.getByLabel('Current value').inputValue()).toBe('86%');
    await frame.getByLabel('Current value').fill('88%');
    await frame.getByLabel('Confidence (1 to 10)').fill('11');
    await frame.getByRole('button', { name: 'Check in' }).click();
    expect(await frame.locator('.field-error:not([hidden])').allInnerTexts()).toEqual([
      'Enter a whole number from 1 to 10.',
    ]);

    await frame.getByLabel('Confidence (1 to 10)').fill('8');
    await frame.getByLabel('Note').fill('Two new agents started.');
    await frame.getByRole('button', { name: 'Check in' }).click();
    expect(await untilCalled(fake, 'checkIn')).toEqual({
      keyResultId: 'KR1',
      current: '88%',
      confidence: 8,
      note: 'Two new agents started.',
    });
    expect(await announced(frame)).toBe('Checked in KR1.');
    expect(await frame.getByLabel('Note').inputValue()).toBe('');
  });

  it('switches the period through getSidebarState', async () => {
    const fake = fakeBackend();
    const frame = await open(fake);

    await frame.getByLabel('Period', { exact: true }).selectOption('2025-Q4');

    expect(await untilCalled(fake, 'getSidebarState', 2)).toEqual({ period: '2025-Q4' });
    expect(await announced(frame)).toBe('Showing 2025-Q4.');
    expect(await frame.locator('.counts-table caption').innerText()).toBe(
      'Objectives by status, 2025-Q4',
    );
  });

  it('offers Set up sheets and the sample team on first run', async () => {
    const first: SidebarState = { ...sampleState(), ready: false };
    const fake = fakeBackend(first);
    const frame = await open(fake);

    expect(await frame.locator('.first-run button').allInnerTexts()).toEqual([
      'Set up sheets',
      'Add the sample team',
    ]);
    expect(await frame.locator('.period-bar').isHidden()).toBe(true);

    await frame.getByRole('button', { name: 'Add the sample team' }).click();
    await frame.waitForSelector('#recalculate');
    expect(fake.calls.map((call) => call.name)).toEqual([
      'getSidebarState',
      'setUpSheets',
      'addSampleTeam',
      'getSidebarState',
    ]);
    expect(await frame.locator('#recalculate').evaluate((b) => b === document.activeElement)).toBe(
      true,
    );
  });

  it('explains the selected cell, or says there is nothing to explain', async () => {
    const fake = fakeBackend();
    const frame = await open(fake);
    await frame.locator('summary', { hasText: 'Explain a cell' }).click();

    await frame.getByRole('button', { name: 'Explain', exact: true }).click();
    await frame.waitForSelector('[data-testid="explanation"] p');
    expect(await frame.getByTestId('explanation').innerText()).toBe(
      'Nothing to explain there: select a cell on a row of Objectives, Key Results or KRAs.',
    );

    fake.explainWith({
      sheet: 'Key Results',
      row: 2,
      column: 'Status',
      explanation: 'Score 0.45 is below the expected pace 0.7 × 44/90 = 0.34?\nNo: On track.',
    });
    await frame.getByRole('button', { name: 'Explain', exact: true }).click();
    await frame.waitForSelector('[data-testid="explanation"] h3');
    expect(await frame.locator('[data-testid="explanation"] h3').innerText()).toBe(
      'Key Results row 2, Status',
    );
    expect(await frame.locator('[data-testid="explanation"] p').innerText()).toBe(
      'Score 0.45 is below the expected pace 0.7 × 44/90 = 0.34?\nNo: On track.',
    );
  });

  it('shows a failed call as one sentence in an alert', async () => {
    const fake = fakeBackend();
    fake.failWith('recalculateStatus', 'Another recalculation is running; try again in a minute.');
    const frame = await open(fake);

    await frame.locator('#recalculate').click();

    await frame.waitForSelector('#error:not([hidden])');
    expect(await frame.locator('[role="alert"]').innerText()).toBe(
      'Another recalculation is running; try again in a minute.',
    );
    expect(await frame.locator('#recalculate').innerText()).toBe('Recalculate status');
  });

  it('labels every control and fits 300 px with long texts', async () => {
    const state = sampleState();
    state.objectives[0].objective = 'A'.repeat(300);
    state.kras[0].name = 'Customer-support-without-any-break-'.repeat(8);
    state.attention[0].message = 'x'.repeat(400);
    const frame = await open(fakeBackend(state));
    await openAllSections(frame);

    const unlabelled = await frame.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary')]
        .filter((control) => {
          const labels = (control as HTMLInputElement).labels;
          const named =
            (labels && labels.length > 0) ||
            control.getAttribute('aria-label') ||
            (control.textContent ?? '').trim();
          return !named;
        })
        .map((control) => control.outerHTML),
    );
    expect(unlabelled).toEqual([]);

    const widths = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.client).toBe(300);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});
