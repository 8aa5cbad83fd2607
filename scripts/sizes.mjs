// Prints every file in a folder (default dist/) with its raw size and its size after
// gzip -9 and brotli 11 (what a static host's compression gets at best), and the totals.
// `measure` and `printSizes` are also used by scripts/bench.mjs.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

async function* files(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Every file under `dir` as `{ name, raw, gzip, brotli }`, largest compressed first. */
export async function measure(dir) {
  const rows = [];
  for await (const path of files(dir)) {
    const bytes = await readFile(path);
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push({ name: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli });
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}

/** Prints `rows` as a table with a total line. */
export function printSizes(rows) {
  const total = rows.reduce(
    (sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  const width = Math.max(5, ...rows.map((r) => r.name.length));
  const line = (name, raw, gzip, brotli) =>
    `${name.padEnd(width)}  ${String(raw).padStart(9)}  ${String(gzip).padStart(9)}  ${String(brotli).padStart(9)}`;
  console.log(line('file', 'raw bytes', 'gzip -9', 'brotli 11'));
  for (const r of rows) console.log(line(r.name, r.raw, r.gzip, r.brotli));
  console.log(line('total', total.raw, total.gzip, total.brotli));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSizes(await measure(process.argv[2] ?? 'dist'));
}
