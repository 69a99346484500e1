// Which KRA an objective most likely accelerates, for the sidebar's mapping suggestions.

import { round2, textOf } from './numbers';
import { ownerKey } from './owners';
import type { KeyResultRow, KraRow, ObjectiveRow } from './types';
import { invertedIndex, stems } from './words';

/** Share of the score the words earn; a shared owner adds the rest. */
const WORDS_SHARE = 0.9;
const OWNER_BONUS = 0.1;

export interface KraSuggestion {
  /** The objective's ID. */
  objective: string;
  /** Best first: `kra` is the ID of the KRA's first row; `score` is 0..1 with two decimals. */
  suggestions: { kra: string; score: number }[];
}

/** One KRA: its rows grouped by name, as one document of stems. */
interface KraDocument {
  id: string;
  owners: Set<string>;
  stems: Set<string>;
  /** Length of the document's weighted stem vector. */
  norm: number;
}

/**
 * Ranks KRAs for each objective by the cosine of binary stem vectors weighted with an inverse
 * document frequency over the KRAs (a stem every KRA uses tells them apart least). The objective's
 * side is its text plus its key results' text, counting only stems some KRA uses, so a long
 * objective is not penalised for words no KRA could match. A KRA with a shared owner gains a bonus
 * once it shares a word.
 */
export function suggestKras(
  input: { objectives: ObjectiveRow[]; keyResults: KeyResultRow[]; kras: KraRow[] },
  options: { onlyUnmapped?: boolean; limit?: number } = {},
): KraSuggestion[] {
  const { onlyUnmapped = true, limit = 3 } = options;
  const documents = kraDocuments(input.kras);
  const weight = inverseFrequencies(documents);
  for (const document of documents) document.norm = vectorLength(document.stems, weight);

  const postings = invertedIndex(documents.map((document) => document.stems));

  const keyResultText = new Map<string, string[]>();
  for (const kr of input.keyResults) {
    pushTo(keyResultText, textOf(kr.objectiveId), textOf(kr.keyResult));
  }

  const results: KraSuggestion[] = [];
  for (const objective of input.objectives) {
    const id = textOf(objective.id);
    if (id === '' || (onlyUnmapped && textOf(objective.kra) !== '')) continue;

    const text = [textOf(objective.objective), ...(keyResultText.get(id) ?? [])].join(' ');
    const query = new Set([...stems(text)].filter((stem) => weight.has(stem)));
    const queryLength = vectorLength(query, weight);
    const dot = new Map<number, number>();
    for (const stem of query) {
      for (const position of postings.get(stem) ?? []) {
        dot.set(position, (dot.get(position) ?? 0) + (weight.get(stem) ?? 0) ** 2);
      }
    }

    const owner = ownerKey(objective.owner);
    const ranked = [...dot]
      .map(([position, product]) => {
        const document = documents[position];
        const cosine = product / (queryLength * document.norm);
        const bonus = owner !== '' && document.owners.has(owner) ? OWNER_BONUS : 0;
        return { position, kra: document.id, score: round2(WORDS_SHARE * cosine + bonus) };
      })
      .filter((candidate) => candidate.score > 0)
      .sort((a, b) => b.score - a.score || a.position - b.position);
    results.push({
      objective: id,
      suggestions: ranked.slice(0, limit).map(({ kra, score }) => ({ kra, score })),
    });
  }
  return results;
}

/** KRA rows grouped by name (case-insensitive) in first-row order; rows without an ID skipped. */
function kraDocuments(kras: KraRow[]): KraDocument[] {
  const byName = new Map<string, KraDocument>();
  for (const row of kras) {
    const id = textOf(row.id);
    const name = textOf(row.kra);
    if (id === '' || name === '') continue;

    const key = name.toLowerCase();
    const document = byName.get(key) ?? { id, owners: new Set(), stems: new Set(), norm: 0 };
    byName.set(key, document);
    for (const stem of stems(`${name} ${textOf(row.indicator)}`)) document.stems.add(stem);
    if (ownerKey(row.owner) !== '') document.owners.add(ownerKey(row.owner));
  }
  return [...byName.values()];
}

/** ln(1 + N / df): always above 0, so a word all KRAs share still counts a little. */
function inverseFrequencies(documents: KraDocument[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    for (const stem of document.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  const weight = new Map<string, number>();
  for (const [stem, count] of frequency) weight.set(stem, Math.log(1 + documents.length / count));
  return weight;
}

function vectorLength(set: Set<string>, weight: Map<string, number>): number {
  let sum = 0;
  for (const stem of set) sum += (weight.get(stem) ?? 0) ** 2;
  return Math.sqrt(sum);
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
