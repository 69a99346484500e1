// The bad cells of a set-up workbook, found independently of a recalculation with the core's own
// readers: each must come back from Recalculate status as a problem naming sheet, row and column.

import { parseMilestone, parseNumber } from '../../src/core/numbers';
import { parsePeriod } from '../../src/core/periods';
import { readMetricType } from '../../src/core/progress';
import { readObjectiveType, readWeight } from '../../src/core/score';
import type { CellValue } from '../../src/core/types';
import type { LocalWorkbook } from '../../src/local/runtime';
import { findTypedColumns } from '../../src/sheets/headers';
import { TEMPLATE, type SheetSpec } from '../../src/sheets/template';
import { markedColumns } from './workbookChecks';

export interface CellAddress {
  sheet: string;
  row: number;
  column: string;
}

type Cells = (field: string) => CellValue;
type BadCellTest = (cells: Cells, locale: string) => string[];

const isProblem = (parsed: { kind: string }) => parsed.kind === 'problem';

/** Per sheet: the fields of a row whose cells are bad, by DOMAIN.md's rules. */
const BAD_FIELDS: Partial<Record<string, BadCellTest>> = {
  [TEMPLATE.objectives.name]: (cells) =>
    [
      parsePeriod(cells('period')) === null ? 'period' : '',
      readObjectiveType(cells('type')).problem ? 'type' : '',
    ].filter(Boolean),
  [TEMPLATE.keyResults.name]: (cells, locale) => {
    const metricType = readMetricType(cells('metricType'));
    const current =
      metricType === 'Milestone'
        ? parseMilestone(cells('current'), locale)
        : parseNumber(cells('current'), locale);
    return [
      metricType === 'unknown' ? 'metricType' : '',
      isProblem(parseNumber(cells('start'), locale)) ? 'start' : '',
      isProblem(parseNumber(cells('target'), locale)) ? 'target' : '',
      isProblem(current) ? 'current' : '',
      isProblem(readWeight(cells('weight'), locale)) ? 'weight' : '',
    ].filter(Boolean);
  },
  [TEMPLATE.kras.name]: (cells, locale) => {
    const weight = parseNumber(cells('weight'), locale);
    return [
      isProblem(parseNumber(cells('standard'), locale)) ? 'standard' : '',
      isProblem(parseNumber(cells('actual'), locale)) ? 'actual' : '',
      isProblem(weight) || (weight.kind === 'number' && weight.value < 0) ? 'weight' : '',
    ].filter(Boolean);
  },
};

const blank = (v: CellValue | undefined) =>
  v === undefined || v === '' || (typeof v === 'string' && v.trim() === '');

/** Every bad cell of the workbook's Objectives, Key Results and KRAs sheets. */
export function badCells(workbook: LocalWorkbook): CellAddress[] {
  const found: CellAddress[] = [];
  for (const spec of [TEMPLATE.objectives, TEMPLATE.keyResults, TEMPLATE.kras] as SheetSpec[]) {
    const test = BAD_FIELDS[spec.name];
    if (!test) continue;
    const values = workbook.values(spec.name) as CellValue[][];
    const header = values[0] ?? [];
    const typed = findTypedColumns(header, spec.columns, markedColumns(workbook, spec.name));
    const shown = (field: string) => {
      const index = typed.get(field);
      const typedHeader = index === undefined ? '' : String(header[index]).trim();
      return (
        typedHeader.replace(/\s+/g, ' ') ||
        String(spec.columns.find((c) => c.field === field)?.header)
      );
    };

    for (let r = 1; r < values.length; r++) {
      const cells: Cells = (field) => {
        const index = typed.get(field);
        return index === undefined ? '' : values[r][index];
      };
      if ([...typed.values()].every((c) => blank(values[r][c]))) continue;
      for (const field of test(cells, workbook.locale)) {
        found.push({ sheet: spec.name, row: r + 1, column: shown(field) });
      }
    }
  }
  return found;
}
