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
