// The spreadsheet's time zone and locale (File › Settings): "today" and dates come from the one,
// numbers typed as text are read in the other. Reading them costs a call each. The sidebar's state
// carries them, and the sidebar's Recalculate sends them back while they are under ten minutes old,
// so that a click need not ask the spreadsheet again.

import { isKnownTimeZone } from '../core/numbers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Zone {
  timeZone: string;
  locale: string;
}

export function freshZone(spreadsheet: Spreadsheet): Zone {
  return {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    locale: spreadsheet.getSpreadsheetLocale(),
  };
}

const LOCALE = /^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$/;

/** A zone sent by the sidebar, if it is one Sheets could have given (an IANA zone, a locale). */
export function acceptedZone(zone: Zone | undefined): Zone | null {
  return zone && LOCALE.test(zone.locale) && isKnownTimeZone(zone.timeZone) ? zone : null;
}
