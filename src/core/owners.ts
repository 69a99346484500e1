// The Owners sheet's summary columns: each person's objectives this period, KRAs and average score.

import { round2, textOf } from './numbers';
import type { CellValue, KraRow, OwnerResult, OwnerRow } from './types';

/** An owner as the core matches it: trimmed and case-insensitive ("ana silva " is Ana Silva). */
export function ownerKey(value: CellValue): string {
  return textOf(value).trim().toLowerCase();
}

/** The names an owner cell holds: split on `,` `;` `/` and a spaced `&` or `and` ("R&D" is one). */
export function ownerNames(value: CellValue): string[] {
  return textOf(value)
    .split(/\s*[,;/]\s*|\s+(?:&|and)\s+/i)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

export function computeOwners(input: {
  owners: OwnerRow[];
  objectives: { id: string; owner: string; periodKey: string | null; score: number | null }[];
  kras: KraRow[];
  currentPeriod: string;
}): OwnerResult[] {
  const current = new Map<string, { count: number; scores: number[] }>();
  for (const objective of input.objectives) {
    if (objective.periodKey !== input.currentPeriod) continue;
    const key = ownerKey(objective.owner);
    const entry = current.get(key) ?? { count: 0, scores: [] };
    entry.count++;
    if (objective.score !== null) entry.scores.push(objective.score);
    current.set(key, entry);
  }

  // Distinct KRA names per owner; one KRA spans several indicator rows.
  const kraNames = new Map<string, Set<string>>();
  for (const kra of input.kras) {
    const name = ownerKey(kra.kra);
    if (name === '') continue;
    const key = ownerKey(kra.owner);
    const names = kraNames.get(key) ?? new Set<string>();
    names.add(name);
    kraNames.set(key, names);
  }

  const results: OwnerResult[] = [];
  for (const owner of input.owners) {
    const name = textOf(owner.name).trim();
    if (name === '') continue;
    const key = ownerKey(name);
    const entry = current.get(key);
    const scores = entry?.scores ?? [];
    results.push({
      row: owner.row,
      name,
      objectives: entry?.count ?? 0,
      kras: kraNames.get(key)?.size ?? 0,
      averageScore:
        scores.length === 0 ? null : round2(scores.reduce((sum, s) => sum + s, 0) / scores.length),
    });
  }
  return results;
}
