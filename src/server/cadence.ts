// Server functions of the team's rhythm: a key result check-in, and starting the next period
// (from the sidebar, the command line or the add-on menu).

import { currentPeriodKey, nextPeriodKey } from '../core/periods';
import { checkInKeyResult, shownCurrent } from '../sheets/checkIn';
import { withDocumentLock } from '../sheets/lock';
import { startNextPeriod } from '../sheets/nextPeriod';
import { recalculateWorkbook } from '../sheets/recalculate';
import { freshZone } from '../sheets/zone';
import type { Results } from './contract';
import { showListDialog } from './menu';
import { clockFor, clockIn, documentProperties, serve, spreadsheet } from './run';

export function recordCheckIn(arg: unknown): Results['checkIn'] {
  return serve('checkIn', arg, (args) => {
    const book = spreadsheet();
    const properties = documentProperties();
    const zone = freshZone(book);
    const clock = clockIn(zone.timeZone);

    // One lock for both steps: the lock is not re-entrant, and nobody may write in between.
    const { record, recalculated } = withDocumentLock(() => ({
      record: checkInKeyResult(book, properties, clock.today, args, zone),
      recalculated: recalculateWorkbook(book, properties, clock, zone.locale),
    }));
    const message = `Checked in ${record.id} at ${shownCurrent(args.current)}; ${lowerFirst(recalculated.message)}`;
    console.info(`${message} (${clock.elapsedMs()} ms)`);
    return { message };
  });
}

export function nextPeriod(arg: unknown): Results['startNextPeriod'] {
  return serve('startNextPeriod', arg, ({ from, to }) => ({ copied: carryOver(from, to) }));
}

/** The menu item: from the current quarter to the next, with the outcome in a dialog. */
export function nextPeriodFromMenu(): Results['startNextPeriod'] {
  const from = currentPeriodKey(clockFor(spreadsheet()).today);
  const to = nextPeriodKey(from) ?? from;
  return serve('startNextPeriod', { from, to }, (args) => {
    const copied = carryOver(args.from, args.to);
    const count = `${copied.length} aspirational objective${copied.length === 1 ? '' : 's'}`;
    const intro = copied.length
      ? `Carried ${count} from ${from} into ${to}; recalculate status to score them.`
      : `Nothing to carry from ${from} into ${to}: no unfinished aspirational objective is left behind.`;
    showListDialog(
      'Start next period',
      intro,
      copied.map((c) => `${c.from} → ${c.to}`),
    );
    return { copied };
  });
}

function carryOver(from: string, to: string) {
  const book = spreadsheet();
  const today = clockFor(book).today;
  const copied = withDocumentLock(() =>
    startNextPeriod(book, documentProperties(), today, from, to),
  );
  console.info(`start next period ${from} → ${to}: ${copied.length} objectives carried`);
  return copied;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
