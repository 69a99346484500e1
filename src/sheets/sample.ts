// The sample team: a small support-and-product team with a quarter of OKRs, their KRAs and a few
// weeks of check-ins, placed in the current quarter so a newcomer sees live statuses.

import { addDays, currentPeriodKey, parsePeriod } from '../core/periods';
import type { CheckIn } from '../core/types';
import { cellValues, day, type WritableValue } from './cells';
import { recordCells } from './checkins';
import { AddOnError } from './errors';
import { findTypedColumns } from './headers';
import { readHeader } from './setup';
import { TEMPLATE, type SheetSpec } from './template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
/** One sample row by field; `percentFields` names the cells shown as percentages. */
type Row = { [field: string]: WritableValue | string[] | undefined; percentFields?: string[] };

const OWNERS: Row[] = [
  { name: 'Ana Silva', email: 'ana@example.com', role: 'Support lead', team: 'Support' },
  { name: 'Raj Patel', email: 'raj@example.com', role: 'Product manager', team: 'Product' },
  { name: 'Mei Chen', email: 'mei@example.com', role: 'Engineering lead', team: 'Product' },
  { name: 'Tom Berg', email: 'tom@example.com', role: 'Sales lead', team: 'Sales' },
];

const KRAS: Row[] = [
  {
    id: 'A1',
    kra: 'Customer support',
    owner: 'Ana Silva',
    indicator: 'Customer satisfaction (CSAT)',
    comparator: '>=',
    standard: 0.85,
    actual: 0.88,
    percentFields: ['standard', 'actual'],
    weight: 30,
    reviewCadence: 'Quarterly',
  },
  {
    id: 'A2',
    kra: 'Customer support',
    owner: 'Ana Silva',
    indicator: 'First response time in hours',
    comparator: '<=',
    standard: 4,
    actual: 5,
    weight: 20,
    reviewCadence: 'Quarterly',
  },
  {
    id: 'A3',
    kra: 'Knowledge base',
    owner: 'Ana Silva',
    indicator: 'Help articles updated this month',
    comparator: '>=',
    standard: 10,
    actual: 12,
    weight: 20,
    reviewCadence: 'Quarterly',
  },
  {
    id: 'A4',
    kra: 'Support team development',
    owner: 'Ana Silva',
    indicator: 'Training hours per agent',
    comparator: '>=',
    standard: 4,
    actual: 3,
    weight: 15,
    reviewCadence: 'Semi-annual',
  },
  {
    id: 'A5',
    kra: 'Escalation handling',
    owner: 'Ana Silva',
    indicator: 'Escalations resolved within SLA',
    comparator: '>=',
    standard: 0.9,
    actual: 0.93,
    percentFields: ['standard', 'actual'],
    weight: 15,
    reviewCadence: 'Quarterly',
  },
  {
    id: 'A6',
    kra: 'Product discovery',
    owner: 'Raj Patel',
    indicator: 'Customer interviews per month',
    comparator: '>=',
    standard: 8,
    actual: 9,
    weight: 40,
    reviewCadence: 'Quarterly',
  },
  {
    id: 'A7',
    kra: 'Release quality',
    owner: 'Mei Chen',
    indicator: 'Production incidents per month',
    comparator: '<=',
    standard: 2,
    actual: 1,
    weight: 50,
    reviewCadence: 'Quarterly',
  },
  {
    id: 'A8',
    kra: 'Pipeline management',
    owner: 'Tom Berg',
    indicator: 'Qualified pipeline in dollars',
    comparator: 'at least',
    standard: 300000,
    actual: 280000,
    weight: 100,
    reviewCadence: 'Annual',
  },
];

interface SampleObjective {
  objective: Row;
  keyResults: Row[];
}

function sampleObjectives(period: string): SampleObjective[] {
  return [
    {
      objective: {
        id: 'O1',
        objective: 'Delight customers with faster support',
        owner: 'Ana Silva',
        period,
        type: 'Aspirational',
        kra: 'A1',
      },
      keyResults: [
        {
          id: 'KR1',
          keyResult: 'Cut first response time from 12 h to 4 h',
          metricType: 'Decrease to',
          start: 12,
          target: 4,
          current: 9,
          weight: 2,
          confidence: 6,
        },
        {
          id: 'KR2',
          keyResult: 'Raise CSAT from 80% to 92%',
          metricType: 'Increase to',
          start: 0.8,
          target: 0.92,
          current: 0.86,
          percentFields: ['start', 'target', 'current'],
          confidence: 7,
        },
        {
          id: 'KR3',
          keyResult: 'Publish the new help centre',
          metricType: 'Milestone',
          current: false,
          confidence: 5,
        },
      ],
    },
    {
      objective: {
        id: 'O2',
        objective: 'Make onboarding effortless',
        owner: 'Raj Patel',
        period,
        type: 'Aspirational',
        kra: '',
      },
      keyResults: [
        {
          id: 'KR4',
          keyResult: 'Increase activation rate from 35% to 55%',
          metricType: 'Increase to',
          start: 0.35,
          target: 0.55,
          current: 0.41,
          percentFields: ['start', 'target', 'current'],
          confidence: 5,
        },
        {
          id: 'KR5',
          keyResult: 'Reduce time to first value from 7 days to 2 days',
          metricType: 'Decrease to',
          start: '7 days',
          target: '2 days',
          current: '5 days',
          confidence: 6,
        },
      ],
    },
    {
      objective: {
        id: 'O3',
        objective: 'Ship a reliable release every two weeks',
        owner: 'Mei Chen',
        period,
        type: 'Committed',
        kra: 'A7',
      },
      keyResults: [
        {
          id: 'KR6',
          keyResult: 'Keep change failure rate at or below 10%',
          metricType: 'Stay at or below',
          target: 0.1,
          current: 0.08,
          percentFields: ['target', 'current'],
          confidence: 8,
        },
        {
          id: 'KR7',
          keyResult: 'Release 6 times this quarter',
          metricType: 'Increase to',
          start: 0,
          target: 6,
          current: 3,
          confidence: 8,
        },
      ],
    },
    {
      objective: {
        id: 'O4',
        objective: 'Grow the enterprise pipeline',
        owner: 'Tom Berg',
        period,
        type: 'Aspirational',
        kra: 'A8',
      },
      keyResults: [
        {
          id: 'KR8',
          keyResult: 'Add $500,000 of qualified pipeline',
          metricType: 'Increase to',
          start: 0,
          target: 500000,
          current: '$120,000',
          confidence: 4,
        },
        {
          id: 'KR9',
          keyResult: 'Sign 3 enterprise design partners',
          metricType: 'Increase to',
          start: 0,
          target: 3,
          current: '',
          confidence: 5,
        },
        {
          id: 'KR10',
          keyResult: 'Keep qualified pipeline at least $300,000',
          metricType: 'Stay at or above',
          target: 300000,
          current: 280000,
          confidence: 6,
        },
      ],
    },
    {
      objective: {
        id: 'O5',
        objective: 'Answer every customer in their own language',
        owner: 'Ana Silva',
        period,
        type: 'Aspirational',
        kra: '',
        parent: 'O1',
      },
      keyResults: [
        {
          id: 'KR11',
          keyResult: 'Offer support in 4 languages',
          metricType: 'Increase to',
          start: 1,
          target: 4,
          current: 2,
          confidence: 6,
        },
        {
          id: 'KR12',
          keyResult: 'Translate the top 50 help articles',
          metricType: 'Increase to',
          start: 0,
          target: 50,
          current: 'N/A',
        },
      ],
    },
  ];
}

/** Weekly check-ins over the last four weeks: KRA actuals, and the moving key results. */
function sampleCheckIns(today: string): CheckIn[] {
  const records: CheckIn[] = [];
  const weeks = [28, 21, 14, 7].map((d) => addDays(today, -d));
  const kra = (id: string, values: number[], standard: number, atLeast: boolean) =>
    values.forEach((value, i) =>
      records.push({
        date: weeks[i],
        kind: 'KRA',
        id,
        value,
        standard,
        met: atLeast ? value >= standard : value <= standard,
        confidence: null,
        note: '',
      }),
    );
  kra('A1', [0.86, 0.84, 0.87, 0.88], 0.85, true);
  kra('A2', [4, 3.5, 4.5, 5], 4, false);
  kra('A7', [1, 2, 1, 1], 2, false);
  const kr = (id: string, values: number[]) =>
    values.forEach((value, i) =>
      records.push({
        date: weeks[i],
        kind: 'Key result',
        id,
        value,
        standard: null,
        met: null,
        confidence: 6,
        note: '',
      }),
    );
  kr('KR1', [12, 11, 10, 9.5]);
  kr('KR4', [0.35, 0.37, 0.39, 0.4]);
  return records.sort((a, b) => a.date.localeCompare(b.date));
}

/** Writes the sample into sheets that have no data yet. */
export function addSampleTeam(spreadsheet: Spreadsheet, today: string): string {
  const period = currentPeriodKey(today);
  const start = parsePeriod(period)?.start ?? today;

  const objectives = sampleObjectives(period);
  const records = sampleCheckIns(today).filter((r) => r.date >= start);
  const lastCheckIn = new Map<string, string>();
  for (const r of records) if (r.kind === 'Key result') lastCheckIn.set(r.id, r.date);
  const keyResults = objectives.flatMap((o) =>
    o.keyResults.map((k) => {
      const last = lastCheckIn.get(String(k.id));
      return { ...k, objectiveId: o.objective.id, lastCheckIn: last ? day(last) : null };
    }),
  );

  writeRows(spreadsheet, TEMPLATE.owners, OWNERS);
  writeRows(spreadsheet, TEMPLATE.kras, KRAS);
  writeRows(
    spreadsheet,
    TEMPLATE.objectives,
    objectives.map((o) => o.objective),
  );
  writeRows(spreadsheet, TEMPLATE.keyResults, keyResults);

  const log = spreadsheet.getSheetByName(TEMPLATE.checkIns.name);
  if (log && records.length) {
    log
      .getRange(
        TEMPLATE.checkIns.headerRow + 1,
        1,
        records.length,
        TEMPLATE.checkIns.columns.length,
      )
      .setValues(cellValues(records.map(recordCells)));
  }
  return `Added the sample team: ${OWNERS.length} owners, ${objectives.length} objectives for ${period}, ${keyResults.length} key results and ${KRAS.length} KRA rows.`;
}

function writeRows(spreadsheet: Spreadsheet, spec: SheetSpec, rows: Row[]) {
  const sheet = spreadsheet.getSheetByName(spec.name);
  if (!sheet)
    throw new AddOnError('not-set-up', 'Run Set up sheets before adding the sample team.');
  if (sheet.getLastRow() > (spec.headerRow ?? 1)) {
    throw new AddOnError(
      'invalid-argument',
      `The sheet "${spec.name}" already has rows; the sample team goes only into empty sheets.`,
    );
  }

  const header = readHeader(sheet, spec.headerRow ?? 1);
  const columns = findTypedColumns(header, spec.columns);
  const block = rows.map((row) => {
    const cells: WritableValue[] = header.map(() => null);
    for (const [field, index] of columns) cells[index] = (row[field] ?? null) as WritableValue;
    return cells;
  });
  const firstRow = (spec.headerRow ?? 1) + 1;
  sheet.getRange(firstRow, 1, block.length, header.length).setValues(cellValues(block));

  // Percentages show as a person would have typed them (80%), as Sheets formats a typed 80%.
  rows.forEach((row, i) => {
    for (const field of row.percentFields ?? []) {
      const index = columns.get(field);
      if (index !== undefined) sheet.getRange(firstRow + i, index + 1).setNumberFormat('0%');
    }
  });
}
