// The self-assessment in a real browser: taken by keyboard alone, by taps on a phone
// (each tap goes on by itself), resumed after a reload,
// its result page checked by axe, shared through a link that shows the same figures in a
// fresh browser, and its plan's ticks kept across reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { useSite, watch, waitForPage } from './fixture.mjs';
import { open } from './pages.mjs';

const site = useSite();
const KEY = 'goodwill:data';
const RESULTS = await readFile(new URL('../fixtures/store/quiz-results.json', import.meta.url), 'utf8');

const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
const focusedRadio = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.type === 'radio' ? { name: element.name, value: element.value } : null;
  });

const describe = (violations) =>
  violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');

async function assertAxeClean(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
  assert.equal(violations.length, 0, describe(violations));
}

/** Presses Tab until a radio has the focus (at most `limit` times). */
async function tabToRadio(page, limit = 30) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await focusedRadio(page)) return;
  }
  throw new Error('Tab never reached a radio');
}

/** Answers every question on the screen by keyboard: a digit per item, Tab between them. */
async function answerScreen(page, pick) {
  const counts = await page.locator('.quiz-screen fieldset').evaluateAll((sets) =>
    sets.map((set) => set.querySelectorAll('input[type=radio]').length),
  );
  for (const [index, count] of counts.entries()) {
    await page.keyboard.press(String(pick(index, count)));
    if (index < counts.length - 1) await page.keyboard.press('Tab');
  }
  return counts.length;
}

test('the whole quiz can be taken by keyboard alone and reaches a result', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = await watch(page, site.origin);
  await open(page, site.origin, '#/quiz');
  let answered = 0;
  for (let screen = 0; answered < 36; screen++) {
    assert.ok(screen < 36, 'the quiz never ended');
    await tabToRadio(page);
    answered += await answerScreen(page, (index, count) => 1 + ((screen + index) % count));
    await page.keyboard.press('Enter');
    if (answered < 36) {
      // The next screen's heading takes the focus, for screen readers.
      await page.waitForFunction(
        (first) => document.activeElement?.id === 'quiz-screen-heading' &&
          document.activeElement.textContent.includes(`Questions ${first} `),
        answered + 1,
      );
      assert.equal(await page.locator('#quiz-progress').getAttribute('value'), String(answered));
      assert.match(await page.locator('.quiz-progress').innerText(), new RegExp(`${answered} of 36 answered`));
    }
  }
  await waitForPage(page, 'Your result', 'Your result — Goodwill');
  const data = await stored(page);
  assert.equal(data.data.results.length, 1);
  assert.equal(Object.keys(data.data.results[0].answers).length, 36);
  assert.equal(data.data.quiz_progress, null);
  await page.locator('.style-chart').waitFor();
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('next waits for an answer, says why and focuses the first unanswered question', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await open(page, site.origin, '#/quiz');
  await tabToRadio(page);
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'Please answer every question' }).waitFor();
  const radio = await focusedRadio(page);
  const second = await page.locator('.quiz-screen fieldset').nth(1).locator('input').first().getAttribute('name');
  assert.equal(radio?.name, second, 'focus went to the second question');
  await context.close();
});

test('on a phone a tapped answer goes on by itself; a key or Back never does', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.clock.install();
  await open(page, site.origin, '#/quiz');
  const heading = page.locator('#quiz-screen-heading');
  await heading.filter({ hasText: 'Question 1 of 36' }).waitFor();

  // One tap: the answer is saved and, after a short pause, the next question opens.
  await page.locator('.quiz-screen label').nth(3).tap();
  await page.clock.runFor(1000);
  await heading.filter({ hasText: 'Question 2 of 36' }).waitFor();
  assert.equal(Object.keys((await stored(page)).data.quiz_progress.answers).length, 1);

  // A key answers without moving on: an arrow may only be passing through the options.
  await tabToRadio(page);
  await page.keyboard.press('2');
  await page.clock.runFor(2000);
  assert.equal(await heading.innerText(), 'Question 2 of 36');
  assert.equal(Object.keys((await stored(page)).data.quiz_progress.answers).length, 2);

  // Back after a tap cancels the pending step: the user went back to change something.
  await page.locator('.quiz-screen label').nth(0).tap();
  await page.getByRole('button', { name: 'Back' }).tap();
  await page.clock.runFor(2000);
  assert.equal(await heading.innerText(), 'Question 1 of 36');
  await context.close();
});

test('a reload halfway resumes at the same question with the answers kept', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const seen = await watch(page, site.origin);
  await open(page, site.origin, '#/quiz');
  // On a phone each screen holds one question.
  for (let n = 1; n <= 5; n++) {
    await tabToRadio(page);
    await page.keyboard.press(String(1 + (n % 3)));
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.activeElement?.textContent === `Question ${n} of 36`, n + 1);
  }
  const before = (await stored(page)).data.quiz_progress;
  assert.equal(Object.keys(before.answers).length, 5);

  await page.reload();
  await page.locator('#quiz-screen-heading', { hasText: 'Question 6 of 36' }).waitFor();
  assert.match(await page.locator('.quiz-progress').innerText(), /5 of 36 answered/);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('#quiz-screen-heading', { hasText: 'Question 5 of 36' }).waitFor();
  const checked = await page.locator('.quiz-screen input:checked').getAttribute('value');
  const name = await page.locator('.quiz-screen input:checked').getAttribute('name');
  assert.equal(Number(checked), before.answers[name]);

  // The same position also resumes on a wide screen, at the same question.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await page.locator('#quiz-screen-heading', { hasText: 'Questions 1 to 6 of 36' }).waitFor();
  assert.equal(await page.locator('.quiz-screen input:checked').count(), 5);
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});

test('the result page passes axe, and its shared link shows the same figures elsewhere', async () => {
  // Reduced motion turns the links' 120 ms colour transition off, so axe, run right after
  // the scheme switches, reads the settled colours rather than a blend midway.
  const context = await site.browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await open(page, site.origin, '#/quiz/result');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, RESULTS]);
  await page.reload();
  await page.locator('.habit-chart').waitFor();
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await assertAxeClean(page);
  }
  // Two or more attempts: changes since last time, with a trend per habit.
  assert.match(await page.locator('.result-since').innerText(), /Giving first\s+68 → 80 \(\+12\)/);
  assert.equal(await page.locator('.trend-chart').count(), 6);
  assert.equal(await page.locator('.result-history li').count(), 3);
  await page.getByRole('heading', { name: 'Watch for giving burnout' }).waitFor();

  const figures = async (page) => ({
    style: await page.locator('.style-chart').getAttribute('aria-label'),
    habits: await page.locator('.habit-chart').getAttribute('aria-label'),
    main: await page.locator('#style-title').innerText(),
  });
  const mine = await figures(page);
  assert.match(mine.style, /Giver 52%, Matcher 30%, Taker 18%/);

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const link = await page.locator('#share-url').inputValue();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(link, /#\/shared\/1-52-30-18-g-1-[0-9-]+$/);
  assert.doesNotMatch(link, /give-0/, 'the link carries no answers');

  const fresh = await site.browser.newContext();
  const viewer = await fresh.newPage();
  const seen = await watch(viewer, site.origin);
  await viewer.goto(link);
  await waitForPage(viewer, 'A shared result', 'A shared result — Goodwill');
  assert.deepEqual(await figures(viewer), mine);
  await viewer.getByRole('heading', { name: 'Watch for giving burnout' }).waitFor();
  await viewer.getByRole('link', { name: 'Take the self-assessment' }).waitFor();
  assert.equal(await viewer.evaluate((key) => localStorage.getItem(key), KEY), null, 'viewing saves nothing');
  await assertAxeClean(viewer);
  assert.deepEqual(seen.pageErrors, []);
  await fresh.close();
  await context.close();
});

test('a kept plan’s ticks survive a reload', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await open(page, site.origin, '#/quiz/result');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, RESULTS]);
  // The latest result's plan was kept: drop it and keep the suggested one afresh.
  await page.reload();
  await page.getByRole('button', { name: 'Drop this plan' }).click();
  await page.getByRole('button', { name: 'Keep this plan' }).click();
  const boxes = page.locator('.plan-kept input[type=checkbox]');
  assert.ok((await boxes.count()) >= 2);
  assert.equal(await page.locator('.plan-kept input:checked').count(), 0);
  await boxes.nth(1).check();
  await page.reload();
  await page.locator('.plan-kept').waitFor();
  assert.equal(await boxes.nth(0).isChecked(), false);
  assert.equal(await boxes.nth(1).isChecked(), true);
  const plan = (await stored(page)).data.plan;
  assert.equal(plan.from_result, 'r-quiz3');
  assert.deepEqual(plan.items.map((i) => i.done).slice(0, 2), [false, true]);
  await context.close();
});
