// The one wrapper every emulated object goes through on its way to the bundle. It counts calls
// (SpreadsheetApp objects only) and the cells they read or write, turns results into the vm's own
// Dates and errors into the vm's Error named 'Exception' (as Apps Script throws them), hides
// internals, and refuses methods the runtime does not emulate.

import { types } from 'node:util';

export interface Stats {
  serviceCalls: number;
  cellsRead: number;
  cellsWritten: number;
}

/** The constructors of the realm the bundle runs in (the vm context, or Node itself). */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export const HOST_REALM: Realm = { Date, Error };

/** Every object handed to the bundle. Methods starting with '_' stay internal. */
export abstract class Emulated {
  /** The Apps Script class name, which toString() gives as Apps Script does. */
  abstract readonly className: string;

  /** SpreadsheetApp, its objects and the Ui count as service calls; other services do not. */
  _counted(): boolean {
    return true;
  }

  /** Cells covered, for the cell counters; 0 for anything that is not a range. */
  _cellCount(): number {
    return 0;
  }

  toString(): string {
    return this.className;
  }
}

export class UnsupportedError extends Error {}

/** Range methods that read every cell of the range, one cell, or write every cell. */
const READS_ALL = new Set(
  'getValues getDisplayValues getFormulas getNotes getBackgrounds getFontColors getFontWeights getFontStyles getFontSizes getNumberFormats getDataValidations getHorizontalAlignments getVerticalAlignments getWraps getWrapStrategies'.split(
    ' ',
  ),
);
const READS_ONE = new Set(
  'getValue getDisplayValue getFormula getNote getBackground getFontColor getFontWeight getFontStyle getFontSize getNumberFormat getDataValidation getHorizontalAlignment getVerticalAlignment getWrap getWrapStrategy isBlank'.split(
    ' ',
  ),
);
const WRITES = new Set(
  'setValues setValue setFormula setFormulas setNote setNotes setBackground setBackgrounds setFontColor setFontColors setFontWeight setFontWeights setFontStyle setFontStyles setFontSize setFontSizes setNumberFormat setNumberFormats setDataValidation setDataValidations setHorizontalAlignment setHorizontalAlignments setVerticalAlignment setVerticalAlignments setWrap setWraps setWrapStrategy setWrapStrategies clear clearContent clearFormat clearNote clearDataValidations'.split(
    ' ',
  ),
);

/** Names a caller may probe without meaning a call (promises, JSON, test matchers). */
const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'constructor', 'inspect']);

export class Bridge {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(
    readonly stats: Stats,
    private readonly realm: Realm = HOST_REALM,
  ) {}

  /** A value on its way to the bundle. */
  wrap<T>(value: T): T {
    if (value instanceof Emulated) return this.proxyOf(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.wrap(v)) as T;
    if (types.isDate(value) && this.realm.Date !== Date) {
      return new this.realm.Date((value as Date).getTime()) as T;
    }
    return value;
  }

  /** A value coming from the bundle: proxies back to the objects they wrap. */
  unwrap(value: unknown): unknown {
    if (value !== null && typeof value === 'object') {
      const target = this.targets.get(value);
      if (target) return target;
      if (Array.isArray(value)) return value.map((v) => this.unwrap(v));
    }
    return value;
  }

  /** The error the bundle sees: the vm's own Error, named as Apps Script names it. */
  toBundleError(error: unknown): Error {
    const message = error instanceof Error ? error.message : String(error);
    const converted = new this.realm.Error(message);
    converted.name = 'Exception';
    return converted;
  }

  private proxyOf(target: Emulated): object {
    const existing = this.proxies.get(target);
    if (existing) return existing;

    const methods = new Map<string, unknown>();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === 'symbol') return Reflect.get(t, prop);
        let method = methods.get(prop);
        if (!method) {
          method = this.member(t, prop);
          if (typeof method === 'function') methods.set(prop, method);
        }
        return method;
      },
      set: () => false,
      has: (t, prop) => typeof prop === 'string' && this.member(t, prop) !== undefined,
      ownKeys: (t) => Object.keys(t).filter((k) => /^[A-Z]/.test(k)),
      getOwnPropertyDescriptor: (t, prop) =>
        typeof prop === 'string' && /^[A-Z]/.test(prop)
          ? Reflect.getOwnPropertyDescriptor(t, prop)
          : undefined,
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** What the bundle sees under `name`: an enum, a wrapped method, or a refusing stub. */
  private member(target: Emulated, name: string): unknown {
    if (/^[A-Z]/.test(name)) return Reflect.get(target, name);
    if (name === 'toString') return () => target.toString();

    const value = Reflect.get(target, name) as unknown;
    const internal = name.startsWith('_') || Object.prototype.hasOwnProperty.call(target, name);
    if (typeof value === 'function' && !internal && !PROBES.has(name)) {
      return this.method(target, name, value as (...args: unknown[]) => unknown);
    }
    if (PROBES.has(name) || !/^[a-z][A-Za-z0-9]*$/.test(name)) return undefined;
    return () => {
      throw this.toBundleError(
        new UnsupportedError(`not supported by the local runtime: ${target.className}.${name}`),
      );
    };
  }

  private method(target: Emulated, name: string, fn: (...args: unknown[]) => unknown) {
    return (...args: unknown[]) => {
      if (target._counted()) {
        this.stats.serviceCalls++;
        // For finding where service calls go: OKR_KRA_TRACE_CALLS=1 lists each one on stderr.
        if (process.env.OKR_KRA_TRACE_CALLS) console.error(`call ${target.className}.${name}`);
      }

      let result: unknown;
      try {
        result = fn.apply(
          target,
          args.map((a) => this.unwrap(a)),
        );
      } catch (error) {
        throw this.toBundleError(error);
      }

      this.countCells(target, name, result);
      return this.wrap(result);
    };
  }

  private countCells(target: Emulated, name: string, result: unknown) {
    // A Sheet's getSheetValues reads a grid without a Range object: its cells are what it returns.
    if (name === 'getSheetValues') {
      const grid = result as unknown[][];
      this.stats.cellsRead += grid.length * (grid[0]?.length ?? 0);
      return;
    }
    const cells = target._cellCount();
    if (cells === 0) return;
    if (READS_ALL.has(name)) this.stats.cellsRead += cells;
    else if (READS_ONE.has(name)) this.stats.cellsRead += 1;
    else if (WRITES.has(name)) this.stats.cellsWritten += cells;
  }
}
