// The real bundle in Chromium through the preview server: dist/Sidebar.html beside the sheet
// view, every call running dist/Code.js in the local runtime over a copy of the sample workbook.

import { LocalWorkbook } from '../../src/local/runtime';
import type { RecalcSummary, SidebarState } from '../../src/server/contract';
import { usePreview } from './harness';
import { announced, describeInBrowser, openAllSections } from './support';
import { columnById, oracle, typeCells, typedCells } from './workbooks';

describeInBrowser('preview of the real bundle', () => {
  const preview = usePreview();

  it('recalculates from the sidebar and shows the statuses in the Key Results sheet', async () => {
    const { file, oracleFile } = await preview.copyOfSample();
    // A change typed since the sample was made, so at least one status must change.
    await typeCells(file, [{ sheet: 'Key Results', id: 'KR3', header: 'Current', text: 'TRUE' }]);
    const expected = await oracle(file, oracleFile, [['recalculateStatus']]);
    const summary = expected.results[0] as RecalcSummary;
    const statuses = columnById(expected.workbook.displayValues('Key Results'), 'Status');
    const frame = await preview.open(file);

    const before = columnById(await preview.sheetView('Key Results'), 'Status');
    await frame.getByRole('button', { name: 'Recalculate status' }).click();

    expect(await announced(frame)).toBe(summary.message);
    await preview.untilColumn('Key Results', 'Status', statuses);
    expect(before.KR3).not.toBe('Achieved');
    expect(statuses).toEqual(EXPECTED_STATUSES);
    expect(columnById(await preview.sheetView('Key Results'), 'Status')).toEqual(EXPECTED_STATUSES);
    // The hidden History column is left out, as Sheets leaves it out, and Notes keeps its letter.
    const headers = (await preview.sheetView('Key Results'))[0];
    expect(headers.slice(-2)).toEqual(['Trend', 'Notes']);
    const letters = await preview
      .page()
      .$$eval('table[data-sheet="Key Results"] thead th', (cells) =>
        cells.map((cell) => cell.textContent),
      );
    expect(letters.slice(-2)).toEqual(['Q', 'S']);
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
    const { file, oracleFile } = await preview.copyOfSample();
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
    const frame = await preview.open(file);
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
    await preview.sheetView('Objectives');
    await preview.untilColumn('Objectives', 'KRA', kraShown);
    await preview.stop();

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

  it('reaches Recalculate status by Tab from the top of the page and runs it with Enter', async () => {
    const { file, oracleFile } = await preview.copyOfSample();
    const summary = (await oracle(file, oracleFile, [['recalculateStatus']]))
      .results[0] as RecalcSummary;
    const frame = await preview.open(file);

    let focused = '';
    for (let presses = 0; presses < 40 && focused !== 'recalculate'; presses += 1) {
      await preview.page().keyboard.press('Tab');
      focused = await frame.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('recalculate');
    expect(
      await frame
        .locator('#recalculate')
        .evaluate((button) => getComputedStyle(button).outlineStyle),
    ).toBe('solid');

    await preview.page().keyboard.press('Enter');

    expect(await announced(frame)).toBe(summary.message);
  });

  it('fits the sidebar in 300 px with every section open, with no horizontal scroll', async () => {
    const { file } = await preview.copyOfSample();
    const frame = await preview.open(file);
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
    const { file } = await preview.copyOfSample();
    const url = await preview.start(file);
    const post = (objectiveId: string, kraId: string) =>
      fetch(`${url}api/call`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'setObjectiveKra', args: [{ objectiveId, kraId }] }),
      }).then((response) => response.json());

    const answers = await Promise.all([post('O2', 'A6'), post('O3', 'A2')]);
    await preview.stop();

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
