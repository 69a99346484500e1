// Summary: how many are in each status for the period shown, when the workbook was last
// recalculated, the Recalculate status button, and the problems the last run found.

import type { Status } from '../core/types';
import type { ProblemView, SidebarState } from '../server/contract';
import { ZONE_MAX_AGE_MS } from '../server/zoneAge';
import { call } from './client';
import { h, replace } from './dom';
import { button, entryButton, section, statusChip, whileBusy, type App, type Section } from './ui';

export function summarySection(app: App): Section {
  const { element, body } = section('Summary', { open: true, key: 'summary' });
  const counts = h('div', { class: 'counts' });
  const lastRun = h('p', { class: 'secondary', 'data-testid': 'last-recalculated' });
  const problems = h('div', { class: 'problems' });
  let lastProblems: ProblemView[] | null = null;
  /** The spreadsheet's time zone and locale from the last state, and when it came. */
  let zone: { value: SidebarState['zone']; at: number } = { value: null, at: 0 };

  const recalculate = button('Recalculate status', () => void run(), {
    primary: true,
    key: 'recalculate',
  });
  recalculate.id = 'recalculate';

  async function run(): Promise<void> {
    await app.act(() =>
      whileBusy(recalculate, 'Recalculating…', async () => {
        // A zone read within ten minutes saves the server two calls; an older one it reads again.
        const fresh = zone.value && Date.now() - zone.at < ZONE_MAX_AGE_MS ? zone.value : undefined;
        const summary = await call('recalculateStatus', { fromSidebar: true, zone: fresh });
        lastProblems = summary.report.problems;
        app.announce(summary.message);
        await app.refresh();
      }),
    );
  }

  replace(body, [counts, lastRun, h('div', { class: 'actions' }, recalculate), problems]);

  return {
    element,
    render(state: SidebarState) {
      zone = { value: state.zone, at: Date.now() };
      replace(counts, countsTable(state));
      lastRun.textContent = state.lastRecalculated
        ? `Last recalculated ${formatTime(state.lastRecalculated)}.`
        : 'Not recalculated yet.';
      replace(problems, lastProblems ? problemList(app, lastProblems) : []);
    },
  };
}

// Every status once, in the order DOMAIN.md gives them; a Record keeps the list complete.
const STATUS_ORDER: Record<Status, true> = {
  'Not started': true,
  'On track': true,
  'Needs focus': true,
  'At risk': true,
  Achieved: true,
  Missed: true,
};

function countsTable(state: SidebarState): HTMLElement {
  const rows = (Object.keys(STATUS_ORDER) as Status[]).map((status) =>
    h('tr', {}, [
      h('th', { scope: 'row' }, statusChip(status)),
      h('td', {}, state.counts[status] ?? 0),
    ]),
  );
  return h('table', { class: 'counts-table' }, [
    h('caption', {}, `Objectives by status, ${state.period}`),
    h('tbody', {}, rows),
  ]);
}

function problemList(app: App, problems: ProblemView[]): HTMLElement[] {
  if (problems.length === 0) return [h('p', { class: 'secondary' }, 'No problems found.')];
  const heading = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const items = problems.map((problem) =>
    h(
      'li',
      {},
      entryButton(
        problem.message,
        { sheet: problem.sheet, row: problem.row, column: problem.column },
        () =>
          void app.act(async () => {
            const result = await call('selectRow', { sheet: problem.sheet, row: problem.row });
            app.announce(result.message);
          }),
      ),
    ),
  );
  return [h('h3', {}, heading), h('ul', { class: 'link-list' }, items)];
}

/** A date and time in the reader's own locale; an unreadable value is shown as it came. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
