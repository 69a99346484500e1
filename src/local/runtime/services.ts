// The other services the add-on touches: PropertiesService (with Apps Script's size limits),
// Session, ScriptApp, Utilities, Logger, console and Charts' enums. None counts as a
// SpreadsheetApp call.

import { createHash, randomUUID } from 'node:crypto';
import { format as formatText, types } from 'node:util';

import { book, requireAuthorization, type RuntimeContext } from './context';
import { Emulated } from './counting';
import { formatDatePattern, isTimeZone } from './dates';
import { AuthMode, ChartType, Charset, DigestAlgorithm, enumName } from './enums';

/** 9 KB per value and 500 KB per store, as Apps Script's quotas say. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

abstract class Service extends Emulated {
  override _counted(): boolean {
    return false;
  }
}

export class Properties extends Service {
  readonly className = 'Properties';

  constructor(private readonly store: () => Record<string, string>) {
    super();
  }

  private _check(next: Record<string, string>) {
    let total = 0;
    for (const [key, value] of Object.entries(next)) {
      if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      total += Buffer.byteLength(key) + Buffer.byteLength(value);
    }
    if (total > MAX_STORE_BYTES) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }

  private _replace(next: Record<string, string>) {
    this._check(next);
    const store = this.store();
    for (const key of Object.keys(store)) delete store[key];
    Object.assign(store, next);
  }

  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store(), key) ? this.store()[key] : null;
  }

  setProperty(key: string, value: string): this {
    this._replace({ ...this.store(), [String(key)]: String(value) });
    return this;
  }

  getProperties(): Record<string, string> {
    return { ...this.store() };
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    const added = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, String(v)]));
    this._replace(deleteAllOthers ? added : { ...this.store(), ...added });
    return this;
  }

  deleteProperty(key: string): this {
    const next = { ...this.store() };
    delete next[key];
    this._replace(next);
    return this;
  }

  deleteAllProperties(): this {
    this._replace({});
    return this;
  }

  getKeys(): string[] {
    return Object.keys(this.store());
  }
}

export class PropertiesService extends Service {
  readonly className = 'PropertiesService';

  constructor(private readonly ctx: RuntimeContext) {
    super();
  }

  /** Document properties live in the workbook and are saved with it. */
  getDocumentProperties(): Properties {
    requireAuthorization(this.ctx, 'PropertiesService.getDocumentProperties');
    return new Properties(() => book(this.ctx).properties);
  }

  getUserProperties(): Properties {
    requireAuthorization(this.ctx, 'PropertiesService.getUserProperties');
    return new Properties(() => this.ctx.userProperties);
  }

  getScriptProperties(): Properties {
    requireAuthorization(this.ctx, 'PropertiesService.getScriptProperties');
    return new Properties(() => this.ctx.scriptProperties);
  }
}

export class User extends Service {
  readonly className = 'User';

  constructor(private readonly email: string) {
    super();
  }

  getEmail(): string {
    return this.email;
  }
}

export class Session extends Service {
  readonly className = 'Session';

  constructor(private readonly ctx: RuntimeContext) {
    super();
  }

  getScriptTimeZone(): string {
    return this.ctx.options.scriptTimeZone;
  }

  getActiveUser(): User {
    return new User(this.ctx.authMode === 'FULL' ? this.ctx.options.userEmail : '');
  }

  getEffectiveUser(): User {
    return new User(this.ctx.authMode === 'FULL' ? this.ctx.options.userEmail : '');
  }

  getActiveUserLocale(): string {
    return book(this.ctx).locale.split('_')[0];
  }

  /** A stable key per user, like Apps Script's, without revealing the address. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(this.ctx.options.userEmail).digest('base64').slice(0, 43);
  }
}

export class ScriptApp extends Service {
  readonly className = 'ScriptApp';
  readonly AuthMode = AuthMode;

  constructor(private readonly ctx: RuntimeContext) {
    super();
  }

  getScriptId(): string {
    return 'local-okr-kra-tracker';
  }

  getAuthMode(): unknown {
    return AuthMode[this.ctx.authMode];
  }
}

/** Utilities' digest algorithms, by their names in Node's crypto (MD2 is not offered there). */
const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export class Utilities extends Service {
  readonly className = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;

  /** As Apps Script: the digest as Java's signed bytes (-128 to 127), of the text's UTF-8 bytes. */
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const name = DIGESTS[enumName(algorithm)];
    if (!name) throw new Error(`Invalid argument: algorithm`);
    const encoding = charset === undefined || enumName(charset) === 'UTF_8' ? 'utf8' : 'ascii';
    const bytes = Array.isArray(value)
      ? Buffer.from((value as number[]).map((b) => b & 0xff))
      : Buffer.from(String(value), encoding);
    return [...createHash(name).update(bytes).digest()].map((b) => (b > 127 ? b - 256 : b));
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!types.isDate(date)) throw new Error('Invalid argument: date');
    if (!isTimeZone(timeZone)) throw new Error(`Invalid argument: timeZone`);
    return formatDatePattern((date as Date).getTime(), timeZone, String(format));
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatText(template, ...args);
  }

  /** Blocks the thread, as Apps Script's sleep does; capped at 5 minutes like Apps Script. */
  sleep(milliseconds: number): void {
    const ms = Math.min(Math.max(0, Number(milliseconds) || 0), 300_000);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  }

  getUuid(): string {
    return randomUUID();
  }
}

/** Logger.log and console write to the run's log, as Apps Script's execution log does. */
export class Logger extends Service {
  readonly className = 'Logger';

  constructor(private readonly logs: string[]) {
    super();
  }

  log(data: unknown, ...values: unknown[]): this {
    this.logs.push(`log: ${formatText(data, ...values)}`);
    return this;
  }

  getLog(): string {
    return this.logs.join('\n');
  }

  clear(): void {
    this.logs.length = 0;
  }
}

/** console inside the vm: plain functions, like the console Apps Script gives. */
export function capturedConsole(logs: string[]): Record<string, (...args: unknown[]) => void> {
  const level =
    (name: string) =>
    (...args: unknown[]) => {
      logs.push(`${name}: ${formatText(...args)}`);
    };
  return {
    log: level('log'),
    info: level('info'),
    warn: level('warn'),
    error: level('error'),
    debug: level('debug'),
  };
}

export class Charts extends Service {
  readonly className = 'Charts';
  readonly ChartType = ChartType;
}
