// A synthetic team of any size for the benchmark: objectives, key results, KRA rows and owners in
// the ratios of issue 6, with 30 days of check-ins already logged. Seeded, so every run of the
// benchmark measures the same workbook for a given size and day.

import { addDays, currentPeriodKey } from '../../src/core/periods';

/** A cell as a person would type it: numbers, text, or '' for blank. */
export type TypedCell = string | number | boolean;
export type Row = Record<string, TypedCell>;

export interface GeneratedTeam {
  objectives: Row[];
  keyResults: Row[];
  kras: Row[];
  owners: Row[];
  /** Check-ins records by the Check-ins sheet's fields, oldest first. */
  checkIns: Row[];
}

/** Ratios of issue 6: per objective, KRA row and owner, in key results. */
export const KEY_RESULTS_PER_OBJECTIVE = 3;
export const KEY_RESULTS_PER_KRA_ROW = 10;
export const KEY_RESULTS_PER_OWNER = 20;
export const CHECK_IN_DAYS = 30;

/** mulberry32: small, fast and good enough to vary test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES =
  'Ana Raj Mei Tom Lena Omar Sofia Ken Priya Luis Noor Jonas Aiko Femi Clara'.split(' ');
const LAST_NAMES = 'Silva Patel Chen Berg Novak Haddad Rossi Sato Iyer Ortiz Khan Weber Mori'.split(
  ' ',
);
const TEAMS = ['Support', 'Product', 'Engineering', 'Sales', 'Marketing', 'Finance', 'People'];
const AREAS = [
  ['Customer support', 'Customer satisfaction (CSAT)', '>=', 0.85],
  ['Customer support', 'First response time in hours', '<=', 4],
  ['Release quality', 'Production incidents per month', '<=', 2],
  ['Pipeline management', 'Qualified pipeline in dollars', 'at least', 300000],
  ['Knowledge base', 'Help articles updated this month', '>=', 10],
  ['Hiring', 'Days to fill an open role', '<=', 45],
  ['Cash management', 'Invoices paid within terms', '>=', 0.95],
  ['Uptime', 'Service availability', '>=', 0.999],
] as const;
const VERBS = ['Grow', 'Cut', 'Raise', 'Keep', 'Launch', 'Reduce', 'Improve', 'Ship', 'Hold'];
const SUBJECTS = [
  'weekly active users',
  'first response time',
  'churned accounts',
  'qualified pipeline',
  'release frequency',
  'onboarding completion',
  'net revenue retention',
  'open bugs',
  'help centre articles',
  'enterprise design partners',
  'page load time',
  'employee engagement',
];
const GOALS = [
  'Delight customers with faster support',
  'Make onboarding effortless',
  'Ship a reliable release every two weeks',
  'Grow the enterprise pipeline',
  'Build a team people want to join',
  'Make the product fast everywhere',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

/** Period spellings teams use for the one current quarter, e.g. 2026-Q1, Q1 2026, 2026 Q1. */
function spellings(period: string): string[] {
  const [year, quarter] = period.split('-');
  return [period, period, period, `${quarter} ${year}`, `${year} ${quarter}`];
}

export function generateTeam(keyResultCount: number, today: string): GeneratedTeam {
  const next = random(keyResultCount);
  const period = currentPeriodKey(today);
  const ownerCount = Math.max(1, Math.ceil(keyResultCount / KEY_RESULTS_PER_OWNER));
  const kraCount = Math.max(1, Math.ceil(keyResultCount / KEY_RESULTS_PER_KRA_ROW));
  const objectiveCount = Math.max(1, Math.ceil(keyResultCount / KEY_RESULTS_PER_OBJECTIVE));

  const owners = Array.from({ length: ownerCount }, (_, i) => ownerRow(i));
  const ownerOf = (i: number, per: number) => String(owners[Math.floor(i / per) % ownerCount].name);
  const kras = Array.from({ length: kraCount }, (_, i) =>
    kraRow(next, i, ownerOf(i, kraCount / ownerCount), today),
  );
  const objectives = Array.from({ length: objectiveCount }, (_, i) =>
    objectiveRow(next, i, ownerOf(i, objectiveCount / ownerCount), spellings(period), kras),
  );
  const keyResults = Array.from({ length: keyResultCount }, (_, i) =>
    keyResultRow(next, i, objectives[Math.floor(i / KEY_RESULTS_PER_OBJECTIVE)]),
  );
  return {
    objectives,
    keyResults,
    kras,
    owners,
    checkIns: checkIns(next, kras, keyResults, today),
  };
}

function ownerRow(i: number): Row {
  const first = FIRST_NAMES[i % FIRST_NAMES.length];
  const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length];
  // A number past the name combinations keeps every owner distinct at any size.
  const round = Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length));
  const name = `${first} ${last}${round ? ` ${round + 1}` : ''}`;
  return {
    name,
    email: `${name.toLowerCase().replace(/ /g, '.')}@example.com`,
    role: i % 8 === 0 ? 'Team lead' : 'Specialist',
    team: TEAMS[Math.floor(i / 8) % TEAMS.length],
  };
}

function kraRow(next: () => number, i: number, owner: string, today: string): Row {
  const [kra, indicator, comparator, standard] = AREAS[i % AREAS.length];
  return {
    id: `A${i + 1}`,
    kra,
    owner,
    indicator,
    comparator,
    standard,
    // One row in ten has no reading yet.
    actual: next() < 0.1 ? '' : readingNear(next, standard, comparator),
    weight: 50,
    reviewCadence: pick(next, ['Quarterly', 'Quarterly', 'Semi-annual', 'Annual', '']),
    lastReview: next() < 0.5 ? addDays(today, -Math.floor(next() * 200)) : '',
  };
}

function objectiveRow(
  next: () => number,
  i: number,
  owner: string,
  periods: string[],
  kras: Row[],
): Row {
  const roll = next();
  return {
    id: `O${i + 1}`,
    objective: `${pick(next, GOALS)} (${i + 1})`,
    owner,
    period: pick(next, periods),
    type: roll < 0.15 ? 'Committed' : roll < 0.2 ? '' : 'Aspirational',
    // Most objectives accelerate a KRA; some are not mapped yet.
    kra: next() < 0.8 ? String(pick(next, kras).id) : '',
    // A few roll up into an earlier objective.
    parent: i > 0 && next() < 0.1 ? `O${Math.floor(next() * i) + 1}` : '',
    notes: '',
  };
}

function keyResultRow(next: () => number, i: number, objective: Row): Row {
  const subject = pick(next, SUBJECTS);
  const base = {
    id: `KR${i + 1}`,
    objectiveId: objective.id,
    keyResult: `${pick(next, VERBS)} ${subject}`,
    owner: next() < 0.7 ? '' : objective.owner,
    weight: pick(next, ['', '', '', '', 1, 2, 0]),
    confidence: Math.ceil(next() * 10),
    lastCheckIn: '',
    notes: '',
  };
  return { ...base, ...metric(next) };
}

/** Metric type, start, target and current in the shapes teams type them, blanks included. */
function metric(next: () => number): Row {
  const roll = next();
  const blank = next() < 0.15;
  const done = next();
  if (roll < 0.35) {
    const target = 10 + Math.floor(next() * 990);
    return {
      metricType: 'Increase to',
      start: 0,
      target,
      current: blank ? '' : round(done * target),
    };
  }
  if (roll < 0.55) {
    return {
      metricType: 'Decrease to',
      start: '12 days',
      target: '4 days',
      current: blank ? 'N/A' : `${round(12 - 8 * done)} days`,
    };
  }
  if (roll < 0.65) {
    return {
      metricType: 'Stay at or above',
      start: '',
      target: '85%',
      current: blank ? '' : `${70 + Math.floor(done * 30)}%`,
    };
  }
  if (roll < 0.72) {
    return {
      metricType: 'Stay at or below',
      start: '',
      target: 2,
      current: blank ? '' : Math.floor(done * 4),
    };
  }
  if (roll < 0.82) {
    return {
      metricType: 'Milestone',
      start: '',
      target: '',
      current: blank ? '' : done < 0.5 ? 'FALSE' : 'done',
    };
  }
  if (roll < 0.99) {
    // Blank metric type: inferred from start and target; currency as typed.
    return {
      metricType: '',
      start: '$100,000',
      target: '$250,000',
      current: blank ? '' : `$${100 + Math.floor(done * 150)},000`,
    };
  }
  // One row in a hundred holds something no rule reads.
  return { metricType: 'Increase to', start: 0, target: 10, current: 'high' };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function readingNear(next: () => number, standard: number, comparator: string): number {
  const spread = comparator === '<=' ? 1.3 : 1.1;
  const value = standard * (2 - spread + next() * (spread - 1) * 2);
  return Number(value.toPrecision(4));
}

/**
 * The last 30 days before today: one KRA record per KRA row per day, and for key results with a
 * number a few weekly check-ins, the last of which matches the current value for half of them.
 */
function checkIns(next: () => number, kras: Row[], keyResults: Row[], today: string): Row[] {
  const records: Row[] = [];
  for (let day = CHECK_IN_DAYS; day >= 1; day--) {
    const date = addDays(today, -day);
    for (const kra of kras) {
      const standard = Number(kra.standard);
      const value = readingNear(next, standard, String(kra.comparator));
      const met = kra.comparator === '<=' ? value <= standard : value >= standard;
      records.push({
        date,
        kind: 'KRA',
        id: kra.id,
        value,
        standard,
        met,
        confidence: '',
        note: '',
      });
    }
    if (day % 7 !== 2) continue;
    for (const kr of keyResults) {
      if (typeof kr.current !== 'number' || next() < 0.3) continue;
      const value =
        day === 2 && next() < 0.5 ? kr.current : round(Number(kr.current) * (1 - day / 60));
      records.push({
        date,
        kind: 'Key result',
        id: kr.id,
        value,
        standard: '',
        met: '',
        confidence: kr.confidence,
        note: '',
      });
    }
  }
  return records;
}
