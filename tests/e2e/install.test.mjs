// Installing Goodwill on a phone: the web app manifest the page links to and its icons, what
// Chromium itself says about installability, the same under a sub-path, and offline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROMIUM } from './browser.mjs';
import { useSite, waitForPage, watch } from './fixture.mjs';
import { open } from './pages.mjs';
import { serveStatic } from './server.mjs';

const DIST = process.env.GOODWILL_DIST ?? 'dist';
const SUBPATH_DIST = process.env.GOODWILL_SUBPATH_DIST ?? 'target/dist-subpath';
const SUB_BASE = '/sub/path/';
const HOME = 'Networking, the giver’s way';

const site = useSite();
let subpath;
before(async () => {
  subpath = await serveStatic(SUBPATH_DIST, { base: SUB_BASE, notFound: true });
});
after(async () => {
  await subpath?.close();
});

/**
 * A browser with a profile of its own on disk. Playwright's `browser.newContext()` contexts
 * are off the record, and Chromium never installs from those: it answers `in-incognito`
 * to every installability question. A persistent profile is an ordinary window. Headless
 * mode itself is no obstacle: Chromium reports nothing about it.
 */
async function ordinaryProfile() {
  const dir = await mkdtemp(join(tmpdir(), 'goodwill-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: CHROME_FLAGS });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** The manifest the page links to, as `{ url, manifest }`, fetched from inside the page. */
async function linkedManifest(page) {
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert.ok(href, 'the page links no manifest');
  const url = new URL(href, page.url()).href;
  const text = await page.evaluate(
    (url) => fetch(url).then((r) => (r.ok ? r.text() : `${r.status}`), (error) => String(error)),
    url,
  );
  assert.ok(text.startsWith('{'), `the manifest at ${url} did not load: ${text}`);
  return { url, manifest: JSON.parse(text) };
}

/**
 * Each of `urls` fetched and decoded by the page, as `{ url, status, type, width, height }`.
 * For a maskable icon (`maskable`), also whether every pixel is opaque and every pixel
 * outside the safe zone (the centred circle of 40% of the size in radius) is the colour of
 * the corner, so a launcher's crop to any shape cuts no artwork.
 */
function decoded(page, urls, maskable = []) {
  return page.evaluate(
    ([urls, maskable]) =>
      Promise.all(
        urls.map(async (url) => {
          const response = await fetch(url).catch((error) => ({ status: 0, error: String(error) }));
          if (!response.ok) return { url, status: response.status, error: response.error };
          const image = await createImageBitmap(await response.blob());
          const row = {
            url,
            status: response.status,
            type: response.headers.get('content-type'),
            width: image.width,
            height: image.height,
          };
          if (maskable.includes(url)) {
            const canvas = new OffscreenCanvas(image.width, image.height);
            const context = canvas.getContext('2d');
            context.drawImage(image, 0, 0);
            const { data } = context.getImageData(0, 0, image.width, image.height);
            const centre = image.width / 2;
            const safe = 0.4 * image.width;
            let transparent = 0;
            let outsideSafeZone = 0;
            for (let y = 0; y < image.height; y++) {
              for (let x = 0; x < image.width; x++) {
                const i = 4 * (y * image.width + x);
                if (data[i + 3] !== 255) transparent++;
                const inside = Math.hypot(x + 0.5 - centre, y + 0.5 - centre) <= safe;
                if (!inside && [0, 1, 2].some((c) => data[i + c] !== data[c])) outsideSafeZone++;
              }
            }
            Object.assign(row, { transparent, outsideSafeZone });
          }
          return row;
        }),
      ),
    [urls, maskable],
  );
}

/** Chromium's own verdict, through the DevTools protocol: the manifest it read and why not. */
async function chromiumSays(context, page) {
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  await cdp.detach();
  return { manifest, errors: installabilityErrors.map((e) => [e.errorId, ...e.errorArguments.map((a) => a.value)].join(' ')) };
}

/** Every icon's address and declared size, resolved against the manifest's address. */
const iconsOf = (url, manifest) =>
  manifest.icons.map((icon) => ({ ...icon, url: new URL(icon.src, url).href }));

test('the linked manifest describes the app, and each icon loads at the size it states', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light' });
  try {
    const page = await context.newPage();
    const seen = await watch(page, site.origin);
    await open(page, site.origin, '#/');
    const { url, manifest } = await linkedManifest(page);
    assert.equal(url, `${site.origin}/manifest.webmanifest`);

    assert.match(manifest.name, /^Goodwill — /);
    assert.equal(manifest.short_name, 'Goodwill');
    assert.ok(manifest.description?.length > 40, 'no description');
    assert.equal(manifest.lang, 'en');
    assert.equal(manifest.display, 'standalone');
    // Relative, so the same file works wherever the app is served from.
    for (const field of ['id', 'start_url', 'scope']) {
      assert.ok(!/^([a-z]+:|\/)/.test(manifest[field]), `${field} ${manifest[field]} is not relative`);
      assert.equal(new URL(manifest[field], url).href, `${site.origin}/`, `${field} is not the app's base`);
    }
    const lightBg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
    const lightMeta = await page.locator('meta[name="theme-color"][media*="light"]').getAttribute('content');
    assert.equal(lightMeta, lightBg, 'the light theme-color meta is not --bg');
    assert.equal(manifest.theme_color, lightBg, 'theme_color');
    assert.equal(manifest.background_color, lightBg, 'background_color');

    const icons = iconsOf(url, manifest);
    const purposes = icons.map((i) => `${i.purpose} ${i.sizes}`).sort();
    assert.deepEqual(purposes, ['any 192x192', 'any 512x512', 'maskable 512x512']);
    const maskable = icons.filter((i) => i.purpose === 'maskable').map((i) => i.url);
    const rows = await decoded(page, icons.map((i) => i.url), maskable);
    for (const [icon, row] of icons.map((icon, n) => [icon, rows[n]])) {
      assert.equal(row.status, 200, `${icon.src} status`);
      assert.equal(icon.type, 'image/png', `${icon.src} declared type`);
      assert.equal(row.type, 'image/png', `${icon.src} served type`);
      assert.equal(`${row.width}x${row.height}`, icon.sizes, `${icon.src} is not the size it states`);
      if (icon.purpose === 'maskable') {
        assert.equal(row.transparent, 0, `${icon.src}: transparent pixels in a full-bleed icon`);
        assert.equal(row.outsideSafeZone, 0, `${icon.src}: artwork outside the safe zone`);
      }
    }

    // iOS takes its home-screen icon from the page, not the manifest.
    const touch = new URL(await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'), page.url()).href;
    const [touchRow] = await decoded(page, [touch]);
    assert.deepEqual([touchRow.status, touchRow.type, touchRow.width, touchRow.height], [200, 'image/png', 180, 180]);

    // Chromium read the same file, found nothing wrong in it, and nothing broke the policy.
    const { manifest: read } = await chromiumSays(context, page);
    assert.equal(read.url, url);
    assert.deepEqual(read.errors, [], 'Chromium found errors in the manifest');
    assert.deepEqual(seen.consoleErrors, [], 'console errors');
    assert.deepEqual(seen.policyViolations, [], 'Content-Security-Policy violations');
    assert.deepEqual(seen.errorResponses, [], 'error responses');
  } finally {
    await context.close();
  }
});

test('Chromium finds nothing in the way of installing the app', async () => {
  const { context, close } = await ordinaryProfile();
  try {
    const page = await context.newPage();
    await open(page, site.origin, '#/');
    await controlled(page);
    const { errors } = await chromiumSays(context, page);
    assert.deepEqual(errors, [], 'installability errors');
  } finally {
    await close();
  }
});

test('the build tells hosts the manifest’s type and to revalidate it', async () => {
  const headers = await readFile(join(DIST, '_headers'), 'utf8');
  const block = headers.match(/^\/manifest\.webmanifest\n((?: {2}.*\n)+)/m);
  assert.ok(block, `_headers has no rule for /manifest.webmanifest:\n${headers}`);
  assert.match(block[1], /^ {2}Content-Type: application\/manifest\+json$/m);
  assert.match(block[1], /^ {2}Cache-Control: no-cache$/m);
  assert.match(headers, /manifest-src 'self'/, 'the policy does not allow the manifest');
});

test('under a sub-path, the start URL, scope and icons stay inside it', async () => {
  const { context, close } = await ordinaryProfile();
  try {
    const page = await context.newPage();
    const seen = await watch(page, subpath.origin);
    await page.goto(`${subpath.url}#/`);
    await waitForPage(page, HOME, null);
    await controlled(page);
    const { url, manifest } = await linkedManifest(page);
    assert.equal(url, `${subpath.url}manifest.webmanifest`);
    for (const field of ['id', 'start_url', 'scope']) {
      assert.equal(new URL(manifest[field], url).href, subpath.url, `${field} is not ${SUB_BASE}`);
    }
    const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope));
    assert.equal(scope, subpath.url, 'the service worker does not cover the start URL');
    const icons = iconsOf(url, manifest);
    for (const icon of icons) assert.ok(icon.url.startsWith(subpath.url), `${icon.url} is outside ${SUB_BASE}`);
    const rows = await decoded(page, icons.map((i) => i.url));
    assert.deepEqual(
      rows.map((r) => `${r.status} ${r.width}x${r.height}`),
      icons.map((i) => `200 ${i.sizes}`),
    );
    const { manifest: read, errors } = await chromiumSays(context, page);
    assert.equal(read.url, url);
    assert.deepEqual(errors, [], 'installability errors under the sub-path');
    assert.ok(seen.requests.every((r) => r.startsWith(subpath.url)), `requests outside ${SUB_BASE}: ${seen.requests}`);
    assert.deepEqual(seen.errorResponses, [], 'error responses');
  } finally {
    await close();
  }
});

test('after one visit, the start URL opens offline, with the manifest and icons from the cache', async () => {
  const { context, close } = await ordinaryProfile();
  try {
    const page = await context.newPage();
    await open(page, site.origin, '#/');
    await controlled(page);
    const { url, manifest } = await linkedManifest(page);
    const startUrl = new URL(manifest.start_url, url).href;
    const icons = iconsOf(url, manifest).map((i) => i.url);

    await context.setOffline(true);
    const fromWorker = new Map();
    page.on('response', (response) => fromWorker.set(response.url(), response.fromServiceWorker()));
    // What a tap on the home-screen icon does: open the start URL, afresh.
    await page.goto(startUrl);
    await waitForPage(page, HOME, null);
    assert.ok(await page.evaluate(() => navigator.onLine === false), 'the browser is not offline');

    const rows = await decoded(page, icons);
    assert.deepEqual(rows.map((r) => `${r.status} ${r.url}`), icons.map((u) => `200 ${u}`), 'icons offline');
    const offlineManifest = await linkedManifest(page);
    assert.deepEqual(offlineManifest.manifest, manifest, 'the manifest offline');
    for (const u of [url, ...icons]) assert.equal(fromWorker.get(u), true, `${u} did not come from the service worker`);
    const cached = await page.evaluate(
      (urls) => Promise.all(urls.map((u) => caches.match(u).then((r) => r?.status ?? null))),
      [url, ...icons],
    );
    assert.deepEqual(cached, [url, ...icons].map(() => 200), 'not in the cache');

    // Chromium's own fetches, too: it reads the manifest and its icons with no network.
    const { manifest: read, errors } = await chromiumSays(context, page);
    assert.deepEqual(JSON.parse(read.data), manifest);
    assert.deepEqual(errors, [], 'installability errors offline');
  } finally {
    await close();
  }
});
