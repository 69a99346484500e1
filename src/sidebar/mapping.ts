// Map OKRs to KRAs: each objective of the period, unmapped first, with a KRA dropdown and up to
// three suggested KRAs. Choosing one writes that objective's KRA cell and nothing else.

import type { KraChoice, ObjectiveMapping, SidebarState } from '../server/contract';
import { call } from './client';
import { h, replace } from './dom';
import { button, section, uid, type App, type Section } from './ui';

const MAX_SUGGESTIONS = 3;

export function mappingSection(app: App): Section {
  const { element, heading, body } = section('Map OKRs to KRAs', { key: 'mapping' });

  async function map(objective: ObjectiveMapping, kraId: string, card: HTMLElement): Promise<void> {
    for (const control of card.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(
      'button, select',
    )) {
      control.disabled = true;
    }
    card.setAttribute('aria-busy', 'true');

    // The objective moves once mapped: keep the keyboard on its dropdown wherever it lands.
    app.keepFocus(kraKey(objective));
    await app.act(async () => {
      const result = await call('setObjectiveKra', { objectiveId: objective.id, kraId });
      app.announce(result.message);
      await app.refresh();
    });

    if (card.isConnected) {
      card.removeAttribute('aria-busy');
      for (const control of card.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(
        'button, select',
      )) {
        control.disabled = false;
      }
    }
  }

  return {
    element,
    render(state: SidebarState) {
      const unmapped = state.objectives.filter((objective) => !objective.kra).length;
      heading.textContent =
        unmapped > 0 ? `Map OKRs to KRAs (${unmapped} unmapped)` : 'Map OKRs to KRAs';

      if (state.objectives.length === 0) {
        replace(body, h('p', { class: 'secondary' }, `No objectives in ${state.period}.`));
        return;
      }
      const ordered = [...state.objectives].sort(
        (a, b) => Number(Boolean(a.kra)) - Number(Boolean(b.kra)) || a.row - b.row,
      );
      replace(
        body,
        h(
          'ul',
          { class: 'cards' },
          ordered.map((objective) => objectiveCard(objective, state.kras, map)),
        ),
      );
    },
  };
}

function objectiveCard(
  objective: ObjectiveMapping,
  kras: KraChoice[],
  map: (objective: ObjectiveMapping, kraId: string, card: HTMLElement) => Promise<void>,
): HTMLElement {
  const card = h('li', { class: 'card', 'data-objective': objective.id });
  const selectId = uid('kra');
  const select = h(
    'select',
    { id: selectId, 'data-key': kraKey(objective) },
    kraOptions(objective, kras),
  );
  select.addEventListener('change', () => void map(objective, select.value, card));

  const suggestions = objective.suggestions
    .filter((suggestion) => suggestion.kra !== objective.kra)
    .slice(0, MAX_SUGGESTIONS)
    .map((suggestion) =>
      button(
        `Use ${suggestion.kra} ${suggestion.name} ${suggestion.score.toFixed(2)}`,
        () => void map(objective, suggestion.kra, card),
        { key: `use:${objective.id}:${suggestion.kra}` },
      ),
    );

  const owner = objective.owner || 'No owner';
  const mappedTo = objective.kra ? `mapped to ${objective.kra}` : 'not mapped';
  replace(card, [
    h('p', { class: 'card-title' }, [
      h('span', { class: 'id' }, objective.id),
      ' ',
      objective.objective,
    ]),
    h('p', { class: 'secondary' }, `${owner} · ${mappedTo}`),
    h('div', { class: 'form-group compact' }, [
      h('label', { for: selectId }, `KRA for ${objective.id}`),
      select,
    ]),
    suggestions.length > 0 &&
      h(
        'div',
        { class: 'suggestions', role: 'group', 'aria-label': `Suggested KRAs for ${objective.id}` },
        suggestions,
      ),
  ]);
  return card;
}

function kraOptions(objective: ObjectiveMapping, kras: KraChoice[]): HTMLOptionElement[] {
  const options = [option('', 'No KRA', !objective.kra)];
  for (const kra of kras) {
    const owner = kra.owner ? ` (${kra.owner})` : '';
    options.push(option(kra.id, `${kra.id} ${kra.name}${owner}`, kra.id === objective.kra));
  }

  // A KRA cell naming no KRA still shows what it holds, so the dropdown never hides a value.
  if (objective.kra && !kras.some((kra) => kra.id === objective.kra)) {
    options.push(option(objective.kra, `${objective.kra} (no such KRA)`, true));
  }
  return options;
}

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const element = h('option', { value }, text);
  element.selected = selected;
  return element;
}

function kraKey(objective: ObjectiveMapping): string {
  return `kra:${objective.id}`;
}
