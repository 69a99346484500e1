// The set-up every browser test file shares: one Chromium per file, a page per test, and either
// a fake server (useFakeSidebar) or the real preview over a copy of the sample (usePreview).

import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Browser, Frame, Page } from 'playwright-core';

import { previewApp } from '../../src/local/preview/app';
import { startPreview, type Preview } from '../../src/local/preview/server';
import type { fakeBackend } from './fake-run';
import { DIST, launchChromium, requireBundle, serveApp, sidebarFrame } from './support';
import { makeSampleFile, NOW } from './workbooks';

type Fake = ReturnType<typeof fakeBackend>;

/** Registers the hooks of one browser per file and one page per test; a page error fails it. */
function useBrowser(bundleFiles: string[]) {
  let browser: Browser | null = null;
  let page: Page | null = null;
  let errors: string[] = [];

  beforeAll(async () => {
    requireBundle(...bundleFiles);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await page?.close();
    page = null;
    expect(errors).toEqual([]);
    errors = [];
  });

  return {
    async newPage(url: string): Promise<Frame> {
      if (!browser) throw new Error('Chromium did not start.');
      page = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC' });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      return sidebarFrame(page);
    },
    page(): Page {
      if (!page) throw new Error('No page is open.');
      return page;
    },
  };
}

/** The built sidebar over a fake server; `open` serves it and returns the sidebar's frame. */
export function useFakeSidebar() {
  const pages = useBrowser(['Sidebar.html']);
  let close: (() => Promise<void>) | null = null;

  afterEach(async () => {
    await close?.();
    close = null;
  });

  return {
    page: pages.page,
    async open(fake: Fake): Promise<Frame> {
      const server = await serveApp(
        previewApp(fake.backend, { bundleDir: DIST, host: '127.0.0.1' }),
      );
      close = server.close;
      return pages.newPage(server.url);
    },
  };
}

/** Waits until the fake has been called `count` times with `name`; returns that call's argument. */
export async function untilCalled(fake: Fake, name: string, count = 1): Promise<unknown> {
  for (let waitedMs = 0; waitedMs < 5000; waitedMs += 20) {
    const made = fake.calls.filter((call) => call.name === name);
    if (made.length >= count) return made[count - 1].arg;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${name} was not called ${count} time(s).`);
}

/** The real preview over copies of the sample workbook, made once per file. */
export function usePreview() {
  const pages = useBrowser(['Code.js', 'Sidebar.html']);
  let dir = '';
  let sample = '';
  let preview: Preview | null = null;
  let copies = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'okr-preview-'));
    sample = path.join(dir, 'sample.xlsx');
    await makeSampleFile(sample);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  afterEach(async () => {
    await preview?.close();
    preview = null;
  });

  const harness = {
    page: pages.page,

    /** A fresh copy of the sample, and a path beside it for the oracle's copy. */
    async copyOfSample(): Promise<{ file: string; oracleFile: string }> {
      copies += 1;
      const file = path.join(dir, `test-${copies}.xlsx`);
      await copyFile(sample, file);
      return { file, oracleFile: path.join(dir, `oracle-${copies}.xlsx`) };
    },

    /** Starts the preview over `file` without a page. */
    async start(file: string): Promise<string> {
      preview = await startPreview({ file, port: 0, bundleDir: DIST, now: NOW });
      return preview.url;
    },

    /** Starts the preview and opens its page; returns the sidebar's frame. */
    async open(file: string): Promise<Frame> {
      return pages.newPage(await harness.start(file));
    },

    /** Stops the server once its calls have finished, so the file is final. */
    async stop(): Promise<void> {
      await preview?.close();
      preview = null;
    },

    /** The sheet view's cells of `sheet`, after clicking its tab. */
    async sheetView(sheet: string): Promise<string[][]> {
      const page = pages.page();
      await page.getByRole('tab', { name: sheet, exact: true }).click();
      await page.waitForSelector(`table[data-sheet="${sheet}"]`);
      return page.$$eval(`table[data-sheet="${sheet}"] tbody tr`, (rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
      );
    },

    /** Waits until the sheet view of `sheet` shows `expected` under `header`, by ID. */
    async untilColumn(sheet: string, header: string, expected: Record<string, string>) {
      await pages.page().waitForFunction(
        (wanted) => {
          const table = document.querySelector(`table[data-sheet="${wanted.sheet}"]`);
          if (!table) return false;
          const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
            [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
          );
          const column = rows[0].indexOf(wanted.header);
          const shown = rows.slice(1).filter((cells) => cells[0]);
          const byId = Object.fromEntries(shown.map((cells) => [cells[0], cells[column]]));
          return JSON.stringify(byId) === JSON.stringify(wanted.expected);
        },
        { sheet, header, expected },
      );
    },
  };
  return harness;
}
