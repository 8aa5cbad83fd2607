// A build made with `trunk build --release --public-url /sub/path/` (scripts/test.sh puts it
// in target/dist-subpath), served under /sub/path/ by a host that answers unknown paths with
// 404.html, as GitHub Pages does for a project site.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './server.mjs';
import { launch } from './browser.mjs';
import { waitForPage, watch } from './fixture.mjs';
import { guidePages } from './pages.mjs';

const DIST = process.env.GOODWILL_SUBPATH_DIST ?? 'target/dist-subpath';
const BASE = '/sub/path/';

let server;
let browser;
// The first guide the library lists, as `{ hash, heading }`.
let guide;
before(async () => {
  server = await serveStatic(DIST, { base: BASE, notFound: true });
  browser = await launch();
  const page = await browser.newPage();
  // guidePages appends '/#/guides' to what it is given.
  [guide] = await guidePages(page, server.url.replace(/\/$/, ''));
  await page.close();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the app loads under the sub-path with every asset found and the policy kept', async () => {
  const page = await browser.newPage();
  const seen = await watch(page, server.origin);
  await page.goto(`${server.url}#/guides`);
  await waitForPage(page, 'Library', 'Library — Goodwill');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope));
  assert.equal(scope, server.url, 'the service worker is not scoped to the sub-path');
  assert.ok(seen.requests.every((url) => url.startsWith(server.url)), `requests outside ${BASE}: ${seen.requests}`);
  assert.deepEqual(seen.errorResponses, [], 'error responses');
  assert.deepEqual(seen.failedRequests, [], 'failed requests');
  assert.deepEqual(seen.consoleErrors, [], 'console errors');
  assert.deepEqual(seen.policyViolations, [], 'Content-Security-Policy violations');
  await page.close();
});

test('a deep link under the sub-path survives a reload', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}${guide.hash}`);
  await waitForPage(page, guide.heading, `${guide.heading} — Goodwill`);
  await page.reload();
  await waitForPage(page, guide.heading, `${guide.heading} — Goodwill`);
  assert.equal(page.url(), `${server.url}${guide.hash}`);
  await page.close();
});

test('a path the host does not know leads through 404.html to the hash route', async () => {
  const page = await browser.newPage();
  const seen = await watch(page, server.origin);
  const path = guide.hash.slice('#/'.length);
  await page.goto(`${server.url}${path}`);
  await waitForPage(page, guide.heading, `${guide.heading} — Goodwill`);
  assert.equal(page.url(), `${server.url}${guide.hash}`);
  // Only the unknown path itself is a 404: the fallback's own script and styles load.
  assert.deepEqual(seen.errorResponses, [`404 ${server.url}${path}`]);
  assert.deepEqual(seen.policyViolations, [], 'Content-Security-Policy violations');
  assert.deepEqual(seen.pageErrors, [], 'uncaught errors');
  await page.close();
});

test('an unknown path that names no page shows the app’s not-found page', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}no/such/page/`);
  await waitForPage(page, 'Page not found', 'Page not found — Goodwill');
  assert.equal(page.url(), `${server.url}#/no/such/page`);
  await page.close();
});
