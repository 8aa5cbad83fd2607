// Keyboard use: the skip link comes first, and activating it moves focus into the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './fixture.mjs';
import { open } from './pages.mjs';

const site = useSite();

const focused = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: element.textContent.trim(),
      visible: box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight,
    };
  });

test('the first Tab reaches a visible skip link', async () => {
  const page = await site.browser.newPage();
  await open(page, site.origin, '#/guides');
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  assert.equal(skip.tag, 'a');
  assert.equal(skip.text, 'Skip to content');
  assert.ok(skip.visible, 'the focused skip link is off screen');
  await page.close();
});

test('activating the skip link focuses main and keeps the route', async () => {
  const page = await site.browser.newPage();
  await open(page, site.origin, '#/guides');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const target = await focused(page);
  assert.equal(target.tag, 'main');
  assert.equal(target.id, 'main');
  assert.equal(new URL(page.url()).hash, '#/guides');
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Library');
  await page.close();
});

test('the next Tab after skipping lands on the first link inside main', async () => {
  const page = await site.browser.newPage();
  await open(page, site.origin, '#/guides');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.activeElement.closest('main') !== null);
  assert.ok(inMain, 'focus left main');
  await page.close();
});

test('following a link by keyboard moves focus to the new page heading', async () => {
  const page = await site.browser.newPage();
  await open(page, site.origin, '#/');
  await page.getByRole('link', { name: 'Read the guides' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal((await focused(page)).text, 'Library');
  await page.close();
});
