// `npm run bench` (after a release build): what a visitor pays for Goodwill, printed as tables.
//
//   1. sizes: every file in dist/, raw and gzip -9, and the first load (HTML + JS + WASM +
//      CSS) against the gzip budget;
//   2. speed: first contentful paint and "interactive" for each route below, beside a plain
//      static HTML page with the same text and stylesheet, served by the same server in the
//      same run; the median of several cold loads and the ratio app / static;
//   2a. the same on a slow phone connection (Lighthouse's "Fast 3G": 150 ms round trips,
//       1.6 Mbit/s down), where the order of downloads shows: ready and its ratio;
//   2b. the editor: time to first findings, the checker worker's round trip per keystroke
//       and the main thread's long tasks while typing, in a 150-word, 100 KB and 1 MB draft;
//   3. Lighthouse: performance, accessibility, best practices and SEO for each route;
//   4. axe-core: accessibility violations for each route.
//
// "Interactive" for the app is the `goodwill-ready` performance mark (src/ui/hooks/
// use_ready_mark.rs): set after the first render, when the h1 and the main navigation are in
// the DOM with their listeners attached; the first run of each route checks that the
// navigation really responds. For the static page it is DOMContentLoaded, when its plain
// links work. Everything is served from 127.0.0.1 gzipped and with the caching headers of
// assets/_headers, as a real host would.
//
//   node scripts/bench.mjs [DIST]     env: BENCH_RUNS (5), BENCH_CPU_SLOWDOWN (4),
//                                          BENCH_LIGHTHOUSE=0 to skip Lighthouse
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { launch, CHROMIUM, CHROME_FLAGS } from '../tests/e2e/browser.mjs';
import { serveStatic } from '../tests/e2e/server.mjs';
import { measure, printSizes } from './sizes.mjs';

// The routes to measure. `checker` names a performance measure a page records each time
// its in-page checker runs on load; the drafter's checker is timed in its own section
// below, on a real draft, since its start page runs no check.
const ROUTES = [
  { name: 'home', hash: '#/' },
  { name: 'library', hash: '#/guides' },
  { name: 'guide', hash: '#/guides/give-first' },
  { name: 'quiz', hash: '#/quiz' },
  { name: 'drafter', hash: '#/drafter' },
  { name: 'data', hash: '#/data' },
];

// A realistic 150-word request with a few problems, for timing the checker in the page.
const REQUEST_150 = `Hi Ana,

I hope you are well. We met briefly at the product meetup in March, where you talked about
rebuilding onboarding at Northwind. I have been thinking about your point on measuring the
first week rather than the first day ever since.

I am moving from support into product research, and I am trying to understand how teams
decide what to measure first. Could I pick your brain sometime? I would really appreciate
any advice on how you chose the first three metrics, and whether you would do it the same
way again. If it helps, I could share the interview notes from my own small study of
twelve new users; a few of them surprised me.

Please get back to me when you can, ideally this week, since I have a call with a hiring
manager on Friday and would love to mention what I learned.

Thanks so much,
Sam`;

const DIST = process.argv[2] ?? 'dist';
// The first-load issue's budget: what a first visit to the home page downloads.
const BUDGET_GZIP = 190 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Lighthouse's mobile setting: a fast desktop CPU slowed to a mid-range phone's.
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 4);
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const READY_MARK = 'goodwill-ready';
// Lighthouse's mobile network (DevTools' "Fast 3G"), with its 0.9 factor for real-world loss.
const FAST_3G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);
const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Prints rows of strings as aligned columns, the first row a header. */
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

// 1. Sizes --------------------------------------------------------------------------------
console.log(`\n## Sizes (${DIST}/)\n`);
const sizes = await measure(DIST);
printSizes(sizes);
// What a visit downloads before its first page runs: the page, its stylesheet, boot.js and
// the bundle of the page it starts on (src/route.rs, Bundle): home's under a hashed name,
// the others' under fixed ones. sw.js, 404.js and the precache the service worker fetches
// after the page is up are not part of it.
const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
const shared = sizes.filter((f) => f.name === 'index.html' || /^(style|boot)-[0-9a-f]{8,16}\.(js|css)$/.test(f.name));
const bundle = (name) =>
  sizes.filter((f) => (name === 'home' ? /^home-[0-9a-f]{8,16}(_bg)?\.(js|wasm)$/ : new RegExp(`^${name}(_bg)?\\.(js|wasm)$`)).test(f.name));
const BUNDLES = [
  ['home', 'home'],
  ['library or a guide', 'library'],
  ['the quiz or a result', 'quiz'],
  ['the drafter', 'drafter'],
  ['people', 'people'],
  ['your data', 'data'],
];
const visits = [['a visit that starts on', 'bundle', 'raw', 'gzip -9', 'brotli 11']];
for (const [label, name] of BUNDLES) {
  const files = [...shared, ...bundle(name)];
  if (files.length !== shared.length + 2) throw new Error(`${DIST}/ has no ${name} bundle (.js and _bg.wasm)`);
  visits.push([label, name, kb(sum(files, 'raw')), kb(sum(files, 'gzip')), kb(sum(files, 'brotli'))]);
}
const adds = (label, files) => [label, files.map((f) => f.name).join(', '), kb(sum(files, 'raw')), kb(sum(files, 'gzip')), kb(sum(files, 'brotli'))];
// The checker's worker comes only when the editor opens; the whole app, the first time
// a page outside the visit's bundle is opened.
visits.push(adds("+ opening the drafter's editor", sizes.filter((f) => /^checker[._]/.test(f.name))));
visits.push(adds('+ a page outside the bundle', bundle('goodwill')));
console.log('');
table(visits);
const home = [...shared, ...bundle('home')];
const under = BUDGET_GZIP - sum(home, 'gzip');
console.log(
  `\nfirst visit to home (${home.map((f) => f.name).join(', ')}): ${kb(sum(home, 'gzip'))} gzip of a ${kb(BUDGET_GZIP)} budget: ` +
    (under >= 0 ? `${kb(under)} (${((100 * under) / BUDGET_GZIP).toFixed(0)}%) under` : `${kb(-under)} OVER`),
);

// The static twins live beside the app in a copy of dist/, so both are served alike.
const dir = await mkdtemp(join(tmpdir(), 'goodwill-bench-'));
await cp(DIST, dir, { recursive: true });
const server = await serveStatic(dir, { gzip: true, cache: true });
const browser = await launch();

/** Loads `url` in a fresh context (cold cache, no service worker) and returns its timings. */
async function load(url, { app, checkNav = false, checker, network }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (CPU_SLOWDOWN > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.goto(url);
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  if (app) await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
  else await page.waitForLoadState('domcontentloaded');
  const timing = await page.evaluate(
    ([app, mark, checker]) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      const interactive = app
        ? performance.getEntriesByName(mark)[0].startTime
        : performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
      const checks = checker ? performance.getEntriesByName(checker).map((e) => e.duration) : [];
      return { fcp, interactive, checks };
    },
    [app, READY_MARK, checker ?? null],
  );
  if (checkNav) {
    // "Interactive" must mean it: the main navigation answers a click.
    const before = await page.locator('main h1').textContent();
    const target = before.trim() === 'Library' ? 'Home' : 'Library';
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: target }).click();
    await page.waitForFunction((before) => document.querySelector('main h1')?.textContent !== before, before, { timeout: 5_000 });
  }
  await context.close();
  return timing;
}

/** Writes a static page with the text `hash` shows and the app's stylesheet; returns its URL. */
async function staticTwin(route) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/${route.hash}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
  const { title, stylesheet, body } = await page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    for (const script of copy.querySelectorAll('script')) script.remove();
    return {
      title: document.title,
      stylesheet: document.querySelector('link[rel="stylesheet"]').getAttribute('href'),
      body: copy.innerHTML,
    };
  });
  await page.close();
  const name = `bench-static-${route.name}.html`;
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${stylesheet}" />
  </head>
  <body>${body}</body>
</html>
`;
  await writeFile(join(dir, name), html);
  return `${server.origin}/${name}`;
}

try {
  // 2. Speed ------------------------------------------------------------------------------
  console.log(
    `\n## Speed: median of ${RUNS} cold loads, CPU slowed ${CPU_SLOWDOWN}x, gzip over 127.0.0.1\n`,
  );
  const speed = [['route', 'FCP app', 'FCP static', 'ratio', 'ready app', 'ready static', 'ratio', 'checker']];
  for (const route of ROUTES) {
    const twin = await staticTwin(route);
    const appRuns = [];
    const staticRuns = [];
    // Alternate, so a slow moment of the machine hits both sides alike.
    for (let run = 0; run < RUNS; run += 1) {
      appRuns.push(await load(`${server.origin}/${route.hash}`, { app: true, checkNav: run === 0, checker: route.checker }));
      staticRuns.push(await load(twin, { app: false }));
    }
    const fcp = [median(appRuns.map((r) => r.fcp)), median(staticRuns.map((r) => r.fcp))];
    const ready = [median(appRuns.map((r) => r.interactive)), median(staticRuns.map((r) => r.interactive))];
    const checks = appRuns.flatMap((r) => r.checks);
    const checker = !route.checker ? '—' : checks.length ? `${median(checks).toFixed(2)} ms` : 'not recorded';
    speed.push([
      route.name,
      ms(fcp[0]),
      ms(fcp[1]),
      `${(fcp[0] / fcp[1]).toFixed(1)}x`,
      ms(ready[0]),
      ms(ready[1]),
      `${(ready[0] / ready[1]).toFixed(1)}x`,
      checker,
    ]);
  }
  table(speed);

  // 2a. A slow phone connection -----------------------------------------------------------
  console.log(`\n## Speed on Fast 3G (150 ms round trips, 1.6 Mbit/s), CPU slowed ${CPU_SLOWDOWN}x, median of ${RUNS}\n`);
  const slow = [['route', 'ready app', 'ready static', 'ratio']];
  for (const route of ROUTES) {
    const twin = `${server.origin}/bench-static-${route.name}.html`;
    const appRuns = [];
    const staticRuns = [];
    for (let run = 0; run < RUNS; run += 1) {
      appRuns.push(await load(`${server.origin}/${route.hash}`, { app: true, network: FAST_3G }));
      staticRuns.push(await load(twin, { app: false, network: FAST_3G }));
    }
    const ready = [median(appRuns.map((r) => r.interactive)), median(staticRuns.map((r) => r.interactive))];
    slow.push([route.name, ms(ready[0]), ms(ready[1]), `${(ready[0] / ready[1]).toFixed(1)}x`]);
  }
  table(slow);

  // 2b. The editor and its checker worker ------------------------------------------------
  // Each draft in a fresh page: the time from pasting it into a just-opened editor to its
  // first findings (the worker starts when the editor opens), then 13 characters typed 50 ms
  // apart as a user would, each keystroke waited on until the worker's answer is shown
  // (`aria-busy="false"`), with the round trip the editor stamps on `data-check-us` and the
  // main thread's long tasks (over 50 ms, PerformanceObserver) while typing.
  console.log('\n## The editor (headless Chromium, no CPU slowdown)\n');
  const checkerRows = [
    ['draft', 'characters', 'first findings', 'median round trip', 'slowest', 'long tasks', 'longest task'],
  ];
  const editorRun = async (label, text) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/#/drafter`);
    await page.getByRole('button', { name: 'Paste and check' }).click();
    const body = page.locator('#draft-body');
    const answered = () => page.locator('.editor-side[aria-busy="false"]').waitFor({ timeout: 120_000 });
    // Pasted as one input event, as a browser pastes; Playwright's fill() types the text in
    // through Chromium's insertText, which alone takes seconds for 100 KB.
    const start = Date.now();
    await body.evaluate((area, text) => {
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, text);
    await answered();
    const first = Date.now() - start;
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await body.press('Control+End');
    const samples = [];
    for (const key of ' thanks again') {
      await body.press(key === ' ' ? 'Space' : key);
      await answered();
      samples.push(Number(await page.locator('article.editor').getAttribute('data-check-us')) / 1000);
      await page.waitForTimeout(50);
    }
    const long = await page.evaluate(() => window.__longTasks);
    checkerRows.push([
      label,
      String(text.length),
      ms(first),
      `${median(samples).toFixed(1)} ms`,
      `${Math.max(...samples).toFixed(1)} ms`,
      String(long.length),
      long.length ? ms(Math.max(...long)) : '—',
    ]);
    await context.close();
  };
  const words = REQUEST_150.split(/\s+/).length;
  await editorRun(`request, ${words} words`, REQUEST_150);
  const paragraph = REQUEST_150.replace(/\n/g, ' ') + '\n\n';
  await editorRun('100 KB paste', paragraph.repeat(Math.ceil(100_000 / paragraph.length)));
  await editorRun('1 MB paste', paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)));
  table(checkerRows);

  // 3. Lighthouse -------------------------------------------------------------------------
  if (LIGHTHOUSE) {
    console.log('\n## Lighthouse (mobile, simulated throttling; compare runs on this machine only)\n');
    const scores = [['route', 'performance', 'accessibility', 'best practices', 'SEO']];
    for (const route of ROUTES) {
      const { stdout } = await promisify(execFile)(
        'node_modules/.bin/lighthouse',
        [
          `${server.origin}/${route.hash}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(stdout);
      const score = (id) => Math.round(report.categories[id].score * 100);
      scores.push([route.name, score('performance'), score('accessibility'), score('best-practices'), score('seo')]);
      const failing = Object.values(report.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        .map((a) => a.id);
      if (failing.length) console.log(`  ${route.name}: below 0.9: ${failing.join(', ')}`);
    }
    table(scores);
  }

  // 4. axe-core ---------------------------------------------------------------------------
  console.log('\n## axe-core (WCAG 2 A/AA and best practice)\n');
  const axe = [['route', 'violations', 'ids']];
  for (const route of ROUTES) {
    // axe needs a page of its own context, not one from browser.newPage().
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/${route.hash}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
    axe.push([route.name, violations.length, violations.map((v) => v.id).join(' ') || '—']);
    await context.close();
  }
  table(axe);
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
