// The service worker: once it controls the page, every route works offline, and a new
// deploy shows the "new version" banner, whose Reload lands cleanly on the new build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deployChangedBuild, servedCopy } from './deploy.mjs';
import { useSite, waitForPage, watch } from './fixture.mjs';
import { FIXED_PAGES, guidePages, open } from './pages.mjs';

const site = useSite();

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);
const versionOf = async (dir) => (await readFile(join(dir, 'sw.js'), 'utf8')).match(/const VERSION = "([0-9a-f]+)"/)[1];

test('every route works offline once the service worker controls the page', async (t) => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const pages = [...FIXED_PAGES, ...(await guidePages(page, site.origin))];
  await open(page, site.origin, '#/');
  await controlled(page);
  await context.setOffline(true);
  try {
    for (const { name, hash, heading } of pages) {
      await t.test(name, async () => {
        await page.goto(`${site.origin}/${hash}`);
        // A reload, so the page itself comes from the worker, not just a hash change.
        await page.reload();
        await waitForPage(page, heading, null);
        assert.ok(await page.evaluate(() => navigator.onLine === false), 'the browser is not offline');
      });
    }
    await t.test('a typed path leads to its hash route', async () => {
      const guide = pages.find((p) => p.hash.startsWith('#/guides/'));
      await page.goto(`${site.origin}/${guide.hash.slice('#/'.length)}`);
      await waitForPage(page, guide.heading, null);
      assert.equal(page.url(), `${site.origin}/${guide.hash}`);
    });
  } finally {
    await context.close();
  }
});

test('offline, the drafter still checks: the checker worker comes from the precache', async () => {
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    // Only home is opened online: the editor, and so the worker, never were.
    await open(page, site.origin, '#/');
    await controlled(page);
    await context.setOffline(true);
    await page.goto(`${site.origin}/#/drafter`);
    await page.getByRole('button', { name: 'Paste and check' }).click();
    await page.locator('#draft-body').fill('Hi Ana,\n\nCan I pick your brain sometime? Please get back to me ASAP.\n\nSam');
    await page.locator('li.finding', { hasText: 'pick your brain' }).first().waitFor();
    assert.equal(await page.getByRole('alert').filter({ hasText: 'checker' }).count(), 0);
  } finally {
    await context.close();
  }
});

test('a new deploy shows the update banner, and Reload lands on the new version', async () => {
  const { dir, server, close } = await servedCopy();
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    const seen = await watch(page, server.origin);
    await open(page, server.origin, '#/guides');
    await controlled(page);
    const before = await versionOf(dir);
    assert.equal(await page.locator('.update-banner').count(), 0, 'banner shown before any deploy');

    const stylesheet = await deployChangedBuild(dir);
    const after = await versionOf(dir);
    assert.notEqual(after, before, 'the hook did not change the cache name');

    // The browser checks for a new worker on navigation: the old one still serves this load.
    await page.reload();
    const banner = page.locator('.update-banner');
    await banner.waitFor({ timeout: 15_000 });
    assert.match(await banner.textContent(), /new version/);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
    assert.deepEqual(violations.map((v) => v.id), [], 'axe violations with the banner shown');
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);

    await waitForPage(page, 'Library', 'Library — Goodwill');
    assert.equal(new URL(page.url()).hash, '#/guides', 'the reload lost the route');
    const linked = await page.locator('link[rel="stylesheet"]').getAttribute('href');
    assert.ok(linked.endsWith(stylesheet), `the page still links ${linked}`);
    const deployed = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--goodwill-deploy').trim(),
    );
    assert.equal(deployed, '2', 'the new stylesheet is not applied');
    await page.waitForFunction(
      (cache) => caches.keys().then((keys) => keys.length === 1 && keys[0] === cache),
      `goodwill-${after}`,
    );
    assert.equal(await page.locator('.update-banner').count(), 0, 'banner still shown on the new version');
    assert.deepEqual(seen.consoleErrors, [], 'console errors');
    assert.deepEqual(seen.pageErrors, [], 'uncaught errors');
    assert.deepEqual(seen.policyViolations, [], 'Content-Security-Policy violations');
    assert.deepEqual(seen.failedRequests, [], 'failed requests');
    assert.deepEqual(seen.errorResponses, [], 'error responses');
  } finally {
    await context.close();
    await close();
  }
});

test('an open tab hears of a new deploy when it comes back into view', async () => {
  // Moving between pages only changes the #fragment, which never makes the browser look
  // for a new worker: the app asks for a check when the tab is shown again.
  const { dir, server, close } = await servedCopy();
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    await open(page, server.origin, '#/');
    await controlled(page);
    await deployChangedBuild(dir);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await waitForPage(page, 'Library', 'Library — Goodwill');
    // Headless tabs are always visible: announce a return to view as a browser would.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.locator('.update-banner').waitFor({ timeout: 15_000 });
  } finally {
    await context.close();
    await close();
  }
});

test('hosts are told to revalidate every script and module the page asks for by a fixed name', async () => {
  const dist = process.env.GOODWILL_DIST ?? 'dist';
  const headers = await readFile(join(dist, '_headers'), 'utf8');
  const fixed = (await readdir(dist)).filter(
    (name) => /\.(js|wasm)$/.test(name) && !/-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/.test(name) && name !== '404.js' && name !== 'sw.js',
  );
  // Every bundle (src/route.rs), the whole app and the checker's worker.
  for (const bundle of ['library', 'quiz', 'drafter', 'people', 'data', 'goodwill', 'checker']) {
    assert.ok(fixed.includes(`${bundle}_bg.wasm`), `${dist}/ has no ${bundle}_bg.wasm`);
  }
  for (const name of fixed) {
    const block = headers.match(new RegExp(`^/${name.replaceAll('.', '\\.')}\\n((?: {2}.*\\n)+)`, 'm'));
    assert.ok(block, `_headers has no rule for /${name}`);
    assert.match(block[1], /^ {2}Cache-Control: no-cache$/m, name);
  }
});
