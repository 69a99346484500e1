// The add-on menu, the sidebar and the help dialog.

import { HELP_HTML } from './help';

export const SIDEBAR_TITLE = 'OKR & KRA Tracker';

/** Builds the menu only: in AuthMode.NONE nothing else may be touched. */
export function buildMenu() {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addItem('Recalculate status', 'recalculateStatus')
    .addItem('Set up sheets', 'setUpSheets')
    .addItem('Import a sheet…', 'importActiveSheet')
    .addItem('Start next period', 'startNextPeriodFromMenu')
    .addSeparator()
    .addItem('Help', 'showHelp')
    .addToUi();
}

export function openSidebar() {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function openHelp() {
  const html = HtmlService.createHtmlOutput(HELP_HTML).setWidth(460).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, 'How OKR & KRA Tracker scores');
}

/** A short dialog listing lines of text; every line is escaped, as it may come from a cell. */
export function showListDialog(title: string, intro: string, lines: string[]) {
  const items = lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  const html = HtmlService.createHtmlOutput(
    `<div style="font:13px Arial,sans-serif"><p>${escapeHtml(intro)}</p><ul>${items}</ul></div>`,
  )
    .setWidth(420)
    .setHeight(360);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
