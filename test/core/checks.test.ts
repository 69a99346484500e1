import { runChecks } from '../../src/core/checks';
import { ownerNames } from '../../src/core/owners';
import { keyResultOf, kraOf, objectiveOf } from './rows';
import { CHECK_NAMES, DEFAULT_SETTINGS } from '../../src/core/types';
import type { CheckName, KeyResultRow, KraRow, ObjectiveRow, OwnerRow } from '../../src/core/types';

/** Rows with blank cells except those given; each sheet numbers its rows from 2. */
const objective = (row: number, cells: Partial<ObjectiveRow>): ObjectiveRow =>
  objectiveOf(row, { period: '2026-Q1', ...cells });
const keyResult = keyResultOf;
const kra = kraOf;
const owner = (row: number, name: string, team = ''): OwnerRow => ({
  row,
  name,
  email: '',
  role: '',
  team,
});

interface Workbook {
  objectives: ObjectiveRow[];
  keyResults: KeyResultRow[];
  kras: KraRow[];
  owners: OwnerRow[];
}

/** A workbook that raises no warning: two owners, four KRAs for Ana, two mapped objectives. */
function clean(): Workbook {
  return {
    objectives: [
      objective(2, { id: 'O1', objective: 'Delight customers', owner: 'Ana Silva', kra: 'A1' }),
      objective(3, { id: 'O2', objective: 'Build a sales team', owner: 'Raj Patel', kra: 'A2' }),
    ],
    keyResults: [
      keyResult(2, {
        id: 'K1',
        objectiveId: 'O1',
        keyResult: 'Cut first response time to 2 hours',
      }),
      keyResult(3, { id: 'K2', objectiveId: 'O1', keyResult: 'Publish 40 help articles' }),
      keyResult(4, { id: 'K3', objectiveId: 'O2', keyResult: 'Hire 4 account executives' }),
      keyResult(5, {
        id: 'K4',
        objectiveId: 'O2',
        keyResult: 'Ramp new hires to quota in 60 days',
      }),
    ],
    kras: [
      ['A1', 'Customer support', 'CSAT score'],
      ['A2', 'Hiring', 'Offers accepted within 30 days'],
      ['A3', 'Billing accuracy', 'Invoice error rate'],
      ['A4', 'Onboarding', 'Days to first value'],
    ].map(([id, name, indicator], i) =>
      kra(i + 2, {
        id,
        kra: name,
        indicator,
        owner: 'Ana Silva',
        weight: 25,
        reviewCadence: 'Quarterly',
        lastReview: '2026-01-10',
      }),
    ),
    owners: [owner(2, 'Ana Silva', 'Support'), owner(3, 'Raj Patel', 'Sales')],
  };
}

function warnings(workbook: Workbook, check?: CheckName) {
  const all = runChecks({
    ...workbook,
    today: '2026-02-14',
    locale: 'en_US',
    timeZone: 'UTC',
    settings: DEFAULT_SETTINGS,
  });
  return check === undefined ? all : all.filter((w) => w.check === check);
}

describe('a clean workbook', () => {
  it('raises no warning', () => {
    expect(warnings(clean())).toEqual([]);
  });
});

describe('owner-missing', () => {
  it('is raised for an objective, a KRA and a key result whose objective has no owner', () => {
    const book = clean();
    book.objectives[0].owner = ' ';
    book.keyResults[0].owner = '';
    book.keyResults.push(keyResult(6, { id: 'K5', objectiveId: '', keyResult: 'Extra' }));
    book.kras[3].owner = '';
    expect(warnings(book, 'owner-missing')).toEqual([
      { check: 'owner-missing', message: 'Objective O1 has no owner.', ids: ['O1'] },
      {
        check: 'owner-missing',
        message: 'Key result K1 has no owner, and neither has its objective O1.',
        ids: ['K1'],
      },
      {
        check: 'owner-missing',
        message: 'Key result K2 has no owner, and neither has its objective O1.',
        ids: ['K2'],
      },
      {
        check: 'owner-missing',
        message: 'Key result K5 has no owner and no objective to take one from.',
        ids: ['K5'],
      },
      { check: 'owner-missing', message: 'KRA A4 has no owner.', ids: ['A4'] },
    ]);
  });

  it('is not raised for a key result that takes its objective owner', () => {
    expect(warnings(clean(), 'owner-missing')).toEqual([]);
  });
});

describe('owner-multiple', () => {
  it('case 23: raises `Ana & Raj`, not "R&D"', () => {
    const book = clean();
    book.objectives[0].owner = 'Ana & Raj';
    book.objectives[1].owner = 'R&D';
    book.owners.push(owner(4, 'R&D'));
    expect(warnings(book, 'owner-multiple')).toEqual([
      {
        check: 'owner-multiple',
        message:
          'Objective O1 names more than one owner ("Ana & Raj"): ' +
          'give it one so someone is accountable.',
        ids: ['O1'],
      },
    ]);
  });

  it('is raised for every separator on key results and KRAs too', () => {
    const book = clean();
    book.keyResults[0].owner = 'Ana, Raj';
    book.keyResults[1].owner = 'Ana; Raj';
    book.keyResults[2].owner = 'Ana/Raj';
    book.keyResults[3].owner = 'Ana and Raj';
    book.kras[0].owner = 'Ana Silva AND Raj Patel';
    expect(warnings(book, 'owner-multiple').map((w) => w.ids)).toEqual([
      ['K1'],
      ['K2'],
      ['K3'],
      ['K4'],
      ['A1'],
    ]);
  });

  it('reads one owner from names that only contain the joining words', () => {
    expect(ownerNames('R&D')).toEqual(['R&D']);
    expect(ownerNames('Alexandra Anderson')).toEqual(['Alexandra Anderson']);
    expect(ownerNames('Ana & Raj')).toEqual(['Ana', 'Raj']);
    expect(ownerNames('Ana,')).toEqual(['Ana']);
  });
});

describe('too-many-objectives', () => {
  const spellings = ['2026-Q1', 'Q1 2026', '2026 Q1', 'q1-2026', '2026Q1', '2026-Q1'];
  const many = (owners: string[]) =>
    owners.map((name, i) =>
      objective(i + 2, { id: `O${i + 1}`, owner: name, period: spellings[i], kra: 'A1' }),
    );

  it('is raised for an owner with 6 objectives in one period, spellings folded', () => {
    const book = { ...clean(), objectives: many(Array(6).fill('Ana Silva')), keyResults: [] };
    expect(warnings(book, 'too-many-objectives')).toEqual([
      {
        check: 'too-many-objectives',
        message: 'Ana Silva has 6 objectives in 2026-Q1 (O1, O2, O3, O4, O5, O6), more than 5.',
        ids: ['O1', 'O2', 'O3', 'O4', 'O5', 'O6'],
      },
      {
        check: 'too-many-objectives',
        message: 'Team Support has 6 objectives in 2026-Q1 (O1, O2, O3, O4, O5, O6), more than 5.',
        ids: ['O1', 'O2', 'O3', 'O4', 'O5', 'O6'],
      },
    ]);
  });

  it('is raised for a team whose members have 6 between them', () => {
    const book = clean();
    book.owners.push(owner(4, 'Bea Lopez', 'sales'));
    book.objectives = many([
      'Raj Patel',
      'bea lopez',
      'Raj Patel',
      'Bea Lopez',
      'Raj Patel',
      'Bea Lopez',
    ]);
    expect(warnings(book, 'too-many-objectives').map((w) => w.message)).toEqual([
      'Team Sales has 6 objectives in 2026-Q1 (O1, O2, O3, O4, O5, O6), more than 5.',
    ]);
  });

  it('is not raised for 5, nor for 6 across two periods', () => {
    const five = { ...clean(), objectives: many(Array(5).fill('Ana Silva')) };
    expect(warnings(five, 'too-many-objectives')).toEqual([]);
    const split = { ...clean(), objectives: many(Array(6).fill('Ana Silva')) };
    split.objectives[5].period = '2026-Q2';
    expect(warnings(split, 'too-many-objectives')).toEqual([]);
  });
});

describe('kra-count', () => {
  it('is raised below 4 distinct names, rows of one KRA counted once', () => {
    const book = clean();
    book.kras[3].kra = 'customer SUPPORT';
    expect(warnings(book, 'kra-count')).toEqual([
      {
        check: 'kra-count',
        message:
          'Ana Silva owns 3 KRAs (Customer support, Hiring, Billing accuracy); ' +
          '4 to 6 is the guide.',
        ids: ['A1', 'A2', 'A3', 'A4'],
      },
    ]);
  });

  it('is raised above 6', () => {
    const book = clean();
    for (let i = 5; i <= 7; i++) {
      book.kras.push(kra(i + 1, { id: `A${i}`, kra: `Area ${i}`, owner: 'Ana Silva', weight: 0 }));
    }
    expect(warnings(book, 'kra-count').map((w) => w.message)).toEqual([
      'Ana Silva owns 7 KRAs (Customer support, Hiring, Billing accuracy, Onboarding, Area 5, ' +
        'Area 6, Area 7); 4 to 6 is the guide.',
    ]);
  });

  it('is not raised for 4 to 6, nor for an owner of no KRA', () => {
    expect(warnings(clean(), 'kra-count')).toEqual([]);
  });
});

describe('kra-weights', () => {
  const weighted = (weights: (number | string)[]) => {
    const book = clean();
    book.kras = book.kras.slice(0, weights.length);
    book.kras.forEach((row, i) => (row.weight = weights[i]));
    return book;
  };

  it('case 20: raises weights 40, 30, 40', () => {
    expect(warnings(weighted([40, 30, 40]), 'kra-weights')).toEqual([
      {
        check: 'kra-weights',
        message: "Ana Silva's KRA weights add up to 110 (A1, A2, A3), not 100 or 1.",
        ids: ['A1', 'A2', 'A3'],
      },
    ]);
  });

  it('is raised when a weight is missing from a weighted set', () => {
    expect(warnings(weighted([50, 30, '', 10]), 'kra-weights').map((w) => w.message)).toEqual([
      "Ana Silva's KRA weights add up to 90 (A1, A2, A3, A4), not 100 or 1.",
    ]);
  });

  it('is not raised for 100, for percents adding up to 1, or with no weights at all', () => {
    expect(warnings(weighted([40, 30, 30]), 'kra-weights')).toEqual([]);
    expect(warnings(weighted([0.1, 0.2, 0.3, 0.4]), 'kra-weights')).toEqual([]);
    expect(warnings(weighted(['40%', '30%', '30%']), 'kra-weights')).toEqual([]);
    expect(warnings(weighted(['', '', '']), 'kra-weights')).toEqual([]);
  });
});

describe('kr-count', () => {
  it('is raised for 1 and for 6 key results', () => {
    const book = clean();
    book.keyResults = book.keyResults.filter((kr) => kr.id !== 'K2');
    for (let i = 5; i <= 8; i++)
      book.keyResults.push(keyResult(i + 1, { id: `K${i}`, objectiveId: 'O2' }));
    expect(warnings(book, 'kr-count')).toEqual([
      {
        check: 'kr-count',
        message: 'Objective O1 has 1 key result; 2 to 5 is the guide.',
        ids: ['O1'],
      },
      {
        check: 'kr-count',
        message: 'Objective O2 has 6 key results; 2 to 5 is the guide.',
        ids: ['O2'],
      },
    ]);
  });

  it('is not raised for a parent scored by its children', () => {
    const book = clean();
    book.objectives.push(objective(4, { id: 'O3', owner: 'Ana Silva', kra: 'A1' }));
    book.objectives[0].parent = 'O3';
    expect(warnings(book, 'kr-count')).toEqual([]);
  });
});

describe('unmapped-objective', () => {
  it('is raised for an objective with a blank KRA', () => {
    const book = clean();
    book.objectives[1].kra = '';
    expect(warnings(book, 'unmapped-objective')).toEqual([
      { check: 'unmapped-objective', message: 'Objective O2 is mapped to no KRA.', ids: ['O2'] },
    ]);
  });

  it('is not raised when every objective names a KRA', () => {
    expect(warnings(clean(), 'unmapped-objective')).toEqual([]);
  });
});

describe('repeats-kra', () => {
  it('is raised for a key result sharing 2 of 3 stems with an indicator', () => {
    const book = clean();
    book.keyResults[1].keyResult = 'Keep the CSAT scores up';
    expect(warnings(book, 'repeats-kra')).toEqual([
      {
        check: 'repeats-kra',
        message:
          'Key result K2 restates KRA A1\'s indicator "CSAT score" (67% of word stems shared).',
        ids: ['K2', 'A1'],
      },
    ]);
  });

  it('is raised at exactly 60%, and against the KRA name plus the indicator', () => {
    const book = clean();
    book.kras[2].indicator = 'Invoice error rate refunds';
    book.keyResults[0].keyResult = 'Invoice errors rate audits';
    book.keyResults[1].keyResult = 'Onboarding days to value';
    expect(warnings(book, 'repeats-kra').map((w) => w.message)).toEqual([
      'Key result K1 restates KRA A3\'s indicator "Invoice error rate refunds" ' +
        '(60% of word stems shared).',
      'Key result K2 restates KRA A4\'s indicator "Days to first value" ' +
        '(75% of word stems shared).',
    ]);
  });

  it('is not raised below 60%', () => {
    const book = clean();
    book.keyResults[0].keyResult = 'Raise CSAT';
    book.keyResults[1].keyResult = 'Invoice error audits';
    expect(warnings(book, 'repeats-kra')).toEqual([]);
  });

  it('compares 10,000 key results with 1,000 KRA rows quickly', () => {
    const book = clean();
    const topics = ['support', 'billing', 'hiring', 'onboarding', 'security', 'quality', 'uptime'];
    book.kras = Array.from({ length: 1_000 }, (_, i) =>
      kra(i + 2, {
        id: `A${i}`,
        kra: `Area ${i}`,
        indicator: `${topics[i % 7]} rate ${i}`,
        owner: 'Ana',
      }),
    );
    book.keyResults = Array.from({ length: 10_000 }, (_, i) =>
      keyResult(i + 2, {
        id: `K${i}`,
        keyResult: `improve ${topics[i % 7]} rate for team ${i % 50}`,
      }),
    );
    const started = performance.now();
    const found = warnings(book, 'repeats-kra');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found).toEqual([]);
  });
});

describe('unknown-reference', () => {
  it('is raised for a missing KRA, parent, objective and owner', () => {
    const book = clean();
    book.objectives[0].kra = 'A9';
    book.objectives[1].parent = 'O9';
    book.keyResults[2].objectiveId = 'O7';
    book.keyResults[3].owner = 'Bob';
    book.kras[0].owner = 'bob';
    expect(warnings(book, 'unknown-reference')).toEqual([
      {
        check: 'unknown-reference',
        message: 'Objective O1 names KRA A9, which is not on the KRAs sheet.',
        ids: ['O1'],
      },
      {
        check: 'unknown-reference',
        message: 'Objective O2 names parent O9, which is not on the Objectives sheet.',
        ids: ['O2'],
      },
      {
        check: 'unknown-reference',
        message: 'Key result K3 names objective O7, which is not on the Objectives sheet.',
        ids: ['K3'],
      },
      {
        check: 'unknown-reference',
        message: 'Owner Bob (on K4, A1) is not on the Owners sheet.',
        ids: ['K4', 'A1'],
      },
    ]);
  });

  it('is not raised for owners when the Owners sheet lists no one', () => {
    const book = { ...clean(), owners: [] };
    book.objectives[0].owner = 'Zoe';
    expect(warnings(book, 'unknown-reference')).toEqual([]);
  });

  it('matches owners trimmed and case-insensitively', () => {
    const book = clean();
    book.objectives[0].owner = '  ana silva ';
    expect(warnings(book, 'unknown-reference')).toEqual([]);
  });
});

describe('duplicate-id', () => {
  it('is raised per sheet, owners by name', () => {
    const book = clean();
    book.objectives.push(objective(4, { id: 'O1', owner: 'Raj Patel', kra: 'A2' }));
    book.keyResults[3].id = 'K1';
    book.owners.push(owner(4, 'ana silva'));
    expect(warnings(book, 'duplicate-id')).toEqual([
      {
        check: 'duplicate-id',
        message: 'Objectives on rows 2 and 4 share the ID O1.',
        ids: ['O1'],
      },
      {
        check: 'duplicate-id',
        message: 'Key results on rows 2 and 5 share the ID K1.',
        ids: ['K1'],
      },
      {
        check: 'duplicate-id',
        message: 'Owners on rows 2 and 4 share the name Ana Silva.',
        ids: ['Ana Silva'],
      },
    ]);
  });

  it('is not raised for blank IDs', () => {
    const book = clean();
    book.kras.forEach((row) => (row.id = ''));
    expect(warnings(book, 'duplicate-id')).toEqual([]);
  });
});

describe('kra-review-due', () => {
  const reviewed = (cadence: string, lastReview: string | Date) => {
    const book = clean();
    book.kras[0].reviewCadence = cadence;
    book.kras[0].lastReview = lastReview;
    return warnings(book, 'kra-review-due');
  };

  it('is raised past 3, 6 and 12 months', () => {
    expect(reviewed('Quarterly', '2025-11-13')).toEqual([
      {
        check: 'kra-review-due',
        message:
          'KRA A1 was last reviewed on 2025-11-13, more than 3 months ago: ' +
          'its Quarterly review is due.',
        ids: ['A1'],
      },
    ]);
    expect(reviewed('', new Date(Date.UTC(2025, 10, 13)))).toHaveLength(1);
    expect(reviewed('Semi-annual', '2025-08-13')).toHaveLength(1);
    expect(reviewed('Annual', '2025-02-13')).toHaveLength(1);
  });

  it('is not raised at exactly 3, 6 or 12 months, nor for a blank Last review', () => {
    expect(reviewed('Quarterly', '2025-11-14')).toEqual([]);
    expect(reviewed('Semi-annual', '2025-08-14')).toEqual([]);
    expect(reviewed('Annual', '2025-02-14')).toEqual([]);
    expect(reviewed('Annual', '')).toEqual([]);
  });
});

describe('warning order', () => {
  it('follows CHECK_NAMES, then sheet and row', () => {
    const book = clean();
    book.kras[0].lastReview = '2020-01-01';
    book.objectives[1].kra = '';
    book.objectives[0].kra = '';
    book.objectives[0].owner = '';
    const found = warnings(book);
    const ranks = found.map((w) => CHECK_NAMES.indexOf(w.check));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(found.map((w) => [w.check, w.ids[0]])).toEqual([
      ['owner-missing', 'O1'],
      ['owner-missing', 'K1'],
      ['owner-missing', 'K2'],
      ['unmapped-objective', 'O1'],
      ['unmapped-objective', 'O2'],
      ['kra-review-due', 'A1'],
    ]);
  });
});
