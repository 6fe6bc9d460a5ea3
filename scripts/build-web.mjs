#!/usr/bin/env node
// Builds the web app with Vite into web/dist. With --if-stale, only when a source file is newer than the build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'web/dist/index.html');
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/public', 'domain/src'].map((p) =>
  path.join(root, p),
);

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && fs.existsSync(dist)) {
  const built = fs.statSync(dist).mtimeMs;
  if (Math.max(...sources.map(newestMtime)) <= built) process.exit(0);
}
if (!fs.existsSync(path.join(root, 'node_modules/vite'))) {
  console.error('vite is not installed yet; run `npm install` first');
  process.exit(ifStale ? 0 : 1);
}
console.log('Building the web app (web/dist)…');
const t0 = Date.now();
const res = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  { cwd: path.join(root, 'web'), stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
);
if (res.status !== 0) process.exit(res.status ?? 1);
const { files, raw, br, gz } = precompress(path.join(root, 'web/dist'));
console.log(
  `Web app built in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${files} files compressed: ` +
    `${kib(raw)} KiB → brotli ${kib(br)} KiB, gzip ${kib(gz)} KiB`,
);

/**
 * Writes a brotli (quality 11) and a gzip (level 9) copy beside every text asset of 1 KiB or more, so that the server
 * sends the smallest one the browser accepts without compressing on each request.
 */
function precompress(dir) {
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.(js|css|html|svg|json|txt|map)$/.test(e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    const body = fs.readFileSync(file);
    if (body.length < 1024) continue;
    const brotli = zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    const gzip = zlib.gzipSync(body, { level: 9 });
    fs.writeFileSync(`${file}.br`, brotli);
    fs.writeFileSync(`${file}.gz`, gzip);
    totals.files += 1;
    totals.raw += body.length;
    totals.br += brotli.length;
    totals.gz += gzip.length;
  }
  return totals;
}

function kib(n) {
  return (n / 1024).toFixed(0);
}
