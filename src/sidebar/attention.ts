// Needs attention: the period's warnings and problems, grouped by kind; each one that has a place
// is a button that selects its row in the sheet.

import type { AttentionItem, SidebarState } from '../server/contract';
import { call } from './client';
import { h, replace } from './dom';
import { entryButton, section, type App, type Section } from './ui';

/** Headings for the kinds we know (the check names of DOMAIN.md); others show as they come. */
const KIND_TITLES: Record<string, string> = {
  problem: 'Problems',
  'owner-missing': 'Missing owner',
  'owner-multiple': 'More than one owner',
  'too-many-objectives': 'Too many objectives',
  'kra-count': 'KRA count',
  'kra-weights': 'KRA weights',
  'kr-count': 'Key results per objective',
  'unmapped-objective': 'Objectives without a KRA',
  'repeats-kra': 'Key result repeats a KRA indicator',
  'unknown-reference': 'Unknown reference',
  'duplicate-id': 'Duplicate ID',
  'kra-review-due': 'KRA review due',
};

export function attentionSection(app: App): Section {
  const { element, heading, body } = section('Needs attention', { key: 'attention' });

  function select(item: AttentionItem & { sheet: string; row: number }): void {
    void app.act(async () => {
      const result = await call('selectRow', { sheet: item.sheet, row: item.row });
      app.announce(result.message);
    });
  }

  return {
    element,
    render(state: SidebarState) {
      const total = state.attention.length;
      heading.textContent = total > 0 ? `Needs attention (${total})` : 'Needs attention';
      if (total === 0) {
        replace(body, h('p', { class: 'secondary' }, 'Nothing needs attention.'));
        return;
      }
      replace(
        body,
        groupByKind(state.attention).map(([kind, items]) => kindGroup(kind, items, select)),
      );
    },
  };
}

/** Groups in order of first appearance, so the server's ordering is kept. */
function groupByKind(items: AttentionItem[]): [string, AttentionItem[]][] {
  const groups = new Map<string, AttentionItem[]>();
  for (const item of items) {
    const group = groups.get(item.kind);
    if (group) group.push(item);
    else groups.set(item.kind, [item]);
  }
  return [...groups.entries()];
}

function kindGroup(
  kind: string,
  items: AttentionItem[],
  select: (item: AttentionItem & { sheet: string; row: number }) => void,
): HTMLElement {
  const title = Object.prototype.hasOwnProperty.call(KIND_TITLES, kind) ? KIND_TITLES[kind] : kind;
  return h('div', { class: 'attention-group', 'data-kind': kind }, [
    h('h3', {}, `${title} (${items.length})`),
    h(
      'ul',
      { class: 'link-list' },
      items.map((item) => h('li', {}, attentionEntry(item, select))),
    ),
  ]);
}

function attentionEntry(
  item: AttentionItem,
  select: (item: AttentionItem & { sheet: string; row: number }) => void,
): HTMLElement {
  const { sheet, row } = item;
  if (sheet === null || row === null) return h('span', { class: 'attention-text' }, item.message);
  return entryButton(item.message, { sheet, row }, () => select({ ...item, sheet, row }));
}
