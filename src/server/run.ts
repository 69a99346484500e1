// Every public function goes through `serve`: arguments validated against the contract, typed
// errors turned into one clear sentence for the user, anything else logged with its cause.

import { en } from 'zod/locales';
import * as z from 'zod/mini';

import { AddOnError } from '../sheets/errors';
import type { Clock } from '../sheets/recalculate';
import { schemas, type CallName } from './contract';

export function serve<N extends CallName, R>(
  name: N,
  arg: unknown,
  work: (args: z.output<(typeof schemas)[N]>) => R,
): R {
  // zod/mini carries no messages until a locale is configured; done here, not at load time.
  z.config(en());

  // google.script.run sends no argument as undefined; the local runtime's JSON sends null.
  const parsed = schemas[name].safeParse(arg === null ? undefined : arg);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
    throw new Error(`Invalid argument for ${name}${where}: ${issue.message}`);
  }

  try {
    return work(parsed.data as z.output<(typeof schemas)[N]>);
  } catch (error) {
    if (error instanceof AddOnError) throw new Error(error.message, { cause: error });
    console.error(`${name} failed`, error);
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Something went wrong in ${name}: ${detail}`, { cause: error });
  }
}

export function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** "Today" is the calendar day in the spreadsheet's time zone. */
export function clockFor(book: GoogleAppsScript.Spreadsheet.Spreadsheet): Clock {
  return clockIn(book.getSpreadsheetTimeZone());
}

export function clockIn(timeZone: string): Clock {
  const started = new Date();
  const startedMs = started.getTime();
  return {
    today: Utilities.formatDate(started, timeZone, 'yyyy-MM-dd'),
    timeZone,
    startedLabel: Utilities.formatDate(started, timeZone, 'yyyy-MM-dd HH:mm'),
    startedAt: started.toISOString(),
    elapsedMs: () => Date.now() - startedMs,
  };
}
