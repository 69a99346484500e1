// One command-line session over one workbook file: load (or create) it, run the built add-on in
// the local runtime, save. Shared by the command line and the preview server.

import { existsSync } from 'node:fs';
import path from 'node:path';

import { AppsScriptRuntime, LocalWorkbook } from './runtime';

/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {}

export interface WorkbookOptions {
  locale?: string;
  timeZone?: string;
  /** YYYY-MM-DD: the day the add-on takes as today. */
  today?: string;
  /** Create the file when it does not exist (setup only). */
  create?: boolean;
  bundleDir?: string;
  lockWaitMs?: number;
}

export interface Session {
  workbook: LocalWorkbook;
  runtime: AppsScriptRuntime;
  call(name: string, ...args: unknown[]): unknown;
  save(file: string): Promise<void>;
  /**
   * Saves only when the call changed the workbook's data: a read-only call must not write back a
   * copy loaded before another process's save. Which sheet is active is a person's view, not
   * data, so it alone does not count as a change.
   */
  saveIfChanged(file: string): Promise<boolean>;
  dispose(): void;
}

export function defaultBundleDir(): string {
  return path.join(__dirname, '..', 'dist');
}

const LOCALE = /^[a-z]{2,3}(_[A-Z]{2})?$/;

export async function openWorkbook(file: string, options: WorkbookOptions): Promise<Session> {
  // Checked before anything is read, so a bad date is a usage error.
  if (options.today) noonOf(options.today);
  if (options.locale !== undefined && !LOCALE.test(options.locale)) {
    throw new UsageError(`--locale must look like en_US or de_DE, not ${options.locale}`);
  }
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) {
    throw new UsageError(
      `--time-zone must be an IANA zone such as Europe/Berlin, not ${options.timeZone}`,
    );
  }

  let workbook: LocalWorkbook;
  if (existsSync(file)) {
    try {
      workbook = await LocalWorkbook.load(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`cannot read ${file}: ${reason}`);
    }
  } else if (options.create) {
    workbook = LocalWorkbook.create({
      locale: options.locale,
      timeZone: options.timeZone,
      name: path.basename(file, '.xlsx'),
    });
  } else {
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (options.locale) workbook.locale = options.locale;
  if (options.timeZone) workbook.timeZone = options.timeZone;

  const runtime = new AppsScriptRuntime(workbook, {
    bundleDir: options.bundleDir ?? defaultBundleDir(),
    now: options.today ? noonOf(options.today, workbook.timeZone) : undefined,
    filePath: existsSync(file) ? path.resolve(file) : undefined,
    lockWaitMs: options.lockWaitMs ?? envLockWait(),
  });
  const snapshot = () => JSON.stringify({ ...workbook.data, activeSheetId: 0 });
  const before = snapshot();
  const localeChanged = Boolean(options.locale || options.timeZone);
  return {
    workbook,
    runtime,
    call: (name, ...args) => runtime.call(name, ...args),
    save: (target) => runtime.save(target),
    saveIfChanged: async (target) => {
      if (!localeChanged && snapshot() === before) return false;
      await runtime.save(target);
      return true;
    },
    dispose: () => runtime.dispose(),
  };
}

/** Tests shorten the lock wait through the environment. */
function envLockWait(): number | undefined {
  const value = Number(process.env.OKR_KRA_LOCK_WAIT_MS);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Noon of `day` in `timeZone`, so that the day is the same however the zone is offset. */
export function noonOf(day: string, timeZone = 'UTC'): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const guess = match ? Date.UTC(+match[1], +match[2] - 1, +match[3], 12) : NaN;
  const year = match ? Number(match[1]) : 0;
  const valid = match && !Number.isNaN(guess) && year >= 1000 && year <= 9998;
  if (!valid || new Date(guess).toISOString().slice(0, 10) !== day) {
    throw new UsageError(`--today must be a date written YYYY-MM-DD, not ${day}`);
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess - (shown - guess));
}
