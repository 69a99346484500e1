// Small building blocks every section shares: the app context, buttons, labelled fields, sections
// and the busy state of a button while its call runs.

import type { SidebarState } from '../server/contract';
import { h } from './dom';

/** What a section may do besides drawing itself: reach the state, refresh it, and talk to the user. */
export interface App {
  state(): SidebarState | null;
  /** Reloads the state for the period shown (or `period`) and redraws every section. */
  refresh(period?: string): Promise<void>;
  /** Says one line in the polite live region. */
  announce(message: string): void;
  /** Runs one user action: clears the last error, shows a failure as one sentence. */
  act(work: () => Promise<void>): Promise<void>;
  /** After the next redraw, focus the control whose `data-key` is `key` (it may have moved). */
  keepFocus(key: string): void;
}

export interface Section {
  element: HTMLElement;
  render(state: SidebarState): void;
}

let nextId = 0;

/** A fresh element id, so a `<label for>` always finds its control. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

export function button(
  text: string,
  onClick: () => void,
  options: { primary?: boolean; key?: string } = {},
): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: options.primary ? 'action' : null,
      'data-key': options.key,
      onclick: () => onClick(),
    },
    text,
  );
}

/** A label above its control, tied by id, with an optional hint and an error line. */
export function field(
  labelText: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  hint?: string,
): { element: HTMLElement; error: HTMLElement } {
  if (!control.id) control.id = uid('field');
  const hintId = hint ? uid('hint') : null;
  const error = h('p', { class: 'field-error', id: uid('error'), hidden: true });
  const describedBy = [hintId, error.id].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  const element = h('div', { class: 'form-group' }, [
    h('label', { for: control.id }, labelText),
    control,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    error,
  ]);
  return { element, error };
}

/** Shows or clears a field's error and marks the control invalid for assistive technology. */
export function setFieldError(
  control: HTMLElement,
  error: HTMLElement,
  message: string | null,
): void {
  error.textContent = message ?? '';
  error.hidden = !message;
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** A collapsible block of the sidebar: a native `<details>`, so Enter and Space open it. */
export function section(
  title: string,
  options: { open?: boolean; key: string },
): {
  element: HTMLDetailsElement;
  heading: HTMLElement;
  body: HTMLElement;
} {
  const heading = h('span', { class: 'section-title' }, title);
  const body = h('div', { class: 'section-body' });
  const element = h(
    'details',
    { class: 'section', open: options.open, 'data-section': options.key },
    [h('summary', {}, heading), body],
  );
  return { element, heading, body };
}

/** Marks a button busy while `work` runs, and gives focus back to it afterwards. */
export async function whileBusy(
  target: HTMLButtonElement,
  busyText: string,
  work: () => Promise<void>,
): Promise<void> {
  const idleText = target.textContent ?? '';
  const hadFocus = document.activeElement === target;
  target.disabled = true;
  target.textContent = busyText;
  target.setAttribute('aria-busy', 'true');
  try {
    await work();
  } finally {
    target.disabled = false;
    target.textContent = idleText;
    target.removeAttribute('aria-busy');
    if (hadFocus && target.isConnected) target.focus();
  }
}

/** A status word as a coloured chip; the colour only repeats what the word says. */
export function statusChip(status: string): HTMLElement {
  const tone = status.toLowerCase().replace(/[^a-z]+/g, '-');
  return h('span', { class: `chip chip-${tone}` }, status);
}

/** A list entry that goes somewhere: its text, then where it goes unless the text says so. */
export function entryButton(
  text: string,
  target: { sheet: string; row: number; column?: string },
  onClick: () => void,
): HTMLButtonElement {
  const place = placeText(target.sheet, target.row, target.column);
  const saysWhere = text.startsWith(placeText(target.sheet, target.row));
  return h(
    'button',
    {
      type: 'button',
      class: 'entry',
      'data-sheet': target.sheet,
      'data-row': target.row,
      onclick: () => onClick(),
    },
    [h('span', { class: 'entry-text' }, text), !saysWhere && h('span', { class: 'place' }, place)],
  );
}

/** "Key Results row 5" (and the column when known). */
export function placeText(sheet: string, row: number, column?: string): string {
  return column ? `${sheet} row ${row}, ${column}` : `${sheet} row ${row}`;
}
