// Every function the sidebar calls checks its argument against the contract before any work.

import { schemas } from '../../src/server/contract';
import { serve } from '../../src/server/run';

describe('serve', () => {
  it('rejects an argument the contract does not allow, in one sentence', () => {
    const work = jest.fn();
    expect(() => serve('setObjectiveKra', { objectiveId: '', kraId: 'A1' }, work)).toThrow(
      'Invalid argument for setObjectiveKra (objectiveId): Too small: expected string to have >=1 characters',
    );
    expect(() => serve('saveSettings', { successBar: 2 }, work)).toThrow(
      /^Invalid argument for saveSettings \(successBar\): Too big: expected number to be <=1$/,
    );
    expect(() => serve('selectRow', { sheet: 'KRAs', row: 2, extra: 1 }, work)).toThrow(
      'Invalid argument for selectRow: Unrecognized key: "extra"',
    );
    expect(work).not.toHaveBeenCalled();
  });

  it('passes a valid argument through, and null as no argument', () => {
    expect(serve('selectRow', { sheet: 'KRAs', row: 2 }, (args) => args.row)).toBe(2);
    expect(serve('recalculateStatus', null, () => 'ran')).toBe('ran');
  });

  it('has a schema for every call the sidebar makes', () => {
    expect(Object.keys(schemas).sort()).toEqual([
      'addSampleTeam',
      'checkIn',
      'explainSelection',
      'getSidebarState',
      'importSheet',
      'recalculateStatus',
      'saveSettings',
      'selectRow',
      'setObjectiveKra',
      'setUpSheets',
      'startNextPeriod',
      'suggestKras',
    ]);
  });
});
