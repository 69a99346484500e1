import { suggestKras } from '../../src/core/suggest';
import { keyResultOf, kraOf, objectiveOf } from './rows';
import type { KeyResultRow, KraRow, ObjectiveRow } from '../../src/core/types';

const objective = (id: string, text: string, cells: Partial<ObjectiveRow> = {}): ObjectiveRow =>
  objectiveOf(Number(id.slice(1)) + 1, { id, objective: text, period: '2026-Q1', ...cells });

let keyResultRow = 2;
const keyResult = (objectiveId: string, text: string): KeyResultRow => {
  const row = keyResultRow++;
  return keyResultOf(row, { id: `K${row}`, objectiveId, keyResult: text });
};

const kra = (id: string, name: string, indicator: string, owner = ''): KraRow =>
  kraOf(Number(id.slice(1)) + 1, { id, kra: name, owner, indicator, comparator: '>=' });

/** Five KRAs, three of them with two indicator rows. */
const kras = [
  kra('A1', 'Customer support', 'CSAT score', 'Ana'),
  kra('A2', 'Customer support', 'First response time', 'Ana'),
  kra('A3', 'Talent acquisition', 'Time to hire', 'Raj'),
  kra('A4', 'Talent acquisition', 'Offer acceptance rate', 'Raj'),
  kra('A5', 'Billing accuracy', 'Invoice error rate', 'Bea'),
  kra('A6', 'Product reliability', 'Service uptime', 'Chen'),
  kra('A7', 'Product reliability', 'Incidents resolved within SLA', 'Chen'),
  kra('A8', 'Sales pipeline', 'Qualified leads per month', 'Dee'),
];

/** An objective in its own words, its key results, and the KRA it is for. */
const mapped = (id: string, text: string, keyResults: string[], expected: string) => ({
  objective: objective(id, text),
  keyResults: keyResults.map((kr) => keyResult(id, kr)),
  expected,
});

/** Ten objectives with inflected words ("supporting", "hiring", "invoices"). */
const workbook = [
  mapped(
    'O1',
    'Delight customers who contact support',
    ['Respond within 2 hours', 'Raise satisfaction scores'],
    'A1',
  ),
  mapped('O2', 'Supporting our customers faster', ['Cut responding times in half'], 'A1'),
  mapped(
    'O3',
    'Hire the engineers we need',
    ['Hiring cycle under 30 days', 'Accepting 80% of offers'],
    'A3',
  ),
  mapped('O4', 'Acquire top talent for the data team', ['5 offers accepted'], 'A3'),
  mapped('O5', 'Invoices without errors', ['Zero billing errors in March'], 'A5'),
  mapped('O6', 'Bill every customer accurately', ['Audit every invoice before sending'], 'A5'),
  mapped(
    'O7',
    'Keep the service reliable',
    ['Reach 99.95% uptime', 'Resolve incidents faster'],
    'A6',
  ),
  mapped('O8', 'Fewer outages and incidents', ['Resolving incidents within the SLA'], 'A6'),
  mapped('O9', 'Grow the sales pipeline', ['Double the qualified leads'], 'A8'),
  mapped('O10', 'Win more deals through better leads', ['Qualify 200 leads per month'], 'A8'),
];

describe('suggestions', () => {
  const results = suggestKras({
    objectives: workbook.map((w) => w.objective),
    keyResults: workbook.flatMap((w) => w.keyResults),
    kras,
  });

  it('puts the right KRA first for at least 8 of 10 objectives', () => {
    const right = results.filter((r, i) => r.suggestions[0]?.kra === workbook[i].expected);
    expect(right.length).toBe(10);
    expect(right.length).toBeGreaterThanOrEqual(8);
  });

  it('names a KRA by its first row, at most 3, best first, scores 0..1 with two decimals', () => {
    expect(results.map((r) => r.objective)).toEqual(workbook.map((w) => w.objective.id));
    for (const { suggestions } of results) {
      expect(suggestions.length).toBeLessThanOrEqual(3);
      const scores = suggestions.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((s) => s > 0 && s <= 1 && Math.round(s * 100) / 100 === s)).toBe(true);
      expect(suggestions.every((s) => ['A1', 'A3', 'A5', 'A6', 'A8'].includes(s.kra))).toBe(true);
    }
    expect(results[0].suggestions).toEqual([{ kra: 'A1', score: 0.61 }]);
  });
});

describe('suggestion options', () => {
  const input = {
    objectives: [
      objective('O1', 'Faster customer support', { kra: 'A1' }),
      objective('O2', 'Faster customer support'),
      objective('O3', 'Nothing in common here'),
      objective('O4', 'Reliable support and billing', { owner: ' chen ' }),
      objective('O5', 'Reliable support and billing'),
    ],
    keyResults: [],
    kras,
  };

  it('skips mapped objectives unless asked, and limits the list', () => {
    expect(suggestKras(input).map((r) => r.objective)).toEqual(['O2', 'O3', 'O4', 'O5']);
    const all = suggestKras(input, { onlyUnmapped: false, limit: 1 });
    expect(all.map((r) => [r.objective, r.suggestions.length])).toEqual([
      ['O1', 1],
      ['O2', 1],
      ['O3', 0],
      ['O4', 1],
      ['O5', 1],
    ]);
  });

  it('suggests no KRA that shares no word', () => {
    expect(suggestKras(input)[1]).toEqual({ objective: 'O3', suggestions: [] });
  });

  it('breaks a tie of words by a shared owner, then by KRA row order', () => {
    const [withOwner, withoutOwner] = suggestKras(input).slice(2);
    expect(withoutOwner.suggestions).toEqual([
      { kra: 'A5', score: 0.25 },
      { kra: 'A1', score: 0.2 },
      { kra: 'A6', score: 0.2 },
    ]);
    expect(withOwner.suggestions).toEqual([
      { kra: 'A6', score: 0.3 },
      { kra: 'A5', score: 0.25 },
      { kra: 'A1', score: 0.2 },
    ]);
  });
});
