// Keeping in touch in a real browser: add a person, see them due, write to them, mark it
// sent and see them no longer due; the loops a sent request opens; who could use a hand;
// delete with undo; the calendar file; and export, delete everything, import bringing the
// people back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { pageWithStored, useSite } from './fixture.mjs';

const site = useSite();
const KEY = 'goodwill:data';
const PEOPLE = await readFile(new URL('../fixtures/store/people.json', import.meta.url), 'utf8');

const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

const pageWith = (text, options) => pageWithStored(site, '#/people', text, options);

const dueSection = (page) => page.locator('section[aria-labelledby="due-title"]');

test('add a person, see them due, write to them, mark it sent: no longer due', async () => {
  const { context, page, seen } = await pageWith(null, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await page.getByLabel('Add someone').fill('Ana Souza');
  await page.getByLabel(/A close tie/).check();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('main h1', { hasText: 'Ana Souza' }).waitFor();

  // Last in touch a hundred days ago: a close tie is due a word after two months.
  const past = await page.evaluate(() => new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel('Last in touch outside Goodwill').fill(past);
  await page.getByLabel('Last in touch outside Goodwill').dispatchEvent('change');
  await page.locator('main .lead', { hasText: /Due a word: last in touch 3 months ago/ }).waitFor();

  await page.getByRole('link', { name: 'People', exact: true }).first().click();
  await dueSection(page).getByRole('link', { name: 'Ana Souza' }).waitFor();
  assert.match(await dueSection(page).innerText(), /last in touch 3 months ago/);

  // One tap starts a check-in to her, her name already in.
  await dueSection(page).getByRole('button', { name: 'Write to Ana Souza' }).click();
  await page.locator('main h1', { hasText: 'Check-in' }).waitFor();
  assert.equal(await page.getByLabel('Their name').inputValue(), 'Ana');
  await page.getByLabel('A greeting').check();
  await page.getByLabel('What you\'re wishing them').fill('new year');
  await page.getByLabel('Your name').fill('Sam');
  await page.getByRole('button', { name: 'Write my draft' }).click();
  await page.locator('#draft-body').waitFor();
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await page.getByRole('status').filter({ hasText: /^Marked as sent/ }).waitFor();

  await page.getByRole('link', { name: 'People', exact: true }).first().click();
  await dueSection(page).getByText('Nobody right now').waitFor();
  // Her page lists the message, and the last time in touch is today.
  await page.getByRole('link', { name: 'Ana Souza' }).click();
  await page.locator('main .lead', { hasText: /Last in touch today/ }).waitFor();
  assert.match(await page.locator('section[aria-labelledby="messages-title"]').innerText(), /Check-in to Ana[\s\S]*Sent/);
  const data = (await stored(page)).data;
  assert.equal(data.people.length, 1);
  assert.equal(data.drafts.find((d) => d.kind === 'check-in').person, data.people[0].id);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('a sent request opens the loops the user owes, and each can be closed', async () => {
  const { context, page } = await pageWith(PEOPLE);
  const loops = page.locator('section[aria-labelledby="loops-title"]');
  assert.match(await loops.innerText(), /If Ana helped, thank them/);
  assert.match(await loops.innerText(), /Tell Kwame how it went with Ana/);
  assert.match(await loops.innerText(), /No answer from Ana in \d+ weeks\? One kind follow-up/);
  assert.doesNotMatch(await loops.innerText(), /owe/i);

  // Word to the introducer starts a thank-you to Kwame for the introduction.
  await loops.getByRole('button', { name: 'Write to Kwame' }).click();
  await page.locator('main h1', { hasText: 'Thank-you' }).waitFor();
  assert.equal(await page.getByLabel('Their name').inputValue(), 'Kwame');
  assert.match(await page.getByLabel('What they did').inputValue(), /introducing me to Ana/);
  await page.goBack();
  await loops.waitFor();
  // The loop now points at the draft already started.
  await loops.getByRole('button', { name: 'Finish the draft' }).waitFor();

  // Dismissed loops stay dismissed across a reload.
  const follow = loops.locator('li', { hasText: 'follow-up' });
  await follow.getByRole('button', { name: 'Dismiss' }).click();
  await page.reload();
  await loops.waitFor();
  assert.doesNotMatch(await loops.innerText(), /follow-up/);
  assert.deepEqual((await stored(page)).data.loops_closed, ['follow:d-req1']);
  await context.close();
});

test('who could use a hand, search, and delete with undo', async () => {
  const { context, page } = await pageWith(PEOPLE);
  const hands = page.locator('section[aria-labelledby="hand-title"]');
  assert.match(await hands.innerText(), /You like to give: advice on pricing/);
  assert.match(await hands.innerText(), /Ana Souza is working on pricing her new design studio/);
  assert.match(await hands.innerText(), /Ben Okafor is good at pricing and proposals for studios; Ana Souza is working on/);
  await hands.getByRole('button', { name: 'Introduce Ana and Ben' }).click();
  await page.locator('main h1', { hasText: 'Introduction' }).waitFor();
  await page.goBack();
  await hands.waitFor();

  await page.getByLabel('Search').fill('hopper');
  assert.equal(await page.locator('.person-list li').count(), 1);
  assert.match(await page.locator('.person-list').innerText(), /Ben Okafor/);
  await page.getByLabel('Search').fill('');

  await page.getByRole('button', { name: 'Delete Ben Okafor' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'undo-person');
  assert.equal((await stored(page)).data.people.length, 1);
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Ben Okafor' }).first().waitFor();
  assert.deepEqual((await stored(page)).data.people.map((p) => p.id), ['p-ana', 'p-ben']);
  await context.close();
});

test('the calendar file downloads with a reminder per person and occasion', async () => {
  const { context, page, seen } = await pageWith(PEOPLE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to my calendar' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'goodwill-keep-in-touch.ics');
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.equal(text.split('BEGIN:VEVENT').length - 1, 3);
  assert.match(text, /SUMMARY:Get in touch with Ana Souza/);
  assert.match(text, /RRULE:FREQ=MONTHLY;INTERVAL=3/);
  assert.match(text, /SUMMARY:Ana Souza’s birthday/);
  assert.deepEqual(seen.foreignRequests, []);
  await context.close();
});

test('export, delete everything, import: the people come back', async () => {
  const { context, page } = await pageWith(PEOPLE);
  await page.goto(`${site.origin}/#/data`);
  await page.locator('main h1', { hasText: 'Your data' }).waitFor();
  assert.match(await page.locator('section[aria-labelledby="kept-title"]').innerText(), /2 people you keep in touch with/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a copy' }).click(),
  ]);
  const path = await download.path();
  const before = (await stored(page)).data.people;
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('group', { name: 'Delete everything?' }).getByRole('button', { name: 'Delete everything' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'delete-result');
  assert.deepEqual((await stored(page)).data.people, []);
  await page.locator('#import-file').setInputFiles(path);
  const preview = page.getByRole('group', { name: /^Import/ });
  await preview.waitFor();
  assert.match(await preview.innerText(), /add 2 people/);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Imported/).waitFor();
  assert.deepEqual((await stored(page)).data.people, before);
  await page.goto(`${site.origin}/#/people`);
  await page.getByRole('link', { name: 'Ana Souza' }).first().waitFor();
  await context.close();
});

test('a person added in one tab shows in the other', async () => {
  const context = await site.browser.newContext();
  const list = await context.newPage();
  await list.goto(`${site.origin}/#/people`);
  await list.locator('main h1', { hasText: 'People' }).waitFor();
  const other = await context.newPage();
  await other.goto(`${site.origin}/#/people`);
  await other.getByLabel('Add someone').fill('Zoë Ng 🌱');
  await other.getByRole('button', { name: 'Add', exact: true }).click();
  await other.locator('main h1', { hasText: 'Zoë Ng 🌱' }).waitFor();
  await list.getByRole('link', { name: 'Zoë Ng 🌱' }).waitFor();
  // An empty name is refused with a reason, and nothing is saved.
  await other.goto(`${site.origin}/#/people`);
  await other.getByRole('button', { name: 'Add', exact: true }).click();
  await other.getByRole('alert').filter({ hasText: 'Give them a name' }).waitFor();
  assert.equal((await stored(other)).data.people.length, 1);
  await context.close();
});

test('a birthday coming up makes them due, and the check-in it starts wishes them a happy birthday', async () => {
  const { context, page } = await pageWith(null);
  await page.getByLabel('Add someone').fill('Ben Okafor');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('main h1', { hasText: 'Ben Okafor' }).waitFor();
  const { day, month } = await page.evaluate(() => {
    const soon = new Date(Date.now() + 3 * 86_400_000);
    return { day: String(soon.getUTCDate()), month: String(soon.getUTCMonth() + 1) };
  });
  const birthday = page.getByRole('group', { name: /Their birthday/ });
  await birthday.getByLabel('Day').selectOption(day);
  await birthday.getByLabel('Month').selectOption(month);
  await page.locator('main .lead', { hasText: /Due a word: birthday on / }).waitFor();
  const occasions = (await stored(page)).data.people[0].occasions;
  assert.deepEqual(occasions, [{ kind: 'birthday', month: Number(month), day: Number(day) }]);

  await page.getByRole('button', { name: 'Write to Ben' }).click();
  await page.locator('main h1', { hasText: 'Check-in' }).waitFor();
  assert.equal(await page.getByLabel('A greeting').isChecked(), true);
  assert.equal(await page.getByLabel("What you're wishing them").inputValue(), 'birthday');
  await page.locator('.preview-body', { hasText: 'happy birthday' }).waitFor();
  await context.close();
});
