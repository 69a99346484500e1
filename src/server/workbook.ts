// Server functions over the workbook: set up, recalculate, sample, sidebar state, mapping,
// settings, selection. Each is a few lines that call down into the sheets layer.

import { AddOnError } from '../sheets/errors';
import { withDocumentLock } from '../sheets/lock';
import { recalculateWorkbook } from '../sheets/recalculate';
import { addSampleTeam as writeSampleTeam } from '../sheets/sample';
import { writeSettings } from '../sheets/settings';
import { acceptedZone, freshZone } from '../sheets/zone';
import { setUpWorkbook } from '../sheets/setup';
import { explainCell } from '../sheets/explain';
import {
  setObjectiveKra as writeObjectiveKra,
  sidebarState,
  unmappedSuggestions,
} from '../sheets/state';
import type { Results } from './contract';
import { showListDialog } from './menu';
import { clockFor, clockIn, documentProperties, serve, spreadsheet } from './run';

export function setUp(arg: unknown): Results['setUpSheets'] {
  return serve('setUpSheets', arg, () => {
    const result = withDocumentLock(() => setUpWorkbook(spreadsheet(), documentProperties()));
    console.info(`set up sheets: ${result.added.length} added, ${result.mapped.length} mapped`);
    if (result.added.length || result.mapped.length) {
      showListDialog('Set up sheets', result.message, [
        ...result.mapped.map((m) => `Recognised ${m}`),
        ...result.added.map((a) => `Added ${a}`),
      ]);
    }
    return result;
  });
}

export function recalculate(arg: unknown): Results['recalculateStatus'] {
  return serve('recalculateStatus', arg, (args) => {
    const book = spreadsheet();
    const properties = documentProperties();
    // The sidebar shows the result in its own line, and sends the time zone and locale it read
    // within ten minutes: a click from it saves the toast and those two calls.
    const fromSidebar = args?.fromSidebar === true;
    const zone = acceptedZone(args?.zone) ?? freshZone(book);
    const clock = clockIn(zone.timeZone);
    const result = withDocumentLock(() =>
      recalculateWorkbook(book, properties, clock, zone.locale),
    );
    console.info(`${result.message} (${clock.elapsedMs()} ms)`);
    if (!fromSidebar) book.toast(result.message, 'OKR & KRA Tracker', 5);
    return { message: result.message, report: result.report };
  });
}

export function sampleTeam(arg: unknown): Results['addSampleTeam'] {
  return serve('addSampleTeam', arg, () => {
    const book = spreadsheet();
    const today = clockFor(book).today;
    return { message: withDocumentLock(() => writeSampleTeam(book, today)) };
  });
}

export function state(arg: unknown): Results['getSidebarState'] {
  return serve('getSidebarState', arg, (args) => {
    const book = spreadsheet();
    return sidebarState(book, documentProperties(), clockFor(book).today, args?.period);
  });
}

export function mapObjective(arg: unknown): Results['setObjectiveKra'] {
  return serve('setObjectiveKra', arg, ({ objectiveId, kraId }) => {
    const book = spreadsheet();
    const today = clockFor(book).today;
    const message = withDocumentLock(() =>
      writeObjectiveKra(book, documentProperties(), today, objectiveId, kraId),
    );
    return { message };
  });
}

export function settings(arg: unknown): Results['saveSettings'] {
  return serve('saveSettings', arg, (args) =>
    withDocumentLock(() => writeSettings(documentProperties(), args)),
  );
}

export function select(arg: unknown): Results['selectRow'] {
  return serve('selectRow', arg, ({ sheet: name, row }) => {
    const sheet = spreadsheet().getSheetByName(name);
    if (!sheet) throw new AddOnError('unknown-id', `There is no sheet named "${name}".`);
    if (row > sheet.getMaxRows()) {
      throw new AddOnError('unknown-id', `The sheet "${name}" has no row ${row}.`);
    }
    sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    return { message: `Selected ${name} row ${row}.` };
  });
}

export function explain(arg: unknown): Results['explainSelection'] {
  return serve('explainSelection', arg, () => {
    const book = spreadsheet();
    return explainCell(book, documentProperties(), clockFor(book).today);
  });
}

export function suggest(arg: unknown): Results['suggestKras'] {
  return serve('suggestKras', arg, () => {
    const book = spreadsheet();
    return unmappedSuggestions(book, documentProperties(), clockFor(book).today);
  });
}
