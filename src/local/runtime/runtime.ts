// Runs the add-on's built bundle (dist/Code.js) in a fresh node:vm context over the emulated
// services, the way Apps Script runs it: top-level functions called by name, arguments and
// results crossing as JSON like google.script.run, six minutes at most per call.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

import type { AuthModeName } from './context';
import type { Realm, Stats } from './counting';
import { AuthMode } from './enums';
import { createEnvironment, type Environment, type RuntimeOptions } from './globals';
import { Spreadsheet } from './spreadsheet';
import type { UiLog } from './ui';
import type { LocalWorkbook } from './workbook';

/** Apps Script stops an execution after six minutes. */
const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

interface PendingCall {
  name: string;
  /** JSON for google.script.run calls; values as they are for triggers. */
  args: string | unknown[];
  json: boolean;
}

/** Inside the vm: a Date whose now is fixed, and the one entry point the host calls. */
const PRELUDE = `(function (fixedNow, host) {
  if (fixedNow !== null) {
    var RealDate = Date;
    var FixedDate = function Date() {
      if (!new.target) return new RealDate(fixedNow).toString();
      return arguments.length === 0 ? new RealDate(fixedNow) : Reflect.construct(RealDate, arguments);
    };
    FixedDate.prototype = RealDate.prototype;
    FixedDate.now = function () { return fixedNow; };
    FixedDate.UTC = RealDate.UTC;
    FixedDate.parse = RealDate.parse;
    globalThis.Date = FixedDate;
  }
  Object.defineProperty(globalThis, '__okrKraInvoke', { value: function () {
    var call = host.pending();
    var fn = globalThis[call.name];
    var args = typeof call.args === 'string' ? JSON.parse(call.args) : call.args;
    var result = fn.apply(globalThis, args);
    if (!call.json) return null;
    var text = result === undefined ? undefined : JSON.stringify(result);
    return text === undefined ? null : text;
  } });
  return { Date: RealDate || Date, Error: Error };
})`;

/** An error from the bundle as the host sees it: same name, message and code. */
function hostError(error: unknown): Error {
  const source = (error ?? {}) as {
    name?: string;
    message?: string;
    code?: string;
    stack?: string;
  };
  if (source.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
    return new Error('Exceeded maximum execution time');
  }
  const converted = Object.assign(new Error(source.message ?? String(error)), { cause: error });
  converted.name = source.name ?? 'Error';
  if (source.code !== undefined) Object.assign(converted, { code: source.code });
  if (source.stack) converted.stack = source.stack;
  return converted;
}

/** Trailing undefined arguments are not sent, as google.script.run does not send them. */
function jsonArgs(args: unknown[]): string {
  const sent = [...args];
  while (sent.length && sent[sent.length - 1] === undefined) sent.pop();
  return JSON.stringify(sent);
}

export class AppsScriptRuntime {
  readonly stats: Stats;
  readonly ui: UiLog;
  readonly logs: string[];
  private readonly env: Environment;
  private readonly context: vm.Context;
  private readonly invoke = new vm.Script('__okrKraInvoke()');
  private pending: PendingCall | null = null;
  private disposed = false;

  /** Evaluates the bundle once in a fresh vm context with the emulated globals. */
  constructor(
    readonly workbook: LocalWorkbook,
    private readonly options: RuntimeOptions = {},
  ) {
    this.context = vm.createContext({});
    const prelude = new vm.Script(PRELUDE).runInContext(this.context) as (
      now: number | null,
      host: { pending: () => PendingCall | null },
    ) => Realm;
    const realm = prelude(options.now?.getTime() ?? null, { pending: () => this.pending });

    this.env = createEnvironment(workbook, options, realm);
    Object.assign(this.context, this.env.globals);
    this.stats = this.env.stats;
    this.ui = this.env.ui;
    this.logs = this.env.logs;

    const path = join(this.env.context.options.bundleDir, 'Code.js');
    const code = readFileSync(path, 'utf8');
    try {
      new vm.Script(code, { filename: path }).runInContext(this.context, {
        timeout: EXECUTION_LIMIT_MS,
      });
    } catch (error) {
      throw hostError(error);
    }
  }

  private run(call: PendingCall, authMode: AuthModeName): unknown {
    if (this.disposed) throw new Error('The runtime has been disposed.');
    // Only the bundle's own top-level functions, as Apps Script runs: not what a context inherits
    // (constructor, toString), nor the runtime's own helpers (named with a leading underscore).
    const own = Object.prototype.hasOwnProperty.call(this.context, call.name);
    if (!own || call.name.startsWith('_') || typeof this.context[call.name] !== 'function') {
      throw new Error(`Script function not found: ${call.name}`);
    }

    const previous = this.env.context.authMode;
    this.env.context.authMode = authMode;
    this.pending = call;
    try {
      return this.invoke.runInContext(this.context, { timeout: EXECUTION_LIMIT_MS });
    } catch (error) {
      throw hostError(error);
    } finally {
      this.pending = null;
      this.env.context.authMode = previous;
    }
  }

  /** Calls a top-level function as google.script.run does: JSON in, JSON out (undefined: null). */
  call(functionName: string, ...args: unknown[]): unknown {
    const text = this.run(
      { name: functionName, args: jsonArgs(args), json: true },
      this.options.authMode ?? 'FULL',
    );
    return typeof text === 'string' ? JSON.parse(text) : null;
  }

  /** Runs a simple trigger with its event; a bundle without that trigger is left alone. */
  trigger(name: 'onOpen' | 'onInstall', event: object = {}): void {
    if (typeof this.context[name] !== 'function') return;
    const given = (event as { authMode?: unknown }).authMode;
    const mode = (
      given === undefined ? (this.options.authMode ?? 'FULL') : String(given)
    ) as AuthModeName;
    if (!['NONE', 'LIMITED', 'FULL'].includes(mode)) throw new Error(`Unknown auth mode: ${mode}`);

    const { bridge, context } = this.env;
    const source = mode === 'NONE' ? {} : { source: bridge.wrap(new Spreadsheet(context)) };
    this.run(
      { name, args: [{ ...event, ...source, authMode: AuthMode[mode] }], json: false },
      mode,
    );
  }

  resetStats(): void {
    this.stats.serviceCalls = 0;
    this.stats.cellsRead = 0;
    this.stats.cellsWritten = 0;
  }

  /** Saves the workbook (to its own file by default) and lets go of the document lock. */
  async save(path?: string): Promise<void> {
    const target = path ?? this.options.filePath ?? this.workbook.path;
    if (!target) throw new Error('No file to save to: pass a path.');
    try {
      await this.workbook.save(target);
    } finally {
      this.env.releaseLock();
    }
  }

  /** Lets go of the document lock without saving; the runtime cannot be called after this. */
  dispose(): void {
    this.env.releaseLock();
    this.disposed = true;
  }
}
