// The built sidebar (dist/Sidebar.html) in Chromium over a fake server: what each section shows,
// which call it makes with which argument, and the busy state. preview.test.ts drives the same
// sidebar over the real dist/Code.js.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { SidebarState } from '../../src/server/contract';
import { fakeBackend, sampleState } from './fake-run';
import { untilCalled, useFakeSidebar } from './harness';
import { announced, describeInBrowser, DIST } from './support';

describeInBrowser('sidebar sections over a fake server', () => {
  const sidebar = useFakeSidebar();

  it('is one self-contained file under 60 KB that never parses text as HTML', () => {
    const html = readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');

    expect(Buffer.byteLength(html)).toBeLessThan(60 * 1024);
    expect(html).not.toMatch(/<link|<script src|https?:\/\//);
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('shows the counts by status, the last recalculation and the period', async () => {
    const frame = await sidebar.open(fakeBackend());

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
    const frame = await sidebar.open(fake);
    const release = fake.hold('recalculateStatus');

    await frame.locator('#recalculate').click();
    await untilCalled(fake, 'recalculateStatus');
    const busy = frame.locator('#recalculate');
    expect(await busy.innerText()).toBe('Recalculating…');
    expect(await busy.isDisabled()).toBe(true);
    expect(await busy.getAttribute('aria-busy')).toBe('true');

    // From the sidebar: no toast, and the time zone and locale its state carried.
    expect(fake.calls.find((c) => c.name === 'recalculateStatus')?.arg).toEqual({
      fromSidebar: true,
      zone: { timeZone: 'Europe/Lisbon', locale: 'en_GB' },
    });

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
    const frame = await sidebar.open(fake);
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
    const frame = await sidebar.open(fake);
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

  it('switches the period through getSidebarState', async () => {
    const fake = fakeBackend();
    const frame = await sidebar.open(fake);

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
    const frame = await sidebar.open(fake);

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
    const frame = await sidebar.open(fake);
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
});
