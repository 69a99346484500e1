// The Status sheet's fixed parts, made once: the charts over the dashboard's fixed ranges, the
// colours of statuses and health, and a warning against editing by hand.

import {
  BOLD_ROWS_FORMULA,
  CHART_DATA_COLUMN,
  DASHBOARD_WIDTH,
  STATUS_COUNT_ROW,
} from './dashboard';
import { columnLetter } from './columns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const COLOURS: [string, string][] = [
  ['Achieved', '#b7e1cd'],
  ['On track', '#b7e1cd'],
  ['Healthy', '#b7e1cd'],
  ['Needs focus', '#fce8b2'],
  ['Watch', '#fce8b2'],
  ['At risk', '#f4c7c3'],
  ['Missed', '#f4c7c3'],
  ['Breach', '#f4c7c3'],
];

const STATUS_COLUMN_WIDTHS = [120, 320, 200, 110, 120, 110, 80, 40, 80, 60];

export function setUpStatusSheet(sheet: Sheet) {
  if (sheet.getCharts().length === 0) insertCharts(sheet);

  if (sheet.getConditionalFormatRules().length === 0) {
    // The sheet's own rows: a range past its last row does not exist (a new sheet has 1000).
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), DASHBOARD_WIDTH);
    const bold = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(BOLD_ROWS_FORMULA)
      .setBold(true)
      .setRanges([range])
      .build();
    const colours = COLOURS.map(([text, colour]) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground(colour)
        .setRanges([range])
        .build(),
    );
    sheet.setConditionalFormatRules([...colours, bold]);
  }

  // Wide enough for the tables' longest usual texts: objectives, indicators and warnings.
  STATUS_COLUMN_WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet
      .protect()
      .setDescription('OKR & KRA Tracker: the Status sheet is rebuilt on every recalculation')
      .setWarningOnly(true);
  }
}

function insertCharts(sheet: Sheet) {
  const statusCounts = sheet.getRange(STATUS_COUNT_ROW - 1, 1, 7, 2);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(statusCounts)
      .setNumHeaders(1)
      .setPosition(2, 12, 0, 0)
      .setOption('title', 'Objectives by status')
      .build(),
  );

  // Open-ended columns, so the chart follows however many objectives the period has.
  const first = columnLetter(CHART_DATA_COLUMN);
  const second = columnLetter(CHART_DATA_COLUMN + 1);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(`${first}${STATUS_COUNT_ROW - 1}:${second}`))
      .setNumHeaders(1)
      .setPosition(22, 12, 0, 0)
      .setOption('title', 'Objective scores')
      .setOption('hAxis', { minValue: 0, maxValue: 1 })
      .build(),
  );
}
