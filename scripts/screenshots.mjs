// Saves a PNG of every page at phone and desktop widths, light and dark, so a person can
// look at what the app shows. Run through `npm run screenshots` (builds dist/ first).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { FIXED_PAGES, guidePages, open } from '../tests/e2e/pages.mjs';

const OUT = process.argv[2] ?? 'target/screenshots';
const VIEWPORTS = [
  { label: '360', width: 360, height: 800 },
  { label: '1280', width: 1280, height: 900 },
];
const SCHEMES = ['light', 'dark'];

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
      await context.close();
    }
  }
  console.log(`screenshots: saved ${count} PNGs in ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}
