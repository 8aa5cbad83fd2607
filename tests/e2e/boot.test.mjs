// The boot screen: what a visitor sees while the .wasm downloads, and when it cannot start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, watch } from './fixture.mjs';

const site = useSite();

/** The main navigation's links as [text, href] pairs, inside `scope`. */
const navLinks = (page, scope) =>
  page.$$eval(`${scope} nav[aria-label="Main"] a`, (links) =>
    links.map((a) => [a.textContent.trim(), a.getAttribute('href')]),
  );

/** Holds every .wasm request until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let held;
  const arrived = new Promise((resolve) => (held = resolve));
  await page.route(/\.wasm$/, async (route) => {
    held();
    await released;
    await route.continue();
  });
  return { arrived, release };
}

test('the boot screen shows at once, in the app layout, and gives way to the app', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const seen = await watch(page, site.origin);
  const wasm = await holdWasm(page);
  await page.goto(`${site.origin}/#/quiz`);
  await wasm.arrived;

  // Before the .wasm: the name, the main navigation and a status line, nothing failed.
  assert.equal((await page.locator('#boot .boot-status').textContent()).trim(), 'Loading Goodwill…');
  assert.equal(await page.locator('#boot-failed').isVisible(), false);
  const bootNav = await navLinks(page, '#boot');
  const bootHeader = await page.locator('#boot .site-header').boundingBox();

  wasm.release();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
  assert.equal(await page.locator('#boot').count(), 0, 'the boot screen is removed');
  assert.equal(await page.locator('.site-header').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Self-assessment');
  // The boot screen's links are the app's, and its header is where the app's is drawn.
  assert.deepEqual(bootNav, await navLinks(page, '.site-header'));
  assert.deepEqual(await page.locator('.site-header').boundingBox(), bootHeader);
  assert.equal(await page.locator('#boot-failed').isVisible(), false);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.policyViolations, []);
  await context.close();
});

// On a slow connection the stylesheet takes a round trip or more: the bundle's files must
// not wait for it, as a module or deferred loader would.
for (const [hash, bundle] of [
  ['#/', /\/home-[0-9a-f]+_bg\.wasm$/],
  ['#/guides', /\/library_bg\.wasm$/],
]) {
  test(`a visit to ${hash} downloads its bundle while the stylesheet is still on its way`, async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page, site.origin);
    let release;
    const released = new Promise((resolve) => (release = resolve));
    let asked;
    const cssAsked = new Promise((resolve) => (asked = resolve));
    await page.route(/\/style-[0-9a-f]+\.css$/, async (route) => {
      asked();
      await released;
      await route.continue();
    });
    const wasm = page.waitForRequest(bundle);
    const loaded = page.goto(`${site.origin}/${hash}`);
    await cssAsked;
    // The .wasm is asked for while the stylesheet is held.
    await wasm;
    release();
    await loaded;
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
    assert.equal(await page.locator('#boot-failed').isVisible(), false);
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.policyViolations, []);
    await context.close();
  });
}

test('a .wasm that does not arrive says so, and Reload recovers', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${site.origin}/#/drafter`);

  const failed = page.locator('#boot-failed');
  await failed.waitFor({ state: 'visible' });
  assert.equal(await failed.getAttribute('role'), 'alert');
  assert.match(await failed.textContent(), /Nothing you saved is lost/);
  assert.equal(await page.locator('#boot .boot-status').isVisible(), false, 'no "Loading" beside the failure');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'boot-reload');

  // Back online: Reload starts the app on the page that was asked for.
  await page.unroute(/\.wasm$/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Drafter');
  assert.equal(await page.locator('#boot-failed').isVisible(), false);
  await context.close();
});

test('after the start, only a trap in the .wasm shows the failure, not other scripts\u2019 errors', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}/#/`);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));

  // An error from some other script (an extension, say) is none of the app's business.
  await page.evaluate(() => {
    window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('not ours'), filename: location.href }));
    window.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: new Error('not ours') }));
  });
  assert.equal(await page.locator('#boot-failed').isVisible(), false);

  // A Rust panic ends as a RuntimeError thrown out of the .wasm into an event handler.
  await page.evaluate(() => {
    window.dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') }));
  });
  await page.locator('#boot-failed').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'boot-reload');
  await context.close();
});

test('without JavaScript the page says what it needs, not "Loading" forever', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/#/`);
  assert.equal(await page.locator('#boot .boot-status').isVisible(), false);
  assert.match(await page.locator('main').innerText(), /needs JavaScript and WebAssembly/);
  assert.equal(await page.locator('.site-header .site-name').isVisible(), true);
  await context.close();
});
