// Column letters and whole-column A1 ranges, 1-based as Sheets counts them.

/** 1 -> A, 27 -> AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The whole column, e.g. 'L:L', where column-located developer metadata lives. */
export function wholeColumn(column: number): string {
  const letter = columnLetter(column);
  return `${letter}:${letter}`;
}
