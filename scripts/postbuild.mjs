// Trunk's post_build hook (see Trunk.toml): finishes the staged build so it can ship.
//
// 0. Release builds: minifies wasm-bindgen's loader script (terser) and updates its
//    integrity in index.html, and minifies the page's inline scripts.
// 1. Content-Security-Policy: hashes every inline <script> in index.html (Trunk's loader,
//    whose text changes with each build's asset hashes) and writes the policy into a
//    <meta> in index.html (release builds only, see below) and into the Netlify-style
//    `_headers` file, with cache rules for the hashed assets.
// 2. sw.js: the service worker from assets/sw.js with this build's precache list and a
//    cache name derived from the assets' names and contents.
// 3. 404.html (+ 404.js): the fallback GitHub Pages and others serve for unknown paths;
//    it sends the visitor to the app with the path turned into a hash route.
//
// Trunk runs it with TRUNK_STAGING_DIR (the build about to become dist/), TRUNK_SOURCE_DIR
// and TRUNK_PUBLIC_URL. It is idempotent, so it can also be re-run by hand on a finished
// build, which is how the end-to-end tests fake a new deploy:
//
//   node scripts/postbuild.mjs DIR [PUBLIC_URL]
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: node scripts/postbuild.mjs DIR [PUBLIC_URL] (or run as a Trunk hook)');
  process.exit(2);
}
const publicUrl = process.argv[3] ?? process.env.TRUNK_PUBLIC_URL ?? './';
const sourceDir = process.env.TRUNK_SOURCE_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const assets = join(sourceDir, 'assets');

// Files this hook writes or that must never be served from the precache: they describe
// the deploy itself, not the app a visitor runs.
const NOT_PRECACHED = new Set(['sw.js', '404.html', '404.js', '_headers', 'robots.txt']);

const sha = (algorithm, data, encoding) => createHash(algorithm).update(data).digest(encoding);

/**
 * Where the app lives on its host, as an absolute path ending in `/`. A relative public URL
 * (the default `./`) says nothing about it, so the 404 page and `_headers` assume the host
 * root; build with `--public-url /sub/path/` to serve from a sub-path.
 */
function basePath(url) {
  if (/^https?:\/\//.test(url)) return new URL(url).pathname.replace(/\/?$/, '/');
  if (url.startsWith('/')) return url.replace(/\/?$/, '/');
  return '/';
}

async function filesIn(folder) {
  const out = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
  }
  return out.sort();
}

/** The policy, with `extra` directives that only an HTTP header may carry. */
function policy(scriptHashes, extra = []) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // No form is ever submitted anywhere: forms, if any, are handled in the page.
    "form-action 'none'",
    ...extra,
  ].join('; ');
}

const indexPath = join(dir, 'index.html');
let index = await readFile(indexPath, 'utf8');

// 0. Release builds: minify wasm-bindgen's loader (Trunk's own minifier gives up on its
//    `export default`), then give index.html's <link rel=modulepreload> its new integrity.
//    Exports and the import names the .wasm looks up are kept. A file minified already is
//    left alone: minifying twice can change it, and a hashed name must keep its contents
//    (browsers cache it as immutable; the tests re-run this hook on a finished build).
const MINIFIED = '// Minified by scripts/postbuild.mjs';
if (process.env.TRUNK_PROFILE !== 'debug') {
  const names = await readdir(dir);
  for (const name of names) {
    if (!name.endsWith('.js') || !names.includes(name.replace(/\.js$/, '_bg.wasm'))) continue;
    const path = join(dir, name);
    const source = await readFile(path, 'utf8');
    if (source.startsWith(MINIFIED)) continue;
    // The checker worker's script (wasm-bindgen's no-modules output) is a classic script
    // whose one global, `wasm_bindgen`, its loader calls: minified as a script, globals kept.
    const module = /^\s*export\b/m.test(source);
    const { code } = await minify(source, { module, compress: true, mangle: true, format: { preamble: MINIFIED } });
    await writeFile(path, code);
    const integrity = `sha384-${sha('sha384', code, 'base64')}`;
    const escaped = name.replaceAll('.', '\\.');
    index = index.replace(new RegExp(`<link\\b[^>]*${escaped}[^>]*>`, 'g'), (tag) =>
      tag.replace(/integrity=("?)sha384-[^"\s>]+\1/, `integrity=$1${integrity}$1`),
    );
  }
}

// 0b. Release builds: minify the page's inline scripts (assets/boot.js, written in by
//     Trunk, which leaves it as it is). One already minified has no line break left.
/** The page's inline scripts (no `src`), as [whole tag, opening tag, body] each. */
const inlineScripts = (html) =>
  [...html.matchAll(/(<script\b([^>]*)>)([\s\S]*?)<\/script>/g)]
    .filter(([, , attributes]) => !/\bsrc\s*=/.test(attributes))
    .map(([tag, open, , body]) => [tag, open, body]);
if (process.env.TRUNK_PROFILE !== 'debug') {
  for (const [tag, open, body] of inlineScripts(index)) {
    if (!body.includes('\n')) continue;
    const { code } = await minify(body, { compress: true, mangle: true });
    index = index.replace(tag, () => `${open}${code}</script>`);
  }
}

// 1. The policy. Hash every inline script as the browser will see it.
const scriptHashes = inlineScripts(index).map(([, , body]) => sha('sha256', body, 'base64'));
const metaPolicy = policy(scriptHashes);
const meta = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`;
const existing = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
if (process.env.TRUNK_PROFILE === 'debug') {
  // `trunk serve` rewrites its live-reload script for each request (it writes in the
  // address the page was asked for), so no hash computed here can name it: development
  // pages go without the <meta> policy. Release builds, which the tests check, carry it.
  index = index.replace(existing, '');
} else if (existing.test(index)) {
  index = index.replace(existing, meta);
} else {
  // A meta policy covers only what follows it: put it right after the charset.
  // Minified release HTML writes it `<meta charset=utf-8>`: quotes optional.
  index = index.replace(/(<meta charset="?[^"\s>]*"?\s*\/?>)/i, `$1\n    ${meta}`);
  if (!index.includes(meta)) throw new Error('index.html has no <meta charset>: cannot place the CSP');
}
await writeFile(indexPath, index);

// 2. The service worker. Everything the app loads, with index.html cached as the folder
// itself ('./'), which is the address visitors navigate to.
const files = (await filesIn(dir)).filter((name) => !NOT_PRECACHED.has(name));
const precache = files.map((name) => (name === 'index.html' ? './' : name));
const fingerprint = createHash('sha256');
for (const name of files) {
  fingerprint.update(`${name}\0${sha('sha256', await readFile(join(dir, name)), 'hex')}\0`);
}
const version = fingerprint.digest('hex').slice(0, 16);
const worker = (await readFile(join(assets, 'sw.js'), 'utf8'))
  .replace("'__GOODWILL_VERSION__'", JSON.stringify(version))
  .replace("['__GOODWILL_PRECACHE__']", JSON.stringify(precache));
await writeFile(join(dir, 'sw.js'), worker);

// Trunk names hashed files `name-<hash>.ext`, the hash a u64 in hex without leading zeros
// (so usually 16 digits, sometimes fewer): only those may be cached forever.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;
const hashed = files.filter((name) => HASHED.test(name));
// The other scripts and modules keep their names from one deploy to the next (the
// bundles, the whole app, the checker's worker: see index.html and assets/boot.js).
const fixedCode = files.filter((name) => /\.(js|wasm)$/.test(name) && !HASHED.test(name));
const base = basePath(publicUrl);

// `_headers` (Netlify, Cloudflare Pages): the full policy, plus what only a header can say.
const headerPolicy = policy(scriptHashes, ["frame-ancestors 'none'"]);
const headers = (await readFile(join(assets, '_headers'), 'utf8'))
  .replaceAll('__GOODWILL_CSP__', headerPolicy)
  .replaceAll('__GOODWILL_BASE__', base)
  .replace('__GOODWILL_FIXED_NAME_CODE__', fixedCode.map((name) => `${base}${name}\n  Cache-Control: no-cache`).join('\n'))
  .replace(
    '__GOODWILL_HASHED_ASSETS__',
    hashed.map((name) => `${base}${name}\n  Cache-Control: public, max-age=31536000, immutable`).join('\n'),
  );
await writeFile(join(dir, '_headers'), headers);

// 3. The 404 fallback: absolute addresses, since it is served at any unknown path.
const stylesheet = files.find((name) => name.startsWith('style-') && HASHED.test(name));
if (!stylesheet) throw new Error(`no style-<hash>.css among ${files.join(", ")} in ${dir}: cannot style 404.html`);
const notFound = (await readFile(join(assets, '404.html'), 'utf8'))
  .replaceAll('__GOODWILL_BASE__', base)
  .replace('__GOODWILL_STYLESHEET__', `${base}${stylesheet}`)
  .replace('__GOODWILL_CSP__', policy([]));
await writeFile(join(dir, '404.html'), notFound);
await writeFile(join(dir, '404.js'), await readFile(join(assets, '404.js')));

console.log(
  `postbuild: CSP with ${scriptHashes.length} script hash(es); sw.js caches ${precache.length} files ` +
    `as goodwill-${version}; 404.html for base ${base}`,
);
