// Fakes a new deploy of a finished build, for the update-banner test and screenshots.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './server.mjs';
import { fileURLToPath } from 'node:url';

const HOOK = fileURLToPath(new URL('../../scripts/postbuild.mjs', import.meta.url));

/**
 * Turns the build in `dir` into a "new deploy": the stylesheet gets a new rule and so a new
 * hashed name, index.html points at it, and the post-build hook writes a new sw.js.
 * Returns the new stylesheet's name.
 */
export async function deployChangedBuild(dir) {
  const old = (await readdir(dir)).find((name) => /^style-[0-9a-f]+\.css$/.test(name));
  const css = `${await readFile(join(dir, old), 'utf8')}\n/* deploy 2 */ html { --goodwill-deploy: 2; }\n`;
  const fresh = `style-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  await writeFile(join(dir, fresh), css);
  await rm(join(dir, old));
  const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  // Release builds minify index.html, which drops the quotes around attribute values.
  const index = (await readFile(join(dir, 'index.html'), 'utf8')).replace(
    new RegExp(`href=("?)([^"\\s>]*)${old.replaceAll('.', '\\.')}"? integrity=("?)[^"\\s>]*"?`),
    `href=$1$2${fresh}$1 integrity=$3${integrity}$3`,
  );
  assert.ok(index.includes(fresh), 'the new stylesheet is not linked from index.html');
  await writeFile(join(dir, 'index.html'), index);
  execFileSync(process.execPath, [HOOK, dir], { stdio: 'pipe' });
  return fresh;
}

/**
 * Serves a throwaway copy of the finished build in `dist` (so a test can "deploy" over it)
 * and returns `{ dir, server, close }`; `close()` stops the server and deletes the copy.
 */
export async function servedCopy(dist = process.env.GOODWILL_DIST ?? 'dist') {
  const dir = await mkdtemp(join(tmpdir(), 'goodwill-deploy-'));
  await cp(dist, dir, { recursive: true });
  const server = await serveStatic(dir);
  return {
    dir,
    server,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
