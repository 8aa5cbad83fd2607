// axe-core on every page, in light and dark colour schemes: no WCAG 2 A/AA or
// best-practice violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useSite } from './fixture.mjs';
import { FIXED_PAGES, guidePages, open } from './pages.mjs';

const site = useSite();

const describe = (violations) =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');

for (const colorScheme of ['light', 'dark']) {
  test(`every page passes axe in the ${colorScheme} scheme`, async (t) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const pages = [...FIXED_PAGES, ...(await guidePages(page, site.origin))];
    for (const { name, hash } of pages) {
      await t.test(name, async () => {
        await open(page, site.origin, hash);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'best-practice'])
          .analyze();
        assert.equal(violations.length, 0, describe(violations));
      });
    }
    await context.close();
  });
}

// The People pages with people in them: the lists, forms and selects a new user fills.
const PEOPLE = await (await import('node:fs/promises')).readFile(
  new URL('../fixtures/store/people.json', import.meta.url),
  'utf8',
);
for (const colorScheme of ['light', 'dark']) {
  test(`the People pages with people pass axe in the ${colorScheme} scheme`, async (t) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await open(page, site.origin, '#/people');
    await page.evaluate((text) => localStorage.setItem('goodwill:data', text), PEOPLE);
    for (const hash of ['#/people', '#/people/p-ana', '#/']) {
      await t.test(hash, async () => {
        await page.goto(`${site.origin}/${hash}`);
        await page.reload();
        await page.locator('main h1').waitFor();
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'best-practice'])
          .analyze();
        assert.equal(violations.length, 0, describe(violations));
      });
    }
    await context.close();
  });
}
