// Check in: pick an owner, then one of their key results, and record its current value, the
// owner's confidence (1 to 10) and a note.

import type { SidebarState } from '../server/contract';
import { call } from './client';
import { h, replace } from './dom';
import { field, section, setFieldError, whileBusy, type App, type Section } from './ui';

type KeyResultView = SidebarState['keyResults'][number];

const ALL_OWNERS = '';
const MAX_NOTE_LENGTH = 2000;

/** A whole number crosses as a number; anything else as typed, for the server to read in the
 * spreadsheet's locale (in de_DE "1.500" is 1500, so only plain integers are safe here). */
export function currentValue(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function checkInSection(app: App): Section {
  const { element, body } = section('Check in', { key: 'checkin' });
  const owner = h('select', { name: 'owner' });
  const keyResult = h('select', { name: 'keyResult', required: true });
  const current = h('input', {
    type: 'text',
    name: 'current',
    maxlength: 100,
    autocomplete: 'off',
  });
  const confidence = h('input', { type: 'number', name: 'confidence', min: 1, max: 10, step: 1 });
  const note = h('textarea', { name: 'note', rows: 3, maxlength: MAX_NOTE_LENGTH });
  const keyResultField = field('Key result', keyResult);
  const currentField = field(
    'Current value',
    current,
    'As the sheet shows it, e.g. 7, 45% or 1,200.',
  );
  const confidenceField = field('Confidence (1 to 10)', confidence, 'Optional.');
  const save = h('button', { type: 'submit', class: 'action' }, 'Check in');
  let keyResults: KeyResultView[] = [];

  const form = h('form', { novalidate: true, 'aria-label': 'Check in' }, [
    field('Owner', owner).element,
    keyResultField.element,
    currentField.element,
    confidenceField.element,
    field('Note', note, 'Optional: what changed, what is in the way.').element,
    h('div', { class: 'actions' }, save),
  ]);
  owner.addEventListener('change', () => fillKeyResults(app.state()));
  keyResult.addEventListener('change', () => fillCurrent());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  function fillKeyResults(state: SidebarState | null): void {
    if (!state) return;
    const chosen = keyResult.value;
    const shown = keyResults.filter(
      (item) => owner.value === ALL_OWNERS || ownerOf(state, item) === owner.value,
    );
    replace(keyResult, groupedOptions(state, shown));
    if (shown.some((item) => item.id === chosen)) keyResult.value = chosen;
    if (keyResult.value !== chosen) fillCurrent();
  }

  function fillCurrent(): void {
    const item = keyResults.find((candidate) => candidate.id === keyResult.value);
    current.value = item ? item.current : '';
  }

  async function submit(): Promise<void> {
    const confidenceText = confidence.value.trim();
    const confidenceNumber = Number(confidenceText);
    const problems = {
      keyResult: keyResult.value ? null : 'Choose a key result.',
      current: current.value.trim() ? null : 'Enter the current value.',
      confidence:
        confidenceText === '' ||
        (Number.isInteger(confidenceNumber) && confidenceNumber >= 1 && confidenceNumber <= 10)
          ? null
          : 'Enter a whole number from 1 to 10.',
    };
    setFieldError(keyResult, keyResultField.error, problems.keyResult);
    setFieldError(current, currentField.error, problems.current);
    setFieldError(confidence, confidenceField.error, problems.confidence);
    const firstBad = [
      problems.keyResult && keyResult,
      problems.current && current,
      problems.confidence && confidence,
    ].find(Boolean);
    if (firstBad) {
      firstBad.focus();
      return;
    }

    await app.act(() =>
      whileBusy(save, 'Checking in…', async () => {
        const result = await call('checkIn', {
          keyResultId: keyResult.value,
          current: currentValue(current.value),
          confidence: confidenceText === '' ? undefined : confidenceNumber,
          note: note.value.trim() || undefined,
        });
        note.value = '';
        confidence.value = '';
        app.announce(result.message);
        await app.refresh();
        fillCurrent();
      }),
    );
  }

  replace(body, form);

  return {
    element,
    render(state: SidebarState) {
      // Only the period's key results: the list holds every period's.
      const shown = new Set(state.objectives.map((objective) => objective.id));
      keyResults = state.keyResults.filter((item) => shown.has(item.objectiveId));
      const owners = [...new Set(keyResults.map((item) => ownerOf(state, item)).filter(Boolean))];
      const chosenOwner = owner.value;
      replace(owner, [
        h('option', { value: ALL_OWNERS }, 'All owners'),
        ...owners.sort().map((name) => h('option', { value: name }, name)),
      ]);
      owner.value = owners.includes(chosenOwner) ? chosenOwner : ALL_OWNERS;
      fillKeyResults(state);
    },
  };
}

/** A key result's owner, or its objective's owner when its own cell is blank (DOMAIN.md). */
function ownerOf(state: SidebarState, item: KeyResultView): string {
  if (item.owner) return item.owner;
  return state.objectives.find((objective) => objective.id === item.objectiveId)?.owner ?? '';
}

/** Key results under their objective, in the objective's order. */
function groupedOptions(state: SidebarState, items: KeyResultView[]): HTMLElement[] {
  const groups: HTMLElement[] = [h('option', { value: '' }, 'Choose a key result')];
  for (const objective of state.objectives) {
    const own = items.filter((item) => item.objectiveId === objective.id);
    if (own.length === 0) continue;
    groups.push(
      h('optgroup', { label: `${objective.id} ${objective.objective}` }, own.map(keyResultOption)),
    );
  }
  return groups;
}

function keyResultOption(item: KeyResultView): HTMLOptionElement {
  return h('option', { value: item.id }, `${item.id} ${item.keyResult}`);
}
