// Shared set-up for the end-to-end tests: one static server for dist/ and one headless
// Chromium per test file, plus a watcher that records what a page should never do.
import { after, before } from 'node:test';
import { serveStatic } from './server.mjs';
import { launch } from './browser.mjs';

/**
 * Starts the server and browser before the file's tests and stops them after.
 * Returns an object whose `origin` and `browser` are set once `before` has run.
 */
export function useSite() {
  const site = { origin: '', browser: null };
  let server;
  before(async () => {
    server = await serveStatic(process.env.GOODWILL_DIST ?? 'dist');
    site.origin = server.origin;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

/**
 * Records console errors, uncaught page errors, Content-Security-Policy violations, every
 * request, requests to any origin but `origin`, failed requests and error responses, for a
 * page's whole life (from before its first script runs). Read the arrays when done.
 */
export async function watch(page, origin) {
  const seen = {
    consoleErrors: [],
    pageErrors: [],
    policyViolations: [],
    requests: [],
    foreignRequests: [],
    failedRequests: [],
    errorResponses: [],
  };
  // The page reports violations itself: a listener installed before any of its scripts
  // run, so none is missed, even during the first load.
  await page.exposeFunction('__goodwillPolicyViolation', (violation) => seen.policyViolations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__goodwillPolicyViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    seen.requests.push(url);
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) {
      seen.foreignRequests.push(url);
    }
  });
  page.on('requestfailed', (request) => seen.failedRequests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.errorResponses.push(`${response.status()} ${response.url()}`);
  });
  return seen;
}

/** Waits until the page shows `heading` as its h1 and `title` as the document title. */
export async function waitForPage(page, heading, title) {
  await page.waitForFunction(
    ([heading, title]) =>
      document.querySelector('main h1')?.textContent.trim() === heading &&
      (title === null || document.title === title),
    [heading, title ?? null],
    { timeout: 10_000 },
  );
}

/**
 * A fresh context and page on `hash`, with `text` as the saved document under
 * `goodwill:data` (or nothing saved when `text` is null), watched as `watch` does.
 */
export async function pageWithStored(site, hash, text, options = {}) {
  const context = await site.browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const seen = await watch(page, site.origin);
  await page.goto(`${site.origin}/${hash}`);
  await page.locator('main h1').waitFor();
  if (text !== null) {
    await page.evaluate((text) => localStorage.setItem('goodwill:data', text), text);
    await page.reload();
    await page.locator('main h1').waitFor();
  }
  return { context, page, seen };
}
