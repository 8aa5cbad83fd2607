// A tiny static file server for dist/, bound to 127.0.0.1 on a free port: what any static
// host does, with nothing else (no rewrites, so deep links must work through the hash).
// Options mimic particular hosts: a sub-path (GitHub Pages project sites), 404.html for
// unknown paths (GitHub Pages, Netlify), gzip (what every real host does) and the caching
// of assets/_headers (hashed names immutable, the rest revalidated).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` at `base` (a path ending in `/`); resolves to `{ origin, url, close() }` once
 * listening, `url` being the origin plus `base`. With `notFound`, unknown paths get
 * `dir/404.html` with status 404; with `gzip`, compressible files are sent gzipped to
 * clients that accept it; with `cache`, responses carry the Cache-Control of _headers
 * instead of no-store. Files are read on every request, so rewriting `dir` "deploys".
 */
export async function serveStatic(dir, { base = '/', notFound = false, gzip = false, cache = false } = {}) {
  const root = resolve(dir);
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`${root}/index.html is missing: run \`trunk build --release\` first`);
  });
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const send = (status, file, body) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const hashed = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/.test(file);
      const caching = !cache ? 'no-store' : hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
      const headers = { 'content-type': type, 'cache-control': caching };
      if (gzip && /text|javascript|json|svg|wasm/.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(status, headers).end(body);
    };
    const inside = path.startsWith(base) ? `/${path.slice(base.length)}` : null;
    const file = inside && normalize(join(root, inside.endsWith('/') ? `${inside}index.html` : inside));
    if (file && !file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!file) throw new Error('outside the base path');
      send(200, file, await readFile(file));
    } catch {
      const page = notFound && (await readFile(join(root, '404.html')).catch(() => null));
      if (page) send(404, '404.html', page);
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
