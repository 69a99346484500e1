// What every emulated object shares during a run: the workbook (whose data a reload may replace),
// the options, the record of what the UI showed, the logs, and the authorisation of the run.

import type { DocumentLockHolder } from './lock';
import type { BookData, Rect, SheetModel } from './model';
import type { UiLog } from './ui';
import type { LocalWorkbook } from './workbook';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface ResolvedOptions {
  bundleDir: string;
  lockWaitMs: number;
  userEmail: string;
  /** The project's time zone (appsscript.json), for Session.getScriptTimeZone. */
  scriptTimeZone: string;
}

export interface RuntimeContext {
  workbook: LocalWorkbook;
  options: ResolvedOptions;
  /** Changes per trigger: onOpen may run in NONE. */
  authMode: AuthModeName;
  ui: UiLog;
  logs: string[];
  /** The clock of the run (fixed by the `now` option). */
  now(): number;
  userProperties: Record<string, string>;
  scriptProperties: Record<string, string>;
  documentLock: DocumentLockHolder;
  /** The range a person last selected or the bundle activated. */
  activeRange: { sheetId: number; rect: Rect } | null;
}

export function book(ctx: RuntimeContext): BookData {
  return ctx.workbook.data;
}

export function findSheet(ctx: RuntimeContext, sheetId: number): SheetModel | undefined {
  return ctx.workbook.data.sheets.find((s) => s.id === sheetId);
}

/** The sheet a Sheet or Range object stands for; it may have been deleted since. */
export function sheetModel(ctx: RuntimeContext, sheetId: number): SheetModel {
  const sheet = findSheet(ctx, sheetId);
  if (!sheet) throw new Error('The sheet has been deleted.');
  return sheet;
}

/** Services a script may not touch before the user has authorised it (onOpen in NONE). */
export function requireAuthorization(ctx: RuntimeContext, call: string) {
  if (ctx.authMode !== 'NONE') return;
  throw new Error(
    `You do not have permission to call ${call}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
  );
}
