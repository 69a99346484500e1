// The sidebar's forms and failures over a fake server: settings and check-in checked before they
// are sent, a failed call shown as one sentence, every control labelled, nothing wider than 300 px.

import { fakeBackend, sampleState } from './fake-run';
import { untilCalled, useFakeSidebar } from './harness';
import { announced, describeInBrowser, openAllSections } from './support';

describeInBrowser('sidebar forms over a fake server', () => {
  const sidebar = useFakeSidebar();

  it('checks settings before saving them', async () => {
    const fake = fakeBackend();
    const frame = await sidebar.open(fake);
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
    const frame = await sidebar.open(fake);
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

  it('shows a failed call as one sentence in an alert', async () => {
    const fake = fakeBackend();
    fake.failWith('recalculateStatus', 'Another recalculation is running; try again in a minute.');
    const frame = await sidebar.open(fake);

    await frame.locator('#recalculate').click();

    await frame.waitForSelector('#error:not([hidden])');
    expect(await frame.locator('[role="alert"]').innerText()).toBe(
      'Another recalculation is running; try again in a minute.',
    );
    expect(await frame.locator('#recalculate').innerText()).toBe('Recalculate status');
  });

  it('offers Try again when the state cannot be loaded', async () => {
    const fake = fakeBackend();
    fake.failWith('getSidebarState', 'The spreadsheet could not be read; try again.');
    const frame = await sidebar.open(fake);

    expect(await frame.locator('[role="alert"]').innerText()).toBe(
      'The spreadsheet could not be read; try again.',
    );
    expect(await frame.locator('.content p').innerText()).toBe(
      'The tracker could not load this spreadsheet.',
    );

    fake.recover('getSidebarState');
    await frame.getByRole('button', { name: 'Try again' }).click();
    await frame.waitForSelector('#recalculate');
    expect(await frame.locator('[role="alert"]').isHidden()).toBe(true);
  });

  it('labels every control and fits 300 px with long texts', async () => {
    const state = sampleState();
    state.objectives[0].objective = 'A'.repeat(300);
    state.kras[0].name = 'Customer-support-without-any-break-'.repeat(8);
    state.attention[0].message = 'x'.repeat(400);
    const frame = await sidebar.open(fakeBackend(state));
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
