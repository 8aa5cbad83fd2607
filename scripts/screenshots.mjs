// Saves a PNG of every page at phone and desktop widths, light and dark, so a person can
// look at what the app shows. Run through `npm run screenshots` (builds dist/ first).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deployChangedBuild, servedCopy } from '../tests/e2e/deploy.mjs';
import { serveStatic } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { FIXED_PAGES, guidePages, open } from '../tests/e2e/pages.mjs';

const OUT = process.argv[2] ?? 'target/screenshots';
const VIEWPORTS = [
  { label: '360', width: 360, height: 800 },
  { label: '1280', width: 1280, height: 900 },
];
const SCHEMES = ['light', 'dark'];
// Pages shown again with saved data in place, and what to click before the picture.
const V1 = await readFile(new URL('../tests/fixtures/store/v1.json', import.meta.url), 'utf8');
const QUIZ = await readFile(new URL('../tests/fixtures/store/quiz-results.json', import.meta.url), 'utf8');
const PEOPLE = await readFile(new URL('../tests/fixtures/store/people.json', import.meta.url), 'utf8');
const QUIZ_HALFWAY = JSON.stringify({
  schema: 2,
  data: {
    quiz_progress: {
      started: '2026-11-22T03:00:00.000Z',
      answers: { 'give-01': 4, 'score-01': 2, 'ask-01': 5, 'follow-01': 3, 'touch-01': 4, 'sustain-01': 2 },
      position: 6,
    },
  },
});

/** The v1 fixture with its one draft changed by `changes`, as a saved document. */
function withDraft(changes) {
  const saved = JSON.parse(V1);
  const [draft, ...rest] = saved.data.drafts;
  return JSON.stringify({ ...saved, data: { ...saved.data, drafts: [{ ...draft, ...changes }, ...rest] } });
}

const SEEDED = [
  { name: 'data-filled', hash: '#/data', seed: V1, click: [] },
  { name: 'people-filled', hash: '#/people', seed: PEOPLE, click: [] },
  { name: 'person', hash: '#/people/p-ana', seed: PEOPLE, click: [] },
  { name: 'home-people', hash: '#/', seed: PEOPLE, click: [] },
  { name: 'data-delete', hash: '#/data', seed: V1, click: ['Delete everything…'] },
  { name: 'quiz-result', hash: '#/quiz/result', seed: QUIZ, click: [] },
  { name: 'quiz-result-shared', hash: '#/quiz/result', seed: QUIZ, click: ['Copy share link'] },
  { name: 'quiz-halfway', hash: '#/quiz', seed: QUIZ_HALFWAY, click: ['Next'] },
  { name: 'notice-corrupt', hash: '#/', seed: '{"schema":1,"data":[BROKEN', click: [] },
  // The sent request from the fixture, rewritten with problems, open in the editor.
  {
    name: 'editor',
    hash: '#/drafter/d-mhx1',
    seed: withDraft({
      body: 'Hi Ana,\n\nCan I pick your brain sometime? I am looking for any opportunities and would love your help ASAP!!\n\nSam',
    }),
    click: [],
  },
  // A long draft repeating one finding: one card counts them, "too long" is marked once.
  {
    name: 'editor-repeats',
    hash: '#/drafter/d-mhx1',
    seed: withDraft({
      body: `Hi Ana,\n\n${Array.from({ length: 10 }, (_, n) => `Point ${n + 1}: I need your notes on the onboarding plan ASAP so the team can move on it this week.`).join('\n\n')}\n\nSam`,
    }),
    click: [],
  },
  // A pasted check-in with a favour tucked in: the checklist and the verdict say so.
  {
    name: 'editor-check-in-ask',
    hash: '#/drafter/d-mhx1',
    seed: withDraft({
      kind: 'check-in',
      sent: null,
      subject: 'Congratulations!',
      form: {},
      body: 'Hi Ana,\n\nCongrats on the new role at Monzo! Could you introduce me to your hiring manager?\n\nSam',
    }),
    click: [],
  },
  // A favour in words no phrase list holds, found by reading the ask itself.
  {
    name: 'editor-check-in-favour',
    hash: '#/drafter/d-mhx1',
    seed: withDraft({
      kind: 'check-in',
      sent: null,
      subject: 'Congratulations!',
      form: {},
      body: 'Hi Ana,\n\nCongratulations on the paper being accepted! Could you please share the final version?\n\nSam',
    }),
    click: [],
  },
];

const server = await serveStatic('dist');
const browser = await launch();
try {
  await mkdir(OUT, { recursive: true });
  const probe = await browser.newPage();
  const pages = [...FIXED_PAGES, ...(await guidePages(probe, server.origin))];
  await probe.close();
  let count = 0;
  for (const scheme of SCHEMES) {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme: scheme,
        // No transitions, so a picture never catches a hover or current-page fade midway.
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      for (const { name, hash } of pages) {
        await open(page, server.origin, hash);
        const file = join(OUT, `${name}-${viewport.label}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        count += 1;
      }
      for (const { name, hash, seed, click } of SEEDED) {
        await open(page, server.origin, hash);
        await page.evaluate((seed) => {
          localStorage.clear();
          localStorage.setItem('goodwill:data', seed);
        }, seed);
        await page.reload();
        await page.locator('main h1').waitFor();
        for (const label of click) await page.getByRole('button', { name: label }).click();
        // The editor's findings come from the checker worker: wait for its answer.
        if (await page.locator('.editor-side').count()) {
          await page.locator('.editor-side[aria-busy="false"]').waitFor();
        }
        const file = join(OUT, `${name}-${viewport.label}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.evaluate(() => localStorage.clear());
        count += 1;
      }
      await context.close();
    }
  }
  count += await bannerShots();
  count += await bootShots();
  console.log(`screenshots: saved ${count} PNGs in ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}

/**
 * The "new version" banner, which only shows after a deploy: serves a copy of dist/, lets
 * the service worker take over, fakes a deploy and reloads. One page for every size and
 * scheme, since the banner stays; the screen (not the full page), as the banner is pinned.
 */
async function bannerShots() {
  const { dir, server: site, close } = await servedCopy('dist');
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  let count = 0;
  try {
    const page = await context.newPage();
    await open(page, site.origin, '#/guides');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await deployChangedBuild(dir);
    await page.reload();
    await page.locator('.update-banner').waitFor({ timeout: 15_000 });
    for (const scheme of SCHEMES) {
      for (const viewport of VIEWPORTS) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.screenshot({ path: join(OUT, `update-banner-${viewport.label}-${scheme}.png`) });
        count += 1;
      }
    }
  } finally {
    await context.close();
    await close();
  }
  return count;
}

/**
 * The boot screen, which shows only until the .wasm arrives: once held back (still
 * loading) and once refused (the failure message), at every size and scheme.
 */
async function bootShots() {
  let count = 0;
  for (const [state, handle] of [
    ['boot-loading', () => {}],
    ['boot-failed', (route) => route.abort('internetdisconnected')],
  ]) {
    for (const scheme of SCHEMES) {
      for (const viewport of VIEWPORTS) {
        const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: scheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        // Never answering a held request is fine: the context is closed right after.
        await page.route(/\.wasm$/, handle);
        await page.goto(`${server.origin}/#/`);
        await page.locator(state === 'boot-failed' ? '#boot-failed' : '#boot .boot-status').waitFor();
        await page.screenshot({ path: join(OUT, `${state}-${viewport.label}-${scheme}.png`), fullPage: true });
        await context.close();
        count += 1;
      }
    }
  }
  return count;
}
