// The preview server: the workbook file and the real dist bundle behind one local web page, so
// the sidebar can be tried in a browser with no Google account. Calls run one at a time.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

import { serve } from '@hono/node-server';

import { AppsScriptRuntime, LocalWorkbook } from '../runtime';
import { noonOf } from '../session';
import { previewApp, type ActiveRow, type PreviewBackend, type SheetsView } from './app';

export interface PreviewOptions {
  /** The .xlsx the preview reads before and saves after every call. */
  file: string;
  /** 0 picks a free port. */
  port: number;
  /** Where dist/Code.js and dist/Sidebar.html are. */
  bundleDir: string;
  /** Fixes the moment every call runs at, so results are reproducible. */
  now?: Date;
  /** Or fixes only the day (YYYY-MM-DD), taken at noon in the workbook's time zone. */
  today?: string;
  host?: string;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const host = options.host ?? '127.0.0.1';
  // A bad day or a missing bundle is refused now, not on the first click.
  if (options.today) noonOf(options.today);
  for (const file of ['Code.js', 'Sidebar.html']) {
    const full = path.join(options.bundleDir, file);
    if (!existsSync(full)) throw new Error(`${full} is missing: run npm run build first.`);
  }
  const backend = workbookBackend(options);
  const app = previewApp(backend, { bundleDir: options.bundleDir, host });

  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const started = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info) =>
        resolve({ server: started, port: (info as AddressInfo).port }),
      );
      started.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(`port ${options.port} is in use on ${host}; pass --port with another.`)
            : error,
        ),
      );
    },
  );

  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
    async close() {
      // A call in flight finishes and saves before the server goes.
      await backend.idle();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
    },
  };
}

/** Runs every call and read in turn over a fresh load of the file, as two clicks never interleave. */
function workbookBackend(options: PreviewOptions): PreviewBackend & { idle(): Promise<void> } {
  const queue = new Queue();
  // The runtime keeps no selection across loads of the file: the preview remembers the row.
  let active: ActiveRow | null = null;

  return {
    fileName: path.basename(options.file),

    call(name: string, arg: unknown) {
      return queue.run(async () => {
        const workbook = await LocalWorkbook.load(options.file);
        const runtime = new AppsScriptRuntime(workbook, {
          bundleDir: options.bundleDir,
          now:
            options.now ?? (options.today ? noonOf(options.today, workbook.timeZone) : undefined),
          filePath: path.resolve(options.file),
        });
        try {
          if (active && name !== 'selectRow') active = reselect(runtime, active);
          const before = JSON.stringify(workbook.data);

          // As in Sheets, what a function wrote before it failed stays written; a call that
          // changed nothing leaves the file alone.
          const outcome = settle(() =>
            arg === undefined ? runtime.call(name) : runtime.call(name, arg),
          );
          if (JSON.stringify(workbook.data) !== before) await runtime.save(options.file);
          if (outcome.ok && name === 'selectRow') active = selectedRow(arg);
          if (!outcome.ok) throw outcome.error;
          return outcome.value;
        } finally {
          runtime.dispose();
        }
      });
    },

    sheets() {
      return queue.run(async (): Promise<SheetsView> => {
        const workbook = await LocalWorkbook.load(options.file);
        const sheets = workbook
          .sheetNames()
          .filter((name) => !workbook.sheet(name).hidden)
          .map((name) => ({
            name,
            values: workbook.displayValues(name),
            hidden: hiddenColumns(workbook, name),
          }));
        return { file: path.basename(options.file), sheets, active };
      });
    },

    idle: () => queue.run(async () => undefined),
  };
}

/** A sheet's hidden columns (History), 0-based: the page leaves them out, as Sheets does. */
function hiddenColumns(workbook: LocalWorkbook, name: string): number[] {
  return Object.keys(workbook.sheet(name).hiddenColumns).map((column) => Number(column) - 1);
}

/** Selects the remembered row again through the add-on's own selectRow; null once it is gone. */
function reselect(runtime: AppsScriptRuntime, active: ActiveRow): ActiveRow | null {
  try {
    runtime.call('selectRow', active);
    return active;
  } catch {
    return null;
  }
}

/** The row selectRow was asked for. */
function selectedRow(arg: unknown): ActiveRow | null {
  const { sheet, row } = (arg ?? {}) as { sheet?: unknown; row?: unknown };
  return typeof sheet === 'string' && typeof row === 'number' ? { sheet, row } : null;
}

function settle<T>(work: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** One piece of work at a time, in the order asked; a failure does not stop the next. */
class Queue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
