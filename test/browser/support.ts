// What every browser test shares: finding Chromium (skip locally without it, fail in CI), launching
// it headless, and serving a preview app on a free port.

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

/**
 * `describe`, or `describe.skip` with a message when Chromium is missing on a laptop. In CI a
 * missing browser is a failure, so the tests run and say so.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (!existsSync(CHROMIUM_PATH) && !process.env.CI) {
    console.warn(
      `Skipping "${name}": ${CHROMIUM_PATH} is missing (apt-get install chromium); in CI these tests run.`,
    );
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: install Debian's chromium to run the browser tests.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Fails with a clear message when the bundle the tests drive has not been built. */
export function requireBundle(...files: string[]): void {
  for (const file of files) {
    const full = path.join(DIST, file);
    if (!existsSync(full)) {
      throw new Error(`${full} is missing: run npm run build before the browser tests.`);
    }
  }
}

/** Serves `app` on 127.0.0.1 at a free port. */
export async function serveApp(app: Hono): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${(info as AddressInfo).port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

/** The sidebar's frame once it has drawn its first state (it is aria-busy until then). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#sidebar');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The sidebar frame has no document.');
  await frame.waitForSelector('#app:not([aria-busy])', { state: 'attached' });
  return frame;
}

/** Opens every collapsed section of the sidebar by clicking its title, as a person would. */
export async function openAllSections(frame: Frame): Promise<void> {
  const closed = frame.locator('details.section:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** The live region's text once it says something. */
export async function announced(frame: Frame): Promise<string> {
  const handle = await frame.waitForFunction(() => {
    const text = document.getElementById('status')?.textContent ?? '';
    return text || null;
  });
  return (await handle.jsonValue()) as string;
}
