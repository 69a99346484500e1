// The preview's routes: the page, the sidebar with its google.script.run shim, the sheets as JSON
// and one endpoint that runs a server function. Whatever runs the calls is passed in.

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { Hono } from 'hono';

import { schemas } from '../../server/contract';
import { previewPage } from './page';
import { shimScript } from './shim';

/** The row the add-on last selected, 1-based as a person counts rows. */
export interface ActiveRow {
  sheet: string;
  row: number;
}

export interface SheetsView {
  file: string;
  /** Each sheet's cells as the preview shows them, row by row, and its hidden columns (0-based). */
  sheets: { name: string; values: string[][]; hidden: number[] }[];
  active: ActiveRow | null;
}

/** Runs the add-on's server functions and reads the workbook, one at a time. */
export interface PreviewBackend {
  fileName: string;
  call(name: string, arg: unknown): Promise<unknown>;
  sheets(): Promise<SheetsView>;
}

const CALL_NAMES: readonly string[] = Object.keys(schemas);
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function previewApp(backend: PreviewBackend, options: { bundleDir: string; host: string }) {
  const app = new Hono();
  const allowedHosts = new Set([...LOCAL_HOSTS, hostOnly(options.host)]);

  // Another site open in the same browser must not reach the workbook: a page elsewhere may not
  // name this server (DNS rebinding) nor post to it across origins.
  app.use('*', async (c, next) => {
    const host = c.req.header('host') ?? '';
    if (!allowedHosts.has(hostOnly(host))) return c.text('Unknown host.', 403);
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && origin && origin !== `http://${host}`) {
      return c.text('Cross-origin requests are refused.', 403);
    }
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.get('/', (c) => c.html(previewPage(backend.fileName)));

  app.get('/sidebar', async (c) => {
    const file = path.join(options.bundleDir, 'Sidebar.html');
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      return c.text(`${file} is missing: run npm run build first.`, 500);
    }
    return c.html(withShim(html, shimScript(CALL_NAMES)));
  });

  app.get('/api/sheets', async (c) => c.json(await backend.sheets()));

  app.post('/api/call', async (c) => {
    if (!(c.req.header('content-type') ?? '').startsWith('application/json')) {
      return c.json({ ok: false, error: 'Send the call as JSON.' }, 415);
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ ok: false, error: 'The call is not valid JSON.' }, 400);
    }
    const parsed = parseCall(body);
    if (typeof parsed === 'string') return c.json({ ok: false, error: parsed }, 400);

    try {
      const result = await backend.call(parsed.name, parsed.arg);
      return c.json({ ok: true, result: result ?? null });
    } catch (error) {
      return c.json({ ok: false, error: messageOf(error) });
    }
  });

  return app;
}

/** `{name, args}` with a contract name and at most one argument, or why not. */
function parseCall(body: unknown): { name: string; arg: unknown } | string {
  if (typeof body !== 'object' || body === null) return 'The call must be an object.';
  const { name, args } = body as { name?: unknown; args?: unknown };
  if (typeof name !== 'string' || !CALL_NAMES.includes(name)) {
    return `The add-on has no function ${JSON.stringify(String(name)).slice(0, 80)}.`;
  }
  if (args !== undefined && (!Array.isArray(args) || args.length > 1)) {
    return 'A call takes one argument at most.';
  }
  return { name, arg: Array.isArray(args) ? args[0] : undefined };
}

/** Puts the shim first in <head>, so google.script.run exists before the sidebar's script runs. */
export function withShim(html: string, shim: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return shim + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + shim + html.slice(at);
}

function hostOnly(host: string): string {
  return host.replace(/:\d+$/, '').toLowerCase();
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
