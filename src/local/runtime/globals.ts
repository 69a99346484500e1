// The Apps Script globals over one workbook, every service object wrapped by the counting bridge.
// The vm runtime installs them as the bundle's globals; tests may call them directly.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { AuthModeName, ResolvedOptions, RuntimeContext } from './context';
import { Bridge, HOST_REALM, type Realm, type Stats } from './counting';
import { FileLock, LockService, MemoryLock, type DocumentLockHolder } from './lock';
import {
  capturedConsole,
  Charts,
  Logger,
  PropertiesService,
  ScriptApp,
  Session,
  Utilities,
} from './services';
import { SpreadsheetApp } from './spreadsheet';
import { HtmlService, newUiLog, type UiLog } from './ui';
import type { LocalWorkbook } from './workbook';
import { startSyncReader } from './xlsxSync';

export interface RuntimeOptions {
  /** Where Code.js, the HTML files and appsscript.json are; default 'dist'. */
  bundleDir?: string;
  /** Fixes new Date() and Date.now() inside the vm (the command line's --today). */
  now?: Date;
  /** The longest a lock waits, whatever the bundle asks; default 30000. */
  lockWaitMs?: number;
  authMode?: AuthModeName;
  userEmail?: string;
  /** The .xlsx whose lock file serialises processes; default the file the workbook came from. */
  filePath?: string;
}

export interface Environment {
  globals: Record<string, unknown>;
  stats: Stats;
  ui: UiLog;
  logs: string[];
  context: RuntimeContext;
  bridge: Bridge;
  /** Lets go of the document lock the bundle took (after saving, or when giving up). */
  releaseLock(): void;
}

const DEFAULT_LOCK_WAIT_MS = 30_000;
const DEFAULT_USER = 'user@example.com';

/** The project's time zone from appsscript.json next to the bundle. */
function scriptTimeZone(bundleDir: string): string {
  const manifest = join(bundleDir, 'appsscript.json');
  if (!existsSync(manifest)) return 'Etc/UTC';
  try {
    const { timeZone } = JSON.parse(readFileSync(manifest, 'utf8')) as { timeZone?: string };
    return timeZone ?? 'Etc/UTC';
  } catch {
    return 'Etc/UTC';
  }
}

function documentLock(workbook: LocalWorkbook, filePath: string | undefined): DocumentLockHolder {
  const lockFile = filePath ?? workbook.path;
  if (!lockFile) return new MemoryLock(workbook);

  // Only the workbook's own file can be reloaded into it.
  const ownFile = workbook.path !== null && resolve(workbook.path) === resolve(lockFile);
  if (ownFile) startSyncReader();
  return new FileLock(lockFile, () => {
    if (ownFile) workbook.reloadIfChanged();
  });
}

export function createEnvironment(
  workbook: LocalWorkbook,
  options: RuntimeOptions = {},
  realm: Realm = HOST_REALM,
): Environment {
  const bundleDir = resolve(options.bundleDir ?? 'dist');
  const resolved: ResolvedOptions = {
    bundleDir,
    lockWaitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
    userEmail: options.userEmail ?? DEFAULT_USER,
    scriptTimeZone: scriptTimeZone(bundleDir),
  };
  const fixedNow = options.now?.getTime();
  const lock = documentLock(workbook, options.filePath);

  const context: RuntimeContext = {
    workbook,
    options: resolved,
    authMode: options.authMode ?? 'FULL',
    ui: newUiLog(),
    logs: [],
    now: () => fixedNow ?? Date.now(),
    userProperties: {},
    scriptProperties: {},
    documentLock: lock,
    activeRange: null,
  };
  const stats: Stats = { serviceCalls: 0, cellsRead: 0, cellsWritten: 0 };
  const bridge = new Bridge(stats, realm);

  const globals: Record<string, unknown> = {
    SpreadsheetApp: bridge.wrap(new SpreadsheetApp(context)),
    HtmlService: bridge.wrap(new HtmlService(context)),
    PropertiesService: bridge.wrap(new PropertiesService(context)),
    LockService: bridge.wrap(new LockService(context)),
    Session: bridge.wrap(new Session(context)),
    ScriptApp: bridge.wrap(new ScriptApp(context)),
    Utilities: bridge.wrap(new Utilities()),
    Logger: bridge.wrap(new Logger(context.logs)),
    Charts: bridge.wrap(new Charts()),
    console: capturedConsole(context.logs),
  };
  return {
    globals,
    stats,
    ui: context.ui,
    logs: context.logs,
    context,
    bridge,
    releaseLock: () => lock.release(),
  };
}

/** The object installed as the vm's globals, for running sheets-layer code directly in tests. */
export function createGlobals(
  workbook: LocalWorkbook,
  options: RuntimeOptions = {},
): Record<string, unknown> {
  return createEnvironment(workbook, options).globals;
}
