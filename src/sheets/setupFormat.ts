// The template's look laid over a sheet: bold frozen headers with notes, widths, number formats,
// dropdowns with help text, computed columns shaded and protected with a warning, banded rows and
// colour on Status, Health and Score. Only the columns the template knows are touched.

import { findTypedColumns } from './headers';
import { markValue } from './layout';
import { readHeader } from './setup';
import { columnLetter } from './columns';
import type { ColumnSpec, Dropdown, SheetSpec } from './template';
import { TEMPLATE } from './template';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const COMPUTED_BACKGROUND = '#f1f3f4';
export const PROTECTION_DESCRIPTION = 'OKR & KRA Tracker: computed by the add-on';
const GREEN = '#b7e1cd';
const YELLOW = '#fce8b2';
const RED = '#f4c7c3';

/** Where each template column of the sheet now stands (1-based). */
function templateColumns(sheet: Sheet, spec: SheetSpec, marks: Map<string, number>) {
  const headerRowNumber = spec.headerRow ?? 1;
  const header = readHeader(sheet, headerRowNumber);
  const computed = new Map<string, number>();
  for (const c of spec.columns.filter((col) => col.computed)) {
    const index = marks.get(markValue(spec.key, c.field));
    if (index !== undefined) computed.set(c.field, index);
  }
  const typed = findTypedColumns(header, spec.columns, new Set(computed.values()));
  const placed: { spec: ColumnSpec; column: number }[] = [];
  for (const c of spec.columns) {
    const index = c.computed ? computed.get(c.field) : typed.get(c.field);
    if (index !== undefined) placed.push({ spec: c, column: index + 1 });
  }
  return { header, placed, headerRowNumber };
}

export function formatSheet(
  sheet: Sheet,
  spec: SheetSpec,
  sheets: Map<string, Sheet>,
  marks: Map<string, number>,
) {
  const { header, placed, headerRowNumber } = templateColumns(sheet, spec, marks);
  if (header.length === 0) return;
  const firstDataRow = headerRowNumber + 1;
  const dataRows = Math.max(1, sheet.getMaxRows() - headerRowNumber);

  // Headers: bold, frozen, each with a note saying what the column holds.
  const headerRange = sheet.getRange(headerRowNumber, 1, 1, header.length);
  headerRange.setFontWeight('bold');
  const notes = headerRange.getNotes()[0];
  for (const { spec: c, column } of placed) notes[column - 1] = c.note;
  headerRange.setNotes([notes]);

  for (const { spec: c, column } of placed) {
    sheet.setColumnWidth(column, c.width);
    const data = sheet.getRange(firstDataRow, column, dataRows, 1);
    if (c.numberFormat) data.setNumberFormat(c.numberFormat);
    if (c.dropdown) data.setDataValidation(dropdownRule(c, c.dropdown, sheets));
    if (c.computed) data.setBackground(COMPUTED_BACKGROUND);
    if (c.hidden) sheet.hideColumns(column);
  }

  protectComputed(sheet, placed, firstDataRow, dataRows);
  colourBands(sheet, placed, firstDataRow, dataRows);
  if (sheet.getBandings().length === 0) {
    sheet
      .getRange(headerRowNumber, 1, dataRows + 1, header.length)
      .applyRowBanding(SpreadsheetApp.BandingTheme.LIGHT_GREY, true, false);
  }
  if (spec.ownedByAddOn) protectWholeSheet(sheet, spec);
}

function dropdownRule(column: ColumnSpec, dropdown: Dropdown, sheets: Map<string, Sheet>) {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  if (dropdown.kind === 'list') {
    builder.requireValueInList([...dropdown.values], true);
  } else {
    const source = sheets.get(dropdown.sheet) as Sheet;
    const sourceSpec: SheetSpec = TEMPLATE[dropdown.sheet];
    const header = readHeader(source, sourceSpec.headerRow ?? 1);
    const index = findTypedColumns(header, sourceSpec.columns).get(dropdown.field) ?? 0;
    const letter = columnLetter(index + 1);
    const first = (sourceSpec.headerRow ?? 1) + 1;
    builder.requireValueInRange(source.getRange(`${letter}${first}:${letter}`), true);
  }
  return builder.setHelpText(column.note).build();
}

/** Computed columns warn before an edit, so a person does not overwrite them by accident. */
function protectComputed(
  sheet: Sheet,
  placed: { spec: ColumnSpec; column: number }[],
  firstDataRow: number,
  dataRows: number,
) {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (protection.getDescription() === PROTECTION_DESCRIPTION) protection.remove();
  }
  for (const { spec: c, column } of placed) {
    if (!c.computed) continue;
    sheet
      .getRange(firstDataRow, column, dataRows, 1)
      .protect()
      .setDescription(PROTECTION_DESCRIPTION)
      .setWarningOnly(true);
  }
}

function protectWholeSheet(sheet: Sheet, spec: SheetSpec) {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing.length > 0) return;
  sheet
    .protect()
    .setDescription(`OKR & KRA Tracker: the ${spec.name} sheet is kept by the add-on`)
    .setWarningOnly(true);
}

/** Green, yellow and red on Status, Health and Score cells: the grade bands of DOMAIN.md. */
function colourBands(
  sheet: Sheet,
  placed: { spec: ColumnSpec; column: number }[],
  firstDataRow: number,
  dataRows: number,
) {
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const range = (field: string) => {
    const found = placed.find((p) => p.spec.field === field && p.spec.computed);
    return found ? sheet.getRange(firstDataRow, found.column, dataRows, 1) : null;
  };
  const text = (r: GoogleAppsScript.Spreadsheet.Range | null, value: string, colour: string) => {
    if (r)
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo(value)
          .setBackground(colour)
          .setRanges([r])
          .build(),
      );
  };

  for (const field of ['status']) {
    const r = range(field);
    text(r, 'Achieved', GREEN);
    text(r, 'On track', GREEN);
    text(r, 'Needs focus', YELLOW);
    text(r, 'At risk', RED);
    text(r, 'Missed', RED);
  }
  const health = range('health');
  text(health, 'Healthy', GREEN);
  text(health, 'Watch', YELLOW);
  text(health, 'Breach', RED);

  // Scores use the aspirational bands (0.7 and 0.4); committed rows are judged by their Status.
  for (const field of ['score', 'averageScore']) {
    const r = range(field);
    if (!r) continue;
    const band = SpreadsheetApp.newConditionalFormatRule().setRanges([r]);
    rules.push(band.whenNumberGreaterThanOrEqualTo(0.7).setBackground(GREEN).build());
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .setRanges([r])
        .whenNumberBetween(0.4, 0.69)
        .setBackground(YELLOW)
        .build(),
    );
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .setRanges([r])
        .whenNumberLessThan(0.4)
        .setBackground(RED)
        .build(),
    );
  }

  // Keep the team's own rules on other columns; ours are replaced.
  const ours = new Set(placed.filter((p) => p.spec.computed).map((p) => p.column));
  const kept = sheet
    .getConditionalFormatRules()
    .filter(
      (rule) => !rule.getRanges().some((r) => ours.has(r.getColumn()) && r.getNumColumns() === 1),
    );
  sheet.setConditionalFormatRules([...kept, ...rules]);
}
