import { findTypedColumns, foldHeader } from '../../src/sheets/headers';
import { TEMPLATE } from '../../src/sheets/template';

describe('headers as people type them', () => {
  it('case 24: a trailing space and a line break are folded', () => {
    expect(foldHeader('Weight ')).toBe('weight');
    expect(foldHeader('Key\nresult')).toBe('key result');
    expect(foldHeader('KEY\u00a0 RESULT')).toBe('key result');
  });

  it('finds columns in any order, with aliases and extra columns', () => {
    const header = ['Notes', 'Key\nresult', 'Baseline', 'Goal', 'Actual', 'Weight ', 'Extra', 'ID'];
    const columns = findTypedColumns(header, TEMPLATE.keyResults.columns);
    expect(Object.fromEntries(columns)).toEqual({
      notes: 0,
      keyResult: 1,
      start: 2,
      target: 3,
      current: 4,
      weight: 5,
      id: 7,
    });
  });

  it('prefers an exact header over an alias and uses each column once', () => {
    const header = ['Actual', 'Current', 'Value'];
    expect(findTypedColumns(header, TEMPLATE.keyResults.columns).get('current')).toBe(1);
  });

  it('never claims a column set aside for a computed one', () => {
    const header = ['ID', 'Status', 'Status'];
    const columns = findTypedColumns(header, TEMPLATE.objectives.columns, new Set([1]));
    expect(Object.fromEntries(columns)).toEqual({ id: 0 });
  });
});
