// Everything Google Sheets may call: triggers, menu items and google.script.run targets. The
// build appends a top-level function for each export; nothing else belongs in this file.

import { nextPeriod, nextPeriodFromMenu, recordCheckIn } from './cadence';
import { importActive, importTable } from './import';
import { buildMenu, openHelp, openSidebar } from './menu';
import {
  explain,
  mapObjective,
  recalculate,
  sampleTeam,
  select,
  settings,
  setUp,
  state,
  suggest,
} from './workbook';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen) {
  buildMenu();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall) {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar() {
  openSidebar();
}

export function showHelp() {
  openHelp();
}

export const setUpSheets = setUp;
export const recalculateStatus = recalculate;
export const addSampleTeam = sampleTeam;
export const getSidebarState = state;
export const setObjectiveKra = mapObjective;
export const saveSettings = settings;
export const selectRow = select;
export const explainSelection = explain;
export const suggestKras = suggest;
export const checkIn = recordCheckIn;
export const startNextPeriod = nextPeriod;
export const startNextPeriodFromMenu = nextPeriodFromMenu;
export const importSheet = importTable;
export const importActiveSheet = importActive;
