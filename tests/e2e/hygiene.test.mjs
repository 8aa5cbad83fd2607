// What no page may do: log errors, throw, fetch from another origin, or scroll sideways
// on a 360 px phone.
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
      const page = await context.newPage();
      const seen = watch(page, site.origin);
      await open(page, site.origin, hash);
      await page.waitForLoadState('load');
      assert.equal((await page.locator('main h1').textContent()).trim(), heading);
      assert.deepEqual(seen.consoleErrors, [], 'console errors');
      assert.deepEqual(seen.pageErrors, [], 'uncaught errors');
      assert.deepEqual(seen.foreignRequests, [], 'requests to other origins');
      assert.deepEqual(seen.failedRequests, [], 'failed requests');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `page is ${width} px wide at 360 px`);
      await context.close();
    });
  }
});
