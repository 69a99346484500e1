// What a team does in the sidebar besides recalculating, through the real bundle: go to a row
// that needs attention and explain it, check in a key result, change the settings.

import type { SidebarState } from '../../src/server/contract';
import { usePreview } from './harness';
import { announced, describeInBrowser } from './support';
import { columnById, oracle, typeCells } from './workbooks';

describeInBrowser('preview flows of the real bundle', () => {
  const preview = usePreview();

  it('selects the row of an attention entry in the sheet view, and Explain explains that row', async () => {
    const { file, oracleFile } = await preview.copyOfSample();
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
    const frame = await preview.open(file);
    await frame.locator('summary', { hasText: 'Needs attention' }).click();
    const entry = frame.locator('.attention-group[data-kind="problem"] button.entry');
    expect(await entry.innerText()).toBe(problems[0].message);

    await entry.click();

    await preview
      .page()
      .waitForSelector('table[data-sheet="Key Results"] tr.active[data-row="12"]');
    expect(await preview.page().getByRole('tab', { selected: true }).innerText()).toBe(
      'Key Results',
    );
    expect(await preview.page().locator('tr.active').count()).toBe(1);
    expect(await announced(frame)).toBe('Selected Key Results row 12.');
    await frame.locator('summary', { hasText: 'Explain a cell' }).click();
    await frame.getByRole('button', { name: 'Explain', exact: true }).click();
    await frame.waitForSelector('[data-testid="explanation"] h3');
    // The attention list selects the whole row, so the explanation names no column.
    expect(explanation.column).toBe('');
    expect(await frame.locator('[data-testid="explanation"] h3').innerText()).toBe(
      'Key Results row 12',
    );
    expect(await frame.locator('[data-testid="explanation"] p').innerText()).toBe(
      explanation.explanation,
    );
  });

  it('checks in a key result and saves settings through the real server', async () => {
    const { file, oracleFile } = await preview.copyOfSample();
    const checkIn = { keyResultId: 'KR4', current: '45%', confidence: 6, note: 'New emails.' };
    const expected = await oracle(file, oracleFile, [['checkIn', checkIn]]);
    const frame = await preview.open(file);
    await frame.locator('summary', { hasText: 'Check in' }).click();

    await frame.getByLabel('Owner', { exact: true }).selectOption('Raj Patel');
    expect(
      await frame.getByLabel('Key result', { exact: true }).locator('option').allInnerTexts(),
    ).toEqual([
      'Choose a key result',
      'KR4 Increase activation rate from 35% to 55%',
      'KR5 Reduce time to first value from 7 days to 2 days',
    ]);
    await frame.getByLabel('Key result', { exact: true }).selectOption('KR4');
    expect(await frame.getByLabel('Current value').inputValue()).toBe('0.41');
    await frame.getByLabel('Current value').fill('lots');
    await frame.getByRole('button', { name: 'Check in' }).click();
    await frame.waitForSelector('#error:not([hidden])');
    expect(await frame.locator('#error').innerText()).toBe(
      'The current value "lots" is not a number in en_US; enter a number such as 7, 45% or 1200.',
    );

    await frame.getByLabel('Current value').fill('45%');
    await frame.getByLabel('Confidence (1 to 10)').fill('6');
    await frame.getByLabel('Note').fill('New emails.');
    await frame.getByRole('button', { name: 'Check in' }).click();

    expect(await announced(frame)).toBe((expected.results[0] as { message: string }).message);
    await preview.sheetView('Key Results');
    await preview.untilColumn('Key Results', 'Current', {
      ...columnById(expected.workbook.displayValues('Key Results'), 'Current'),
    });
    expect(columnById(await preview.sheetView('Key Results'), 'Status').KR4).toBe('On track');

    await frame.locator('summary', { hasText: 'Settings' }).click();
    await frame.getByLabel('Success bar (aspirational)').fill('0.6');
    await frame.getByRole('button', { name: 'Save settings' }).click();
    await frame.waitForFunction(
      () => document.getElementById('status')?.textContent === 'Settings saved.',
    );
    const state = await oracle(file, `${oracleFile}.settings.xlsx`, [['getSidebarState']]);
    expect((state.results[0] as SidebarState).settings).toEqual({
      successBar: 0.6,
      maxObjectivesPerOwner: 5,
      kraCountMin: 4,
      kraCountMax: 6,
    });
  });
});
