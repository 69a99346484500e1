// Cells holding script-bearing texts, through the real bundle and the preview page: every text
// must show as the characters typed, and none may run.

import { usePreview } from './harness';
import { announced, describeInBrowser, openAllSections } from './support';
import { columnById, typeCells } from './workbooks';

const HOSTILE = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=2</script>',
  svg: '"><svg onload="window.__xss=3">',
};

describeInBrowser('preview with script-bearing cell texts', () => {
  const preview = usePreview();

  it('shows script-bearing texts as literal text and runs none of them', async () => {
    const { file } = await preview.copyOfSample();
    await typeCells(file, [
      { sheet: 'Objectives', id: 'O1', header: 'Objective', text: HOSTILE.img },
      { sheet: 'Objectives', id: 'O2', header: 'Objective', text: HOSTILE.script },
      { sheet: 'Objectives', id: 'O3', header: 'Objective', text: HOSTILE.svg },
      { sheet: 'KRAs', id: 'A1', header: 'KRA', text: HOSTILE.img },
      { sheet: 'KRAs', id: 'A6', header: 'KRA', text: HOSTILE.script },
      { sheet: 'KRAs', id: 'A7', header: 'KRA', text: HOSTILE.svg },
      { sheet: 'Key Results', id: 'KR1', header: 'Key result', text: HOSTILE.svg },
    ]);
    const frame = await preview.open(file);

    await frame.getByRole('button', { name: 'Recalculate status' }).click();
    await announced(frame);
    await frame.waitForSelector('#recalculate:not([disabled])');
    await openAllSections(frame);
    await frame.getByRole('button', { name: 'Explain', exact: true }).click();
    await frame.waitForSelector('[data-testid="explanation"] > *');
    for (const tab of await preview.page().getByRole('tab').allInnerTexts())
      await preview.sheetView(tab);

    expect(
      await preview.page().evaluate(() => (window as { __xss?: unknown }).__xss),
    ).toBeUndefined();
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
    // The shim and the sidebar's own script, and nothing a cell brought in.
    expect(await frame.locator('script').count()).toBe(2);
    expect(await frame.locator('img, svg').count()).toBe(0);
    const objectives = columnById(await preview.sheetView('Objectives'), 'Objective');
    expect([objectives.O1, objectives.O2, objectives.O3]).toEqual([
      HOSTILE.img,
      HOSTILE.script,
      HOSTILE.svg,
    ]);
    expect(await preview.page().locator('#grid img, #grid svg, #grid script').count()).toBe(0);
    expect(await preview.page().locator('script').count()).toBe(1);
  });
});
