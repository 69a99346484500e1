// The bundle end to end in the local runtime: set up, the sample team, recalculation.

import { TEMPLATE } from '../../src/sheets/template';
import { harness, records, sampleHarness } from '../helpers/bundle';

type Report = {
  objectives: {
    id: string;
    score: number | null;
    status: string | null;
    forecast: number | null;
  }[];
  keyResults: {
    id: string;
    progress: number | null;
    score: number | null;
    status: string | null;
    forecast: number | null;
  }[];
  kras: {
    id: string;
    meetsStandard: boolean | null;
    consistency: number | null;
    health: string | null;
  }[];
  problems: { sheet: string; row: number; column: string; message: string }[];
  warnings: { check: string; message: string; ids: string[] }[];
};

const TYPED_SHEETS = [TEMPLATE.objectives, TEMPLATE.keyResults, TEMPLATE.kras, TEMPLATE.owners];

describe('Set up sheets on an empty workbook', () => {
  it('creates every sheet with the template headers in order', () => {
    const h = harness();
    h.call('setUpSheets');

    expect(h.workbook.sheetNames()).toEqual(
      expect.arrayContaining([
        'Objectives',
        'Key Results',
        'KRAs',
        'Owners',
        'Status',
        'Check-ins',
      ]),
    );
    for (const spec of TYPED_SHEETS) {
      expect(h.workbook.values(spec.name)[0]).toEqual(spec.columns.map((c) => c.header));
    }
    expect(h.workbook.values('Check-ins')[1]).toEqual(
      TEMPLATE.checkIns.columns.map((c) => c.header),
    );
  });
});

describe('Recalculate status on the sample team, 2026-02-14', () => {
  const h = sampleHarness('2026-02-14');
  const typedBefore = Object.fromEntries(
    TYPED_SHEETS.map((spec) => [spec.name, records(h.workbook, spec.name)]),
  );
  const { report } = h.call<{ message: string; report: Report }>('recalculateStatus');
  const keyResult = (id: string) => report.keyResults.find((k) => k.id === id);
  const objective = (id: string) => report.objectives.find((o) => o.id === id);

  it.each([
    ['KR2', { id: 'KR2', progress: 0.5, score: 0.5, status: 'On track', forecast: 1 }],
    ['KR3', { id: 'KR3', progress: 0, score: 0, status: 'At risk', forecast: 0 }],
    ['KR5', { id: 'KR5', progress: 0.4, score: 0.4, status: 'On track', forecast: 0.82 }],
    ['KR6', { id: 'KR6', progress: 1, score: 1, status: 'Achieved', forecast: 1 }],
    ['KR7', { id: 'KR7', progress: 0.5, score: 0.5, status: 'On track', forecast: 1 }],
    ['KR8', { id: 'KR8', progress: 0.24, score: 0.24, status: 'Needs focus', forecast: 0.49 }],
    ['KR9', { id: 'KR9', progress: 0, score: 0, status: 'Not started', forecast: null }],
    ['KR12', { id: 'KR12', progress: 0, score: 0, status: 'Not started', forecast: null }],
  ])('%s follows DOMAIN.md', (id, expected) => {
    expect(keyResult(id)).toEqual(expected);
  });

  it('KR1 decreases from 12 to 4 and stands at 9', () => {
    expect(keyResult('KR1')?.progress).toBeCloseTo(0.375, 10);
    expect(keyResult('KR1')?.score).toBe(0.38);
    expect(keyResult('KR1')?.status).toBe('On track');
  });

  it('a committed objective is judged against 1.0', () => {
    expect(objective('O3')).toEqual({ id: 'O3', score: 0.75, status: 'On track', forecast: 1 });
  });

  it('KRA health comes from the standard and the recorded days', () => {
    expect(report.kras.find((k) => k.id === 'A1')).toEqual({
      id: 'A1',
      meetsStandard: true,
      consistency: 0.8,
      health: 'Watch',
    });
    expect(report.kras.find((k) => k.id === 'A4')).toEqual({
      id: 'A4',
      meetsStandard: false,
      consistency: 0,
      health: 'Breach',
    });
  });

  it('writes the computed columns and leaves every typed cell as it was', () => {
    for (const spec of TYPED_SHEETS) {
      const typed = spec.columns.filter((c) => !c.computed).map((c) => c.header);
      const pick = (rows: Record<string, unknown>[]) =>
        rows.map((row) => Object.fromEntries(typed.map((t) => [t, row[t]])));
      expect(pick(records(h.workbook, spec.name))).toEqual(pick(typedBefore[spec.name]));
    }
    const kr2 = records(h.workbook, 'Key Results').find((r) => r.ID === 'KR2');
    expect(kr2).toMatchObject({ Progress: 0.5, Score: 0.5, Status: 'On track', Forecast: 1 });
  });

  it('has no problem in the sample, and warns about the unmapped objective', () => {
    expect(report.problems).toEqual([]);
    expect(
      report.warnings.filter((w) => w.check === 'unmapped-objective').map((w) => w.ids),
    ).toEqual([['O2'], ['O5']]);
  });
});

describe('Set up sheets again on a full workbook', () => {
  it('keeps every row and every cell', () => {
    const h = sampleHarness();
    h.call('recalculateStatus');
    const before = Object.fromEntries(
      ['Objectives', 'Key Results', 'KRAs', 'Owners', 'Check-ins'].map((name) => [
        name,
        h.workbook.values(name),
      ]),
    );

    const result = h.call<{ added: string[]; mapped: string[] }>('setUpSheets');

    expect(result).toMatchObject({ added: [], mapped: [] });
    for (const [name, values] of Object.entries(before)) {
      expect(h.workbook.values(name)).toEqual(values);
    }
  });
});
