// The pages every check visits: the fixed routes, plus each guide the library links to.

export const FIXED_PAGES = [
  { name: 'home', hash: '#/', heading: "Networking, the giver’s way" },
  { name: 'library', hash: '#/guides', heading: 'Library' },
  { name: 'drafter', hash: '#/drafter', heading: 'Drafter' },
  { name: 'data', hash: '#/data', heading: 'Your data' },
  { name: 'people', hash: '#/people', heading: 'People' },
  { name: 'quiz', hash: '#/quiz', heading: 'Self-assessment' },
  { name: 'quiz-result-empty', hash: '#/quiz/result', heading: 'Your result' },
  { name: 'shared', hash: '#/shared/1-55-30-15-g-0-75-60-40-80-35-55', heading: 'A shared result' },
  { name: 'shared-damaged', hash: '#/shared/not-a-result', heading: 'A shared result' },
  { name: 'not-found', hash: '#/no-such-page', heading: 'Page not found' },
];

/** Every guide linked from the library, as `{ name, hash, heading }`. */
export async function guidePages(page, origin) {
  await page.goto(`${origin}/#/guides`);
  await page.locator('h1', { hasText: 'Library' }).waitFor();
  const links = await page.locator('.guide-list h2 a').evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })),
  );
  return links.map(({ href, text }) => ({
    name: `guide-${href.split('/').pop()}`,
    hash: href,
    heading: text,
  }));
}

/** Opens `hash` and waits until the app has rendered its page heading. */
export async function open(page, origin, hash) {
  await page.goto(`${origin}/${hash}`);
  await page.locator('main h1').waitFor();
}
