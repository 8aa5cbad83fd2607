// Saved data in a real browser: damaged data is kept aside, blocked or full storage is
// survived without loss, two tabs agree, and export / delete / import brings all back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { pageWithStored as openWithStored, useSite, watch } from './fixture.mjs';
import { open } from './pages.mjs';

const site = useSite();
const KEY = 'goodwill:data';
const V1 = await readFile(new URL('../fixtures/store/v1.json', import.meta.url), 'utf8');

/** A fresh context whose storage holds `text` under Goodwill's key before the app starts. */
const pageWithStored = (text, options) => openWithStored(site, '#/data', text, options);

const stored = (page, key = KEY) => page.evaluate((key) => localStorage.getItem(key), key);
const keptList = (page) => page.locator('section[aria-labelledby="kept-title"] ul').innerText();

test('saved data from the fixture shows on the Data page', async () => {
  const { context, page, seen } = await pageWithStored(V1);
  const kept = await keptList(page);
  assert.match(kept, /2 drafts \(1 marked sent\)/);
  assert.match(kept, /1 quiz result/);
  assert.match(kept, /your plan \(1 of 1 done\)/);
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});

test('damaged saved data is kept aside, announced, and the app still works', async () => {
  const damaged = '{"schema":1,"data":{"drafts":[{"id":"x", BROKEN';
  const { context, page, seen } = await pageWithStored(damaged);
  const notice = page.locator('.notice', { hasText: 'could not be read, so Goodwill started fresh' });
  await notice.waitFor();
  const keys = await page.evaluate(() => JSON.parse(localStorage.getItem('goodwill:corrupt-index')));
  assert.equal(keys.length, 1);
  assert.match(keys[0], /^goodwill:corrupt:\d{4}-\d\d-\d\dT/);
  assert.equal(await stored(page, keys[0]), damaged, 'the damaged text is kept byte for byte');
  // The download offers exactly the damaged text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the damaged data' }).click(),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), damaged);
  // The app works: navigate and come back.
  await page.getByRole('link', { name: 'Library' }).click();
  await page.locator('main h1', { hasText: 'Library' }).waitFor();
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});

test('one damaged record is set aside and the rest load', async () => {
  const doc = JSON.parse(V1);
  doc.data.drafts[0].kind = 'sonnet';
  const { context, page } = await pageWithStored(JSON.stringify(doc));
  await page.locator('.notice', { hasText: '1 saved item could not be read' }).waitFor();
  assert.match(await keptList(page), /^1 draft$/m);
  assert.match(await keptList(page), /1 unreadable item kept aside/);
  await context.close();
});

test('with storage switched off the app works from memory and says so', async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const seen = await watch(page, site.origin);
  await open(page, site.origin, '#/');
  await page.locator('.notice', { hasText: 'Nothing will be kept after you close this tab' }).waitFor();
  await page.getByRole('link', { name: 'Library' }).click();
  await page.locator('main h1', { hasText: 'Library' }).waitFor();
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});

test('a newer version’s data is shown but never overwritten', async () => {
  const newer = JSON.stringify({ ...JSON.parse(V1), schema: 999 });
  const { context, page } = await pageWithStored(newer);
  await page.locator('.notice', { hasText: 'saved by a newer version of Goodwill' }).waitFor();
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  assert.equal(await stored(page), newer);
  await context.close();
});

/** Downloads the export from the Data page and returns its text. */
async function exportFile(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a copy' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^goodwill-\d{4}-\d\d-\d\d\.json$/);
  return { path: await download.path(), text: await readFile(await download.path(), 'utf8') };
}

async function importFile(page, path) {
  await page.locator('#import-file').setInputFiles(path);
  await page.getByRole('group', { name: /^Import/ }).waitFor();
}

test('export, delete everything, import: all is back', async () => {
  const { context, page, seen } = await pageWithStored(V1);
  const file = await exportFile(page);
  // Read after the export, which saves the data in the app's own (normalised) form.
  const before = JSON.parse(await stored(page)).data;
  assert.equal(before.drafts.length, 2);
  assert.equal(JSON.parse(file.text).type, 'goodwill');

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  const confirm = page.getByRole('group', { name: 'Delete everything?' });
  assert.match(await confirm.innerText(), /2 drafts[\s\S]*1 quiz result[\s\S]*your plan/);
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByText('Nothing yet.').waitFor();
  assert.deepEqual(JSON.parse(await stored(page)).data.drafts, []);
  // Said where the button was, and focused, not under "Restore from a file".
  const focused = () => page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent }));
  await page.waitForFunction(() => document.activeElement?.id === 'delete-result');
  assert.match((await focused()).text, /was deleted/);
  assert.equal(await page.locator('section:has(#delete-heading) #delete-result').count(), 1);
  assert.equal(await page.locator('section:has(#import-heading) .notice').count(), 0);

  await importFile(page, file.path);
  // The preview takes the focus (and so scrolls into view on a phone).
  await page.waitForFunction(() => document.activeElement?.id === 'import-title');
  const preview = await page.getByRole('group', { name: /^Import/ }).innerText();
  assert.match(preview, /add 2 drafts/);
  assert.match(preview, /add 1 quiz result/);
  assert.match(preview, /add the file’s weekly plan/);
  assert.doesNotMatch(preview, /newer/);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Imported/).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'import-result');
  // The file is a downloaded copy: the page must not say none was ever made.
  assert.match(await page.locator('main').innerText(), /You last downloaded a copy on \d{4}-\d\d-\d\d/);
  assert.doesNotMatch(await page.locator('main').innerText(), /never downloaded/);
  const after = JSON.parse(await stored(page)).data;
  assert.deepEqual(after.drafts, before.drafts);
  assert.deepEqual(after.results, before.results);
  assert.deepEqual(after.plan, before.plan);
  assert.deepEqual(after.prefs, before.prefs);
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});

test('a wrong file gets a clear message and changes nothing', async () => {
  const { context, page } = await pageWithStored(V1);
  const before = await stored(page);
  for (const [name, body, message] of [
    ['notes.json', '{"hello": "world"}', /not a Goodwill export/],
    ['broken.json', '{"type":"goodwill","schema":1,"data":{', /not valid JSON/],
    ['photo.json', '\u0000\u0001binary', /not valid JSON/],
  ]) {
    await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: message }).waitFor();
    assert.match(await alert.innerText(), /Nothing was changed/);
  }
  assert.equal(await stored(page), before);
  await context.close();
});

test('when storage is full, changes stay in the tab, a banner says so, and the next change saves', async () => {
  const { context, page } = await pageWithStored(null);
  const file = { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(V1.replace('"schema": 1', '"type": "goodwill", "schema": 1')) };
  // Fill the origin's storage with someone else's keys until the browser refuses more.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`other-site:${i}`, chunk);
      } catch {
        for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
          try {
            localStorage.setItem(`other-site:fill:${size}`, 'y'.repeat(size));
          } catch {}
        }
        return;
      }
    }
  });
  await page.locator('#import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved yet' });
  await banner.waitFor();
  assert.match(await banner.innerText(), /storage for this site is full/);
  assert.match(await keptList(page), /2 drafts/, 'the import is in the tab');
  assert.equal(await stored(page), null);

  // Free space, make the next change: it saves, and the banner goes.
  await page.evaluate(() => localStorage.removeItem('other-site:0'));
  await page.locator('#import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await banner.waitFor({ state: 'detached' });
  assert.equal(JSON.parse(await stored(page)).data.drafts.length, 2);
  assert.ok(await stored(page, 'other-site:1'), 'other keys are left alone');
  await context.close();
});

test('a change in one tab reaches the other', async () => {
  const { context, page: first } = await pageWithStored(null);
  const second = await context.newPage();
  await open(second, site.origin, '#/data');
  await second.getByText('Nothing yet.').waitFor();
  await first.locator('#import-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(V1.replace('"schema": 1', '"type": "goodwill", "schema": 1')) });
  await first.getByRole('button', { name: 'Import', exact: true }).click();
  await second.locator('section[aria-labelledby="kept-title"] li', { hasText: '2 drafts' }).waitFor();
  await context.close();
});
