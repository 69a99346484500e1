import { computeOwners } from '../../src/core/owners';
import type { KraRow, OwnerRow } from '../../src/core/types';

const owner = (row: number, name: string): OwnerRow => ({
  row,
  name,
  email: '',
  role: '',
  team: '',
});

/** A KRA row with only its name and owner filled. */
const kra = (row: number, name: string, ownerName: string): KraRow => ({
  row,
  id: `A${row}`,
  kra: name,
  owner: ownerName,
  indicator: '',
  comparator: '',
  standard: '',
  actual: '',
  weight: '',
  reviewCadence: '',
  lastReview: '',
});

const objective = (
  id: string,
  ownerName: string,
  periodKey: string | null,
  score: number | null,
) => ({
  id,
  owner: ownerName,
  periodKey,
  score,
});

describe('owners summary', () => {
  const results = computeOwners({
    owners: [owner(2, 'Ana Silva'), owner(3, ' Raj Patel '), owner(4, ''), owner(5, 'Bea Lopez')],
    objectives: [
      objective('O1', 'Ana Silva', '2026-Q1', 0.7),
      objective('O2', 'ana silva ', '2026-Q1', 0.285),
      objective('O3', 'Ana Silva', '2026-Q1', null),
      objective('O4', 'Ana Silva', '2025-Q4', 1),
      objective('O5', 'Raj Patel', '2026-Q1', null),
      objective('O6', 'Ana & Raj', '2026-Q1', 0.5),
      objective('O7', 'Raj Patel', null, 0.9),
    ],
    kras: [
      kra(2, 'Customer support', 'Ana Silva'),
      kra(3, 'customer support ', 'ANA SILVA'),
      kra(4, 'Hiring', 'Ana Silva'),
      kra(5, 'Hiring', 'Raj Patel'),
      kra(6, '', 'Raj Patel'),
    ],
    currentPeriod: '2026-Q1',
  });

  it('counts objectives this period, distinct KRA names and the mean score', () => {
    expect(results).toEqual([
      { row: 2, name: 'Ana Silva', objectives: 3, kras: 2, averageScore: 0.49 },
      { row: 3, name: 'Raj Patel', objectives: 1, kras: 1, averageScore: null },
      { row: 5, name: 'Bea Lopez', objectives: 0, kras: 0, averageScore: null },
    ]);
  });
});
