// The sidebar's entry: lays out the period switch, the message regions and the sections, loads the
// state from the server and redraws every section whenever it changes.

import type { SidebarState } from '../server/contract';
import { attentionSection } from './attention';
import { checkInSection } from './checkin';
import { call } from './client';
import { append, h, replace } from './dom';
import { explainSection } from './explain';
import { firstRunPanel } from './firstrun';
import { mappingSection } from './mapping';
import { settingsSection } from './settings';
import { summarySection } from './summary';
import { button, type App, type Section } from './ui';

function start(root: HTMLElement): void {
  let state: SidebarState | null = null;
  let focusKey: string | null = null;
  // Only the newest state request may draw: an older answer arriving late is dropped.
  let requestNumber = 0;

  const period = h('select', { id: 'period', name: 'period' });
  const periodBar = h('div', { class: 'period-bar', hidden: true }, [
    h('label', { for: 'period' }, 'Period'),
    period,
  ]);
  const error = h('div', { class: 'error', role: 'alert', id: 'error', hidden: true });
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'status' });
  const content = h('div', { class: 'content' }, h('p', { class: 'secondary' }, 'Loading…'));

  const app: App = {
    state: () => state,
    refresh,
    announce(message: string) {
      status.textContent = message;
      // The line sits at the top: a form at the bottom would otherwise seem to do nothing.
      status.scrollIntoView?.({ block: 'nearest' });
    },
    async act(work) {
      error.hidden = true;
      error.textContent = '';
      // A new action's outcome replaces the last one's, so that an error is not read beside it.
      status.textContent = '';
      try {
        await work();
      } catch (caught) {
        showError(caught);
      }
    },
    keepFocus(key: string) {
      focusKey = key;
    },
  };

  const sections: Section[] = [
    summarySection(app),
    mappingSection(app),
    attentionSection(app),
    checkInSection(app),
    settingsSection(app),
    explainSection(app),
  ];
  const firstRun = firstRunPanel(app);

  async function refresh(periodName?: string): Promise<void> {
    requestNumber += 1;
    const mine = requestNumber;
    const wanted = periodName ?? state?.period;
    const next = await call('getSidebarState', wanted ? { period: wanted } : undefined);
    if (mine !== requestNumber) return;
    state = next;
    draw(next);
  }

  function draw(next: SidebarState): void {
    const active = document.activeElement;
    const key = focusKey ?? (active instanceof HTMLElement ? active.dataset.key : undefined);
    focusKey = null;

    periodBar.hidden = !next.ready;
    replace(period, periodOptions(next));
    if (!next.ready) {
      replace(content, firstRun);
    } else {
      for (const section of sections) section.render(next);
      if (content.firstChild !== sections[0].element) {
        replace(
          content,
          sections.map((section) => section.element),
        );
      }
    }

    root.removeAttribute('aria-busy');
    if (key) restoreFocus(key);
  }

  function restoreFocus(key: string): void {
    for (const candidate of root.querySelectorAll<HTMLElement>('[data-key]')) {
      if (candidate.dataset.key === key) {
        candidate.focus();
        return;
      }
    }
  }

  function showError(caught: unknown): void {
    const message =
      caught instanceof Error && caught.message ? caught.message : 'Something went wrong.';
    console.error(caught);
    error.textContent = message;
    error.hidden = false;
    error.scrollIntoView?.({ block: 'nearest' });
  }

  period.addEventListener('change', () => {
    const chosen = period.value;
    void app.act(async () => {
      await refresh(chosen);
      app.announce(`Showing ${chosen}.`);
    });
  });

  replace(root, []);
  append(root, [periodBar, error, status, content]);

  void app.act(refresh).then(() => {
    if (state) return;
    root.removeAttribute('aria-busy');
    replace(content, [
      h('p', {}, 'The tracker could not load this spreadsheet.'),
      button('Try again', () => void app.act(refresh), { primary: true }),
    ]);
  });
}

function periodOptions(state: SidebarState): HTMLOptionElement[] {
  const periods = state.periods.includes(state.period)
    ? state.periods
    : [state.period, ...state.periods];
  return periods.map((name) => {
    const option = h('option', { value: name }, name);
    option.selected = name === state.period;
    return option;
  });
}

const root = document.getElementById('app');
if (root) start(root);
