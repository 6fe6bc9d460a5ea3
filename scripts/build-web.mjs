#!/usr/bin/env node
// Builds the web app with Vite into web/dist. With --if-stale, only when a source file is newer than the build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
console.log(`Web app built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
