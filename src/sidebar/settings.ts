// Settings: the three numbers a team may change (DOMAIN.md), checked here as the server checks
// them, so a person sees what is wrong before anything is sent.

import type { Settings } from '../core/types';
import type { SidebarState } from '../server/contract';
import { call } from './client';
import { h, replace } from './dom';
import { field, section, setFieldError, whileBusy, type App, type Section } from './ui';

type SettingKey = keyof Settings;

interface Rule {
  label: string;
  hint: string;
  min: number;
  max: number;
  step: string;
  integer: boolean;
  /** The lowest value allowed is excluded (the success bar must be above 0). */
  aboveMin?: boolean;
}

const RULES: Record<SettingKey, Rule> = {
  successBar: {
    label: 'Success bar (aspirational)',
    hint: 'The score that counts as success, above 0 and at most 1; 0.7 by default.',
    min: 0,
    max: 1,
    step: '0.05',
    integer: false,
    aboveMin: true,
  },
  maxObjectivesPerOwner: {
    label: 'Objectives per owner per period, at most',
    hint: 'A whole number from 1 to 50; 5 by default.',
    min: 1,
    max: 50,
    step: '1',
    integer: true,
  },
  kraCountMin: {
    label: 'KRAs per owner, at least',
    hint: 'A whole number from 0 to 50; 4 by default.',
    min: 0,
    max: 50,
    step: '1',
    integer: true,
  },
  kraCountMax: {
    label: 'KRAs per owner, at most',
    hint: 'A whole number from 1 to 50; 6 by default.',
    min: 1,
    max: 50,
    step: '1',
    integer: true,
  },
};

const KEYS = Object.keys(RULES) as SettingKey[];

/** Reads the typed values; returns the settings, or an error message per field. */
export function validateSettings(
  raw: Record<SettingKey, string>,
): { ok: true; settings: Settings } | { ok: false; errors: Partial<Record<SettingKey, string>> } {
  const errors: Partial<Record<SettingKey, string>> = {};
  const settings = {} as Settings;

  for (const key of KEYS) {
    const rule = RULES[key];
    const text = raw[key].trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) errors[key] = 'Enter a number.';
    else if (rule.integer && !Number.isInteger(value)) errors[key] = 'Enter a whole number.';
    else if (rule.aboveMin ? value <= rule.min : value < rule.min)
      errors[key] = rule.aboveMin
        ? `Enter a number above ${rule.min}.`
        : `Enter a number of at least ${rule.min}.`;
    else if (value > rule.max) errors[key] = `Enter a number of at most ${rule.max}.`;
    else settings[key] = value;
  }

  if (!errors.kraCountMin && !errors.kraCountMax && settings.kraCountMin > settings.kraCountMax) {
    errors.kraCountMax = 'The most KRAs must be at least the fewest.';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}

export function settingsSection(app: App): Section {
  const { element, body } = section('Settings', { key: 'settings' });
  const inputs = {} as Record<SettingKey, HTMLInputElement>;
  const errors = {} as Record<SettingKey, HTMLElement>;
  let edited = false;

  const groups = KEYS.map((key) => {
    const rule = RULES[key];
    inputs[key] = h('input', {
      type: 'number',
      name: key,
      min: rule.min,
      max: rule.max,
      step: rule.step,
      inputmode: rule.integer ? 'numeric' : 'decimal',
      required: true,
    });
    inputs[key].addEventListener('input', () => (edited = true));
    const group = field(rule.label, inputs[key], rule.hint);
    errors[key] = group.error;
    return group.element;
  });

  const save = h('button', { type: 'submit', class: 'action' }, 'Save settings');
  // Our own messages replace the browser's, so every error reads the same way.
  const form = h('form', { novalidate: true, 'aria-label': 'Settings' }, [
    ...groups,
    h('div', { class: 'actions' }, save),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  async function submit(): Promise<void> {
    const raw = {} as Record<SettingKey, string>;
    for (const key of KEYS) raw[key] = inputs[key].value;
    const result = validateSettings(raw);
    for (const key of KEYS) {
      setFieldError(inputs[key], errors[key], result.ok ? null : (result.errors[key] ?? null));
    }
    if (!result.ok) {
      const first = KEYS.find((key) => result.errors[key]);
      if (first) inputs[first].focus();
      return;
    }

    await app.act(() =>
      whileBusy(save, 'Saving…', async () => {
        await call('saveSettings', result.settings);
        edited = false;
        app.announce('Settings saved.');
        await app.refresh();
      }),
    );
  }

  replace(body, form);

  return {
    element,
    render(state: SidebarState) {
      // A refresh must not wipe numbers a person is still typing.
      if (edited) return;
      for (const key of KEYS) inputs[key].value = String(state.settings[key]);
    },
  };
}
