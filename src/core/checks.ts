// Governance checks over the whole workbook (DOMAIN.md "Checks"): warnings, never blocking.

import { reviewMonths } from './kra';
import { isoDate, parseNumber, shownNumber, textOf } from './numbers';
import { ownerKey, ownerNames } from './owners';
import { addMonths, parsePeriod } from './periods';
import { CHECK_NAMES } from './types';
import type { CellValue, CheckName, KeyResultRow, KraRow, ObjectiveRow } from './types';
import type { RecalcInput, SheetKey, Warning } from './types';
import { candidatesSharing, invertedIndex, sharedCount, stems } from './words';

/** The workbook as a recalculation reads it; the Check-ins log plays no part. */
export type ChecksInput = Omit<RecalcInput, 'checkIns'>;

/** Adds a warning, placed by the sheet and row it starts from. */
type Add = (check: CheckName, message: string, ids: string[], sheet: SheetKey, row: number) => void;

/** Key results per objective (DOMAIN.md, fixed). */
const KEY_RESULTS_MIN = 2;
const KEY_RESULTS_MAX = 5;

/** A key result restates an indicator from 3 shared stems in 5 (60%), compared in integers. */
const REPEAT_SHARED = 3;
const REPEAT_OF = 5;

/** A weight sum this close to 100 or 1 adds up (float sums of typed percents). */
const WEIGHT_TOLERANCE = 1e-6;

const SHEET_ORDER: SheetKey[] = ['objectives', 'keyResults', 'kras', 'owners', 'checkIns'];
const CADENCE_NAMES: Record<number, string> = { 3: 'Quarterly', 6: 'Semi-annual', 12: 'Annual' };

/** Every check of DOMAIN.md plus kra-review-due, in CHECK_NAMES order, then by sheet and row. */
export function runChecks(input: ChecksInput): Warning[] {
  const found: { warning: Warning; sheet: number; row: number }[] = [];
  const add: Add = (check, message, ids, sheet, row) =>
    found.push({ warning: { check, message, ids }, sheet: SHEET_ORDER.indexOf(sheet), row });

  checkOwners(input, add);
  checkObjectiveLoad(input, add);
  checkKraOwners(input, add);
  checkObjectives(input, add);
  checkRepeats(input, add);
  checkReferences(input, add);
  checkDuplicates(input, add);
  checkReviews(input, add);

  // Sorting is stable, so warnings on one row keep the order they were found in.
  const rank = (check: CheckName) => CHECK_NAMES.indexOf(check);
  found.sort(
    (a, b) => rank(a.warning.check) - rank(b.warning.check) || a.sheet - b.sheet || a.row - b.row,
  );
  return found.map((entry) => entry.warning);
}

type Identified = { id: CellValue; row: number };

const idOf = (row: Identified) => textOf(row.id);

/** How `ids` name a row: its ID, or its row number when the ID is blank. */
const refOf = (row: Identified) => idOf(row) || `row ${row.row}`;

/** How a message names a row: "Objective O1", or "Objective on row 5" without an ID. */
const named = (noun: string, row: Identified) =>
  idOf(row) ? `${noun} ${idOf(row)}` : `${noun} on row ${row.row}`;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Groups items by a key in first-seen order; a blank key leaves the item out. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** owner-missing and owner-multiple, on objectives, key results and KRA rows. */
function checkOwners(input: ChecksInput, add: Add): void {
  const objectivesById = new Map(input.objectives.map((o) => [idOf(o), o]));
  const sheets: [SheetKey, string, (ObjectiveRow | KeyResultRow | KraRow)[]][] = [
    ['objectives', 'Objective', input.objectives],
    ['keyResults', 'Key result', input.keyResults],
    ['kras', 'KRA', input.kras],
  ];

  for (const [sheet, noun, rows] of sheets) {
    for (const row of rows) {
      const names = ownerNames(row.owner);
      const ids = [refOf(row)];
      if (names.length > 1) {
        const message =
          `${named(noun, row)} names more than one owner ("${textOf(row.owner)}"): ` +
          'give it one so someone is accountable.';
        add('owner-multiple', message, ids, sheet, row.row);
      }
      if (names.length > 0) continue;
      if (sheet !== 'keyResults') {
        add('owner-missing', `${named(noun, row)} has no owner.`, ids, sheet, row.row);
        continue;
      }

      // A key result without an owner takes its objective's.
      const objectiveId = textOf((row as KeyResultRow).objectiveId);
      const objective = objectivesById.get(objectiveId);
      if (objective && ownerNames(objective.owner).length > 0) continue;
      const message = objective
        ? `${named(noun, row)} has no owner, and neither has its objective ${objectiveId}.`
        : `${named(noun, row)} has no owner and no objective to take one from.`;
      add('owner-missing', message, ids, sheet, row.row);
    }
  }
}

/** too-many-objectives: per owner and per Owners-sheet team, per period (spellings folded). */
function checkObjectiveLoad(input: ChecksInput, add: Add): void {
  const limit = input.settings.maxObjectivesPerOwner;
  const teamOf = new Map<string, string>();
  for (const owner of input.owners) {
    if (textOf(owner.team) !== '') teamOf.set(ownerKey(owner.name), textOf(owner.team));
  }
  const dated = input.objectives.flatMap((row) => {
    const period = parsePeriod(row.period)?.key;
    return period ? [{ row, period, owner: textOf(row.owner) }] : [];
  });

  const warn = (who: string, group: typeof dated) => {
    if (group.length <= limit) return;
    const ids = group.map((o) => refOf(o.row));
    const message =
      `${who} has ${group.length} objectives in ${group[0].period} (${ids.join(', ')}), ` +
      `more than ${limit}.`;
    add('too-many-objectives', message, ids, 'objectives', group[0].row.row);
  };
  const byOwner = groupBy(dated, (o) => (o.owner ? `${ownerKey(o.owner)}|${o.period}` : ''));
  for (const group of byOwner.values()) warn(group[0].owner, group);
  const teamOfObjective = (o: (typeof dated)[number]) => teamOf.get(ownerKey(o.owner)) ?? '';
  const byTeam = groupBy(dated, (o) =>
    teamOfObjective(o) ? `${teamOfObjective(o).toLowerCase()}|${o.period}` : '',
  );
  for (const group of byTeam.values()) warn(`Team ${teamOfObjective(group[0])}`, group);
}

/** kra-count and kra-weights, per owner of KRA rows. */
function checkKraOwners(input: ChecksInput, add: Add): void {
  const { kraCountMin, kraCountMax } = input.settings;

  for (const rows of groupBy(input.kras, (k) => ownerKey(k.owner)).values()) {
    const owner = textOf(rows[0].owner);
    const ids = rows.map(refOf);
    const names = [...groupBy(rows, (k) => ownerKey(k.kra)).values()].map((g) => textOf(g[0].kra));
    if (names.length < kraCountMin || names.length > kraCountMax) {
      const listed = names.length > 0 ? ` (${names.join(', ')})` : '';
      const message =
        `${owner} owns ${plural(names.length, 'KRA')}${listed}; ` +
        `${kraCountMin} to ${kraCountMax} is the guide.`;
      add('kra-count', message, ids, 'kras', rows[0].row);
    }

    // Weights are optional: an owner who typed none is not asked to add them up.
    const weights = rows.map((k) => parseNumber(k.weight, input.locale));
    if (weights.every((w) => w.kind === 'blank')) continue;
    const sum = weights.reduce((total, w) => total + (w.kind === 'number' ? w.value : 0), 0);
    if ([100, 1].some((whole) => Math.abs(sum - whole) <= WEIGHT_TOLERANCE)) continue;
    const message =
      `${owner}'s KRA weights add up to ${shownNumber(sum)} (${ids.join(', ')}), ` +
      'not 100 or 1.';
    add('kra-weights', message, ids, 'kras', rows[0].row);
  }
}

/** kr-count and unmapped-objective. */
function checkObjectives(input: ChecksInput, add: Add): void {
  const counts = new Map<string, number>();
  for (const kr of input.keyResults) {
    const id = textOf(kr.objectiveId);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const parents = new Set(input.objectives.map((o) => textOf(o.parent)));

  for (const objective of input.objectives) {
    const id = idOf(objective);
    const ids = [refOf(objective)];
    const count = id === '' ? 0 : (counts.get(id) ?? 0);
    // A parent without key results of its own is scored by its children.
    const rollsUp = count === 0 && id !== '' && parents.has(id);
    if ((count < KEY_RESULTS_MIN || count > KEY_RESULTS_MAX) && !rollsUp) {
      const message =
        `${named('Objective', objective)} has ${plural(count, 'key result')}; ` +
        `${KEY_RESULTS_MIN} to ${KEY_RESULTS_MAX} is the guide.`;
      add('kr-count', message, ids, 'objectives', objective.row);
    }
    if (textOf(objective.kra) === '') {
      const message = `${named('Objective', objective)} is mapped to no KRA.`;
      add('unmapped-objective', message, ids, 'objectives', objective.row);
    }
  }
}

/**
 * repeats-kra: each key result against each KRA row with an indicator, by the Jaccard share of
 * its stems with the indicator's and with the KRA name's plus the indicator's, whichever is
 * higher; one warning per key result, naming the KRA row it shares most with (the first on a tie).
 */
function checkRepeats(input: ChecksInput, add: Add): void {
  const rows = input.kras.filter((k) => textOf(k.indicator) !== '');
  const indicators = rows.map((k) => stems(textOf(k.indicator)));
  const fulls = rows.map((k, i) => new Set([...stems(textOf(k.kra)), ...indicators[i]]));
  const index = invertedIndex(fulls);

  for (const kr of input.keyResults) {
    const words = stems(textOf(kr.keyResult));
    // Jaccard >= 3/5 needs at least 3/5 of the key result's own stems shared.
    const minShared = Math.ceil((REPEAT_SHARED * words.size) / REPEAT_OF);
    let best: { position: number; common: number; union: number } | null = null;
    for (const position of candidatesSharing(words, index, minShared)) {
      for (const set of [fulls[position], indicators[position]]) {
        const common = sharedCount(words, set);
        const union = words.size + set.size - common;
        // Cross-multiplied so 3 of 5 is exactly 60%; a tie keeps the earlier row.
        const difference = best === null ? 1 : common * best.union - best.common * union;
        const earlier = best === null || position < best.position;
        if (difference > 0 || (difference === 0 && earlier)) best = { position, common, union };
      }
    }
    if (best === null || best.common * REPEAT_OF < best.union * REPEAT_SHARED) continue;

    const kra = rows[best.position];
    const percent = Math.round((best.common / best.union) * 100);
    const message =
      `${named('Key result', kr)} restates KRA ${refOf(kra)}'s indicator ` +
      `"${textOf(kra.indicator)}" (${percent}% of word stems shared).`;
    add('repeats-kra', message, [refOf(kr), refOf(kra)], 'keyResults', kr.row);
  }
}

/** unknown-reference: KRA, Parent and Objective ID cells, and owners not on the Owners sheet. */
function checkReferences(input: ChecksInput, add: Add): void {
  const objectiveIds = new Set(input.objectives.map(idOf));
  const kraIds = new Set(input.kras.map(idOf));
  const check = (sheet: SheetKey, row: Identified, value: CellValue, to: string) => {
    const id = textOf(value);
    const known = to === 'KRA' ? kraIds : objectiveIds;
    if (id === '' || known.has(id)) return;
    const noun = sheet === 'objectives' ? 'Objective' : 'Key result';
    const where = to === 'KRA' ? 'KRAs' : 'Objectives';
    const message = `${named(noun, row)} names ${to} ${id}, which is not on the ${where} sheet.`;
    add('unknown-reference', message, [refOf(row)], sheet, row.row);
  };
  for (const objective of input.objectives) {
    check('objectives', objective, objective.kra, 'KRA');
    check('objectives', objective, objective.parent, 'parent');
  }
  for (const kr of input.keyResults) check('keyResults', kr, kr.objectiveId, 'objective');

  // Owners are checked only once the Owners sheet lists someone: an empty sheet is not in use.
  const listed = new Set(input.owners.map((o) => ownerKey(o.name)).filter((key) => key !== ''));
  if (listed.size === 0) return;
  const uses = [
    ...input.objectives.map((row) => ({ sheet: 'objectives' as SheetKey, row })),
    ...input.keyResults.map((row) => ({ sheet: 'keyResults' as SheetKey, row })),
    ...input.kras.map((row) => ({ sheet: 'kras' as SheetKey, row })),
  ].flatMap((use) => ownerNames(use.row.owner).map((name) => ({ ...use, name })));
  const unlisted = groupBy(uses, (use) =>
    listed.has(ownerKey(use.name)) ? '' : ownerKey(use.name),
  );
  for (const group of unlisted.values()) {
    const ids = group.map((use) => refOf(use.row));
    const message = `Owner ${group[0].name} (on ${ids.join(', ')}) is not on the Owners sheet.`;
    add('unknown-reference', message, ids, group[0].sheet, group[0].row.row);
  }
}

/** duplicate-id: within each sheet; a name is the Owners sheet's ID, compared as owners are. */
function checkDuplicates(input: ChecksInput, add: Add): void {
  const byId = (rows: Identified[]) => rows.map((r) => ({ row: r.row, id: idOf(r) }));
  const sheets: [SheetKey, string, { row: number; id: string }[]][] = [
    ['objectives', 'Objectives', byId(input.objectives)],
    ['keyResults', 'Key results', byId(input.keyResults)],
    ['kras', 'KRAs', byId(input.kras)],
    ['owners', 'Owners', input.owners.map((r) => ({ row: r.row, id: textOf(r.name) }))],
  ];

  for (const [sheet, title, rows] of sheets) {
    const fold = sheet === 'owners' ? ownerKey : (id: string) => id;
    for (const group of groupBy(rows, (r) => fold(r.id)).values()) {
      if (group.length < 2) continue;
      const where = group.map((r) => r.row);
      const list = `${where.slice(0, -1).join(', ')} and ${where[where.length - 1]}`;
      const what = sheet === 'owners' ? 'name' : 'ID';
      const message = `${title} on rows ${list} share the ${what} ${group[0].id}.`;
      add('duplicate-id', message, [group[0].id], sheet, group[0].row);
    }
  }
}

/** kra-review-due: Last review more than 3, 6 or 12 calendar months before today. */
function checkReviews(input: ChecksInput, add: Add): void {
  for (const kra of input.kras) {
    const months = reviewMonths(kra.reviewCadence);
    const lastReview = isoDate(kra.lastReview, input.timeZone);
    if (months === null || lastReview === null) continue;
    if (lastReview >= addMonths(input.today, -months)) continue;
    const message =
      `${named('KRA', kra)} was last reviewed on ${lastReview}, more than ${months} months ago: ` +
      `its ${CADENCE_NAMES[months]} review is due.`;
    add('kra-review-due', message, [refOf(kra)], 'kras', kra.row);
  }
}
