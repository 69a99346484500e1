// Import a sheet: from the sidebar (a named sheet, the header row optional) or from the menu (the
// active sheet, its header found by itself, the result shown in a dialog).

import { importSheet as importFlatTable } from '../sheets/import';
import { withDocumentLock } from '../sheets/lock';
import type { Results } from './contract';
import { showListDialog } from './menu';
import { documentProperties, serve, spreadsheet } from './run';

export function importTable(arg: unknown): Results['importSheet'] {
  return serve('importSheet', arg, ({ sheet, headerRow }) => {
    const { message, objectives, keyResults } = runImport(sheet, headerRow);
    return { message, objectives, keyResults };
  });
}

/** The menu item: a menu callback takes no argument, so the active sheet is the one imported. */
export function importActive(): Results['importSheet'] {
  const sheet = spreadsheet().getActiveSheet().getName();
  return serve('importSheet', { sheet }, () => {
    const { message, objectives, keyResults, lines } = runImport(sheet);
    showListDialog('Import a sheet', message, lines);
    return { message, objectives, keyResults };
  });
}

function runImport(sheet: string, headerRow?: number) {
  const result = withDocumentLock(() =>
    importFlatTable(spreadsheet(), documentProperties(), sheet, headerRow),
  );
  console.info(
    `imported ${result.objectives} objectives and ${result.keyResults} key results from ${sheet}`,
  );
  return result;
}
