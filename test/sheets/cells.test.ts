import { cellValue, cellValues, day } from '../../src/sheets/cells';

describe('cellValue, the one write path', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['\rReturn', "'\rReturn"],
    ['007', "'007"],
    ['1/2', "'1/2"],
    ['TRUE', "'TRUE"],
    ['On track', "'On track"],
    ["'quoted", "''quoted"],
  ])('keeps the text %j as text', (text, written) => {
    expect(cellValue(text)).toBe(written);
  });

  it('writes numbers, booleans and blanks as they are', () => {
    expect(cellValues([[0.5, true, null, '', Number.NaN]])).toEqual([[0.5, true, '', '', '']]);
  });

  it('writes the add-on’s own days unescaped, so they become dates', () => {
    expect(cellValue(day('2026-02-14'))).toBe('2026-02-14');
    expect(cellValue(day('=HYPERLINK()'))).toBe('');
  });
});
