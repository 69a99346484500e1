// Explain: why the selected cell holds its score, status, forecast or health, in the sheet's own
// numbers, as the last recalculation worked it out.

import { call } from './client';
import { h, replace } from './dom';
import { button, placeText, section, whileBusy, type App, type Section } from './ui';

export function explainSection(app: App): Section {
  const { element, body } = section('Explain a cell', { key: 'explain' });
  const output = h('div', { class: 'explanation', 'data-testid': 'explanation' });

  const explain = button('Explain', () => void run(), { key: 'explain' });

  async function run(): Promise<void> {
    await app.act(() =>
      whileBusy(explain, 'Explaining…', async () => {
        const result = await call('explainSelection');
        if (!result) {
          replace(
            output,
            h(
              'p',
              { class: 'secondary' },
              'Nothing to explain there: select a cell on a row of Objectives, Key Results or KRAs.',
            ),
          );
          return;
        }
        replace(output, [
          h('h3', {}, placeText(result.sheet, result.row, result.column)),
          h('p', { class: 'pre' }, result.explanation),
        ]);
      }),
    );
  }

  replace(body, [
    h('p', { class: 'secondary' }, 'Select a cell in the sheet, then press Explain.'),
    h('div', { class: 'actions' }, explain),
    output,
  ]);

  // The explanation belongs to a selection, not to the state: a refresh leaves it as it is.
  return { element, render: () => undefined };
}
