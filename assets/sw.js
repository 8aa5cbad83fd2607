// Goodwill's service worker: makes the app work offline. scripts/postbuild.mjs fills in
// VERSION and PRECACHE at build time and writes the result to dist/sw.js; this file is the
// template, never served as it is.
//
// - install: precache every file of this build (names relative to this script, so any base
//   path works). The new worker then waits until the page says "skip-waiting" (the
//   "Update available" banner), so a running app never mixes two builds.
// - activate: delete the caches of older builds, then take control of open pages.
// - fetch: pages network-first (a new deploy shows up on reload; offline gets the cached
//   index.html, which matches the cached assets); precached files cache-first (their names
//   change with their contents); anything else goes to the network untouched.
const VERSION = '__GOODWILL_VERSION__';
const PRECACHE = ['__GOODWILL_PRECACHE__'];

const PREFIX = 'goodwill-';
const CACHE = PREFIX + VERSION;
const INDEX = new URL('./', self.location).href;
const BASE = new URL(INDEX).pathname;
const PRECACHED = new Set(PRECACHE.map((name) => new URL(name, self.location).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        // index.html and other unhashed files may sit in the HTTP cache from the previous
        // build: fetch those past it. Hashed files cannot be stale, so the HTTP cache is fine.
        // (Trunk's hashes are 8 to 16 hex digits; see scripts/postbuild.mjs.)
        PRECACHE.map((name) => new Request(name, { cache: /-[0-9a-f]{8,16}(_bg)?\./.test(name) ? 'default' : 'reload' })),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    // Every page is index.html with a different #fragment, so the cached copy fits any.
    // A deeper path (a typed /base/guides/x, which online gets 404.html) is sent to its
    // hash route, as 404.js would: index.html's relative asset URLs only work at the base.
    const rest = new URL(request.url).pathname.slice(BASE.length).replace(/^index\.html\/?/, '').replace(/\/+$/, '');
    event.respondWith(
      fetch(request).catch(() =>
        rest
          ? Response.redirect(`${INDEX}#/${rest}`, 302)
          : caches.open(CACHE).then((cache) => cache.match(INDEX)).then((cached) => cached ?? Response.error()),
      ),
    );
    return;
  }
  const url = new URL(request.url);
  url.search = '';
  if (!PRECACHED.has(url.href)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.href))
      .then((cached) => cached ?? fetch(request)),
  );
});
