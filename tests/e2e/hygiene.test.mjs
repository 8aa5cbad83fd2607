// What no page may do: log errors, throw, break its Content-Security-Policy, fetch from
// another origin (itself or through its service worker), or scroll sideways on a 360 px
// phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, watch } from './fixture.mjs';
import { FIXED_PAGES, guidePages, open } from './pages.mjs';

const site = useSite();

test('every page loads cleanly and fits a 360 px screen', async (t) => {
  const probe = await site.browser.newPage();
  const pages = [...FIXED_PAGES, ...(await guidePages(probe, site.origin))];
  await probe.close();
  for (const { name, hash, heading } of pages) {
    await t.test(name, async () => {
      // A fresh context per page, so each load fetches everything it needs itself.
      const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
      // The context sees the service worker's own fetches (its precache) too.
      const everyRequest = [];
      context.on('request', (request) => everyRequest.push(request.url()));
      const page = await context.newPage();
      const seen = await watch(page, site.origin);
      await open(page, site.origin, hash);
      await page.waitForLoadState('load');
      // Wait for the worker to finish its precache, so its requests are counted too.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      assert.equal((await page.locator('main h1').textContent()).trim(), heading);
      assert.deepEqual(seen.consoleErrors, [], 'console errors');
      assert.deepEqual(seen.pageErrors, [], 'uncaught errors');
      assert.deepEqual(seen.policyViolations, [], 'Content-Security-Policy violations');
      assert.deepEqual(seen.foreignRequests, [], 'requests to other origins');
      assert.deepEqual(seen.failedRequests, [], 'failed requests');
      assert.deepEqual(seen.errorResponses, [], 'error responses');
      assert.ok(seen.requests.some((url) => url.endsWith('.wasm')), `no .wasm among ${seen.requests}`);
      assert.ok(everyRequest.some((url) => url.endsWith('/sw.js')), `no sw.js among ${everyRequest}`);
      const foreign = everyRequest.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'));
      assert.deepEqual(foreign, [], 'requests to other origins, the service worker included');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `page is ${width} px wide at 360 px`);
      await context.close();
    });
  }
});
