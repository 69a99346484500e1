// First run: the workbook has none of the add-on's sheets yet, so offer to set them up, with or
// without a sample team to try things on.

import { call } from './client';
import { h, replace } from './dom';
import { button, whileBusy, type App } from './ui';

export function firstRunPanel(app: App): HTMLElement {
  const panel = h('div', { class: 'first-run' });

  const setUp = button('Set up sheets', () => void run(setUp, 'Setting up…', false), {
    primary: true,
    key: 'setup',
  });
  const sample = button('Add the sample team', () => void run(sample, 'Adding…', true), {
    key: 'sample',
  });

  async function run(target: HTMLButtonElement, busyText: string, withSample: boolean) {
    await app.act(() =>
      whileBusy(target, busyText, async () => {
        // The sample team goes into the template's sheets, so those come first either way.
        const setUpResult = await call('setUpSheets');
        app.announce(setUpResult.message);
        if (withSample) {
          const sampleResult = await call('addSampleTeam');
          app.announce(sampleResult.message);
        }
        app.keepFocus('recalculate');
        await app.refresh();
      }),
    );
  }

  replace(panel, [
    h('h2', {}, 'Welcome'),
    h(
      'p',
      {},
      'This spreadsheet has no Objectives, Key Results or KRAs sheets yet. Set them up to start, or add a sample team to see how the tracker works.',
    ),
    h('div', { class: 'actions stacked' }, [setUp, sample]),
  ]);
  return panel;
}
