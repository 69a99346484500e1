// The preview server's routes without a browser: what the page, the shim and the call endpoint
// answer, and what they refuse.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { previewApp, withShim } from '../../src/local/preview/app';
import { shimScript } from '../../src/local/preview/shim';
import { fakeBackend } from './fake-run';

const HOST = { host: '127.0.0.1:4000' };
const SIDEBAR = `<!doctype html>
<html lang="en">
  <head>
    <style>body{}</style>
  </head>
  <body>
    <main id="app"></main>
    <script>window.sidebarRan = typeof google;</script>
  </body>
</html>`;

describe('preview routes', () => {
  let bundleDir: string;

  beforeAll(async () => {
    bundleDir = await mkdtemp(path.join(os.tmpdir(), 'okr-preview-api-'));
    await writeFile(path.join(bundleDir, 'Sidebar.html'), SIDEBAR);
  });

  afterAll(async () => {
    await rm(bundleDir, { recursive: true, force: true });
  });

  function app(fake = fakeBackend()) {
    return previewApp(fake.backend, { bundleDir, host: '127.0.0.1' });
  }

  function post(body: unknown, headers: Record<string, string> = {}) {
    return {
      method: 'POST',
      headers: { ...HOST, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    };
  }

  it('serves the page with the sheet view and the sidebar frame', async () => {
    const response = await app().request('/', { headers: HOST });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('<title>fake.xlsx · OKR &amp; KRA Tracker preview</title>');
    expect(html).toContain('<iframe id="sidebar" src="/sidebar"');
    expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });

  it('serves Sidebar.html with the shim before the sidebar script', async () => {
    const response = await app().request('/sidebar', { headers: HOST });
    const html = await response.text();

    const shimAt = html.indexOf('window.google = {');
    const sidebarAt = html.indexOf('window.sidebarRan');
    expect(response.status).toBe(200);
    expect(shimAt).toBeGreaterThan(html.indexOf('<head>'));
    expect(shimAt).toBeLessThan(html.indexOf('<style>'));
    expect(sidebarAt).toBeGreaterThan(shimAt);
    expect(html).toContain(
      'var names = ["getSidebarState","recalculateStatus","setUpSheets","addSampleTeam",',
    );
  });

  it('says how to build when Sidebar.html is missing', async () => {
    const missing = previewApp(fakeBackend().backend, { bundleDir: '/nowhere', host: '127.0.0.1' });

    const response = await missing.request('/sidebar', { headers: HOST });

    expect(response.status).toBe(500);
    expect(await response.text()).toBe(
      `${path.join('/nowhere', 'Sidebar.html')} is missing: run npm run build first.`,
    );
  });

  it('answers a call with its result and passes the one argument on', async () => {
    const fake = fakeBackend();

    const response = await app(fake).request(
      '/api/call',
      post({ name: 'setObjectiveKra', args: [{ objectiveId: 'O2', kraId: 'A1' }] }),
    );

    expect(await response.json()).toEqual({
      ok: true,
      result: { message: 'Mapped O2 to KRA A1.' },
    });
    expect(fake.calls).toEqual([
      { name: 'setObjectiveKra', arg: { objectiveId: 'O2', kraId: 'A1' } },
    ]);
  });

  it('answers a failed call with its message', async () => {
    const fake = fakeBackend();
    fake.failWith('recalculateStatus', 'Set up sheets first: the Key Results sheet is missing.');

    const response = await app(fake).request(
      '/api/call',
      post({ name: 'recalculateStatus', args: [] }),
    );

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: false,
      error: 'Set up sheets first: the Key Results sheet is missing.',
    });
    expect(fake.calls).toEqual([{ name: 'recalculateStatus', arg: undefined }]);
  });

  it.each([
    [{ name: 'onOpen', args: [] }, 400, 'The add-on has no function "onOpen".'],
    [{ name: 'eval', args: ['1'] }, 400, 'The add-on has no function "eval".'],
    [{ name: 'selectRow', args: [1, 2] }, 400, 'A call takes one argument at most.'],
    [{ name: 'selectRow', args: 'x' }, 400, 'A call takes one argument at most.'],
    ['{not json', 400, 'The call is not valid JSON.'],
    [[], 400, 'The add-on has no function "undefined".'],
  ])('refuses %j', async (body, status, error) => {
    const fake = fakeBackend();

    const response = await app(fake).request('/api/call', post(body));

    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ ok: false, error });
    expect(fake.calls).toEqual([]);
  });

  it('refuses a call that is not sent as JSON', async () => {
    const response = await app().request(
      '/api/call',
      post({ name: 'recalculateStatus', args: [] }, { 'content-type': 'text/plain' }),
    );

    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ ok: false, error: 'Send the call as JSON.' });
  });

  it('refuses a host name other than the local one, and posts from other origins', async () => {
    const rebound = await app().request('/api/sheets', { headers: { host: 'evil.example:4000' } });
    const crossSite = await app().request(
      '/api/call',
      post({ name: 'recalculateStatus', args: [] }, { origin: 'http://evil.example' }),
    );
    const sameSite = await app().request(
      '/api/call',
      post({ name: 'recalculateStatus', args: [] }, { origin: 'http://127.0.0.1:4000' }),
    );

    expect(rebound.status).toBe(403);
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toBe('Cross-origin requests are refused.');
    expect(sameSite.status).toBe(200);
  });

  it('serves the sheets as JSON with every cell as text', async () => {
    const response = await app().request('/api/sheets', { headers: HOST });

    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      file: 'fake.xlsx',
      sheets: [
        {
          name: 'Objectives',
          values: [
            ['ID', 'Objective', 'KRA'],
            ['O1', 'Delight new customers', 'A1'],
            ['O2', 'Cut support response time', ''],
          ],
          hidden: [],
        },
      ],
      active: null,
    });
  });
});

describe('withShim', () => {
  it('goes right after <head>, attributes and all', () => {
    expect(
      withShim('<html><head lang="en"><script>s</script></head></html>', '<script>g</script>'),
    ).toBe('<html><head lang="en"><script>g</script><script>s</script></head></html>');
  });

  it('goes first when there is no <head>', () => {
    expect(withShim('<script>s</script>', '<script>g</script>')).toBe(
      '<script>g</script><script>s</script>',
    );
  });

  it('escapes "<" in the call names so they cannot end the script', () => {
    expect(shimScript(['a</script><script>x()'])).toContain(
      'var names = ["a\\u003c/script>\\u003cscript>x()"];',
    );
  });
});
