// Routing as a visitor meets it: the home page, deep links, reload, links, back and forward
// (which return to where a page was scrolled).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, waitForPage } from './fixture.mjs';
import { guidePages, open } from './pages.mjs';

const site = useSite();

test('home explains Goodwill in two sentences and leads to the library', async () => {
  const page = await site.browser.newPage();
  await open(page, site.origin, '#/');
  assert.equal(await page.title(), "Goodwill — networking etiquette, the giver’s way");
  const pitch = (await page.locator('main .lead').textContent()).trim();
  assert.match(pitch, /^Goodwill is a private coach for networking the giver’s way/);
  assert.match(pitch, /give first/);
  assert.match(pitch, /stays in your browser\.$/);
  assert.equal(pitch.split(/(?<=\.)\s+/).length, 2, `not two sentences: ${pitch}`);
  await page.getByRole('link', { name: 'Read the guides' }).click();
  await waitForPage(page, 'Library', 'Library — Goodwill');
  assert.equal(new URL(page.url()).hash, '#/guides');
  await page.close();
});

test('on a phone, home shows its main button without scrolling', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await open(page, site.origin, '#/');
  const box = await page.getByRole('link', { name: 'Take the self-assessment' }).boundingBox();
  assert.ok(box && box.y + box.height <= 740, `the button ends at ${box && box.y + box.height}px`);
  await context.close();
});

test('back returns to where the page was scrolled; a new page starts at its top', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await open(page, site.origin, '#/guides');
  const last = page.locator('.guide-list a').last();
  await last.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  assert.ok(before > 100, `the library did not scroll (${before})`);
  await last.click();
  await page.waitForFunction(() => location.hash.startsWith('#/guides/'));
  await page.locator('main h1').waitFor();
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the guide opens at its top');
  await page.goBack();
  await waitForPage(page, 'Library', 'Library — Goodwill');
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 2, before);
  // Focus still goes to the heading, for screen readers, without moving the page.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  await context.close();
});

test('a deep link survives reload, and back and forward retrace the visit', async () => {
  const page = await site.browser.newPage();
  const guides = await guidePages(page, site.origin);
  assert.ok(guides.length >= 2, 'the library lists fewer than two guides');
  const [first, deep] = [guides[0], guides[guides.length - 1]];
  const titleOf = (guide) => `${guide.heading} — Goodwill`;

  await page.goto(`${site.origin}/${deep.hash}`);
  await waitForPage(page, deep.heading, titleOf(deep));
  await page.reload();
  await waitForPage(page, deep.heading, titleOf(deep));
  assert.equal(new URL(page.url()).hash, deep.hash);

  const mainNav = page.getByRole('navigation', { name: 'Main' });
  await mainNav.getByRole('link', { name: 'Library' }).click();
  await waitForPage(page, 'Library', 'Library — Goodwill');
  await page.locator('.guide-list').getByRole('link', { name: first.heading }).click();
  await waitForPage(page, first.heading, titleOf(first));

  await page.goBack();
  await waitForPage(page, 'Library', 'Library — Goodwill');
  await page.goBack();
  await waitForPage(page, deep.heading, titleOf(deep));
  await page.goForward();
  await waitForPage(page, 'Library', 'Library — Goodwill');
  await page.goForward();
  await waitForPage(page, first.heading, titleOf(first));
  await page.close();
});

test('the next-guide link leads to the next guide in the library', async () => {
  const page = await site.browser.newPage();
  const guides = await guidePages(page, site.origin);
  await open(page, site.origin, guides[0].hash);
  await page.locator('.pager .next a').click();
  await waitForPage(page, guides[1].heading, `${guides[1].heading} — Goodwill`);
  await page.close();
});

test('an unknown route shows the not-found page with a way home and to the library', async () => {
  const page = await site.browser.newPage();
  await open(page, site.origin, '#/no/such/page');
  await waitForPage(page, 'Page not found', 'Page not found — Goodwill');
  const main = page.locator('main');
  assert.equal(await main.getByRole('link', { name: /home page/ }).getAttribute('href'), '#/');
  assert.equal(await main.getByRole('link', { name: /library/ }).getAttribute('href'), '#/guides');
  await page.close();
});

test('an unknown guide shows the not-found page', async () => {
  const page = await site.browser.newPage();
  await open(page, site.origin, '#/guides/no-such-guide');
  await waitForPage(page, 'Page not found', 'Page not found — Goodwill');
  await page.close();
});

test('a hand-typed fragment that is not a route shows not-found instead of failing', async () => {
  const page = await site.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await open(page, site.origin, '#/guides');
  await page.evaluate(() => {
    window.location.hash = 'top';
  });
  await waitForPage(page, 'Page not found', 'Page not found — Goodwill');
  // The router reads a fragment without a leading '/' as it is: the address stays as typed.
  assert.equal(new URL(page.url()).hash, '#top');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link inside a guide body opens the guide it names', async () => {
  // Body links are plain <a href="#/guides/..."> from build.rs, not router links: the
  // router must follow them through the browser's own hash change.
  const page = await site.browser.newPage();
  const guides = await guidePages(page, site.origin);
  const byHash = new Map(guides.map((guide) => [guide.hash, guide]));
  let followed = false;
  for (const guide of guides) {
    await open(page, site.origin, guide.hash);
    const link = page.locator('main .prose a[href^="#/guides/"]').first();
    if ((await link.count()) === 0) continue;
    const target = byHash.get(await link.getAttribute('href'));
    assert.ok(target, `${guide.name} links to a guide the library does not list`);
    await link.click();
    await waitForPage(page, target.heading, `${target.heading} — Goodwill`);
    followed = true;
    break;
  }
  assert.ok(followed, 'no guide body links to another guide');
  await page.close();
});

test('a guide page marks Library in the navigation, and #/drafts opens the drafts list', async () => {
  const page = await site.browser.newPage();
  const guides = await guidePages(page, site.origin);
  await open(page, site.origin, guides[0].hash);
  const mainNav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(await mainNav.getByRole('link', { name: 'Library' }).getAttribute('aria-current'), 'page');
  assert.equal(await mainNav.locator('[aria-current="page"]').count(), 1);
  await open(page, site.origin, '#/drafts');
  // Wait for the new page, not the guide still on screen: the marked item moves first.
  await mainNav.locator('a[aria-current="page"]', { hasText: 'Drafter' }).waitFor();
  assert.notEqual((await page.locator('main h1').textContent()).trim(), 'Page not found');
  await page.close();
});

/**
 * A fresh page with no service worker (its background precache fetches everything, which
 * is not what the page itself needs), and the paths of every .wasm it requests.
 */
async function pageCountingWasm() {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const wasm = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname);
  });
  return { context, page, wasm };
}

test('a first visit to home loads only the home bundle; the whole app comes with the first other page', async () => {
  const { context, page, wasm } = await pageCountingWasm();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, site.origin, '#/');
  assert.deepEqual(wasm.map((p) => p.replace(/-[0-9a-f]+_bg/, '-HASH_bg')), ['/home-HASH_bg.wasm']);
  await page.getByRole('link', { name: 'Quiz' }).first().click();
  await waitForPage(page, 'Self-assessment', null);
  assert.ok(wasm.includes('/goodwill_bg.wasm'), JSON.stringify(wasm));
  // A navigation, as in the whole app: the new page's heading has the focus.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  // One app on the page: one header, and home comes back from the whole app.
  assert.equal(await page.locator('.site-header').count(), 1);
  await page.getByRole('link', { name: 'Home' }).first().click();
  await waitForPage(page, 'Networking, the giver’s way', null);
  assert.equal(wasm.filter((p) => p === '/goodwill_bg.wasm').length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

// One page of each part, with the bundle a visit that starts there downloads
// (src/route.rs, Route::bundle) and its heading.
const FIRST_PAGES = [
  { hash: '#/guides', bundle: 'library', h1: 'Library', title: 'Library — Goodwill' },
  { hash: '#/guides/give-first', bundle: 'library', h1: null, title: null },
  { hash: '#/quiz', bundle: 'quiz', h1: 'Self-assessment', title: null },
  { hash: '#/drafter', bundle: 'drafter', h1: 'Drafter', title: null },
  { hash: '#/people', bundle: 'people', h1: 'People', title: null },
  { hash: '#/data', bundle: 'data', h1: 'Your data', title: null },
];

for (const first of FIRST_PAGES) {
  test(`a visit that starts on ${first.hash} downloads only the ${first.bundle} bundle, then the whole app for another part`, async () => {
    const { context, page, wasm } = await pageCountingWasm();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/${first.hash}`);
    if (first.h1) await waitForPage(page, first.h1, first.title);
    else await page.locator('main h1').waitFor();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
    assert.deepEqual(wasm, [`/${first.bundle}_bg.wasm`]);
    assert.equal(await page.getByText('Opening…').count(), 0);
    assert.equal(await page.locator('.site-header').count(), 1);
    // Home is in no bundle but its own: following the link brings the whole app, once.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await waitForPage(page, 'Networking, the giver’s way', null);
    assert.deepEqual(wasm, [`/${first.bundle}_bg.wasm`, '/goodwill_bg.wasm']);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    assert.equal(await page.locator('.site-header').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('an address no bundle carries opens the whole app straight away', async () => {
  const { context, page, wasm } = await pageCountingWasm();
  await page.goto(`${site.origin}/#/no/such/page`);
  await waitForPage(page, 'Page not found', null);
  assert.deepEqual(wasm, ['/goodwill_bg.wasm']);
  assert.equal(await page.getByText('Opening…').count(), 0);
  await context.close();
});

test('a part’s own address carried by no page of it (an unknown quiz page) opens the whole app', async () => {
  const { context, page, wasm } = await pageCountingWasm();
  await page.goto(`${site.origin}/#/quiz/nonsense`);
  await waitForPage(page, 'Page not found', null);
  assert.deepEqual(wasm, ['/quiz_bg.wasm', '/goodwill_bg.wasm']);
  await context.close();
});
