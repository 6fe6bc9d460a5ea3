// Public charity list under a burst (the issue asks for 500 requests a second for 10 s): the real server in its own
// process on the seeded 2019 demo (embedded PostgreSQL), requests fired open-loop at RATE per second for SECONDS from
// this process over keep-alive HTTP, a mix of list pages and filters (county × kind × status × page, so the cache is
// hit and missed). Two runs: (a) the per-client limit raised out of the way, to measure the server; (b) the default
// limit (300 a minute per client), one client: the excess must get 429 quickly and the server stays up.
// Prints p50/p95/p99, status counts, errors and the load average. Run: npm run bench:charity
import http from 'node:http';
import os from 'node:os';
import { spawnServer } from '../e2e/spawn-server';

const RATE = Number(process.env.RATE ?? 500);
const SECONDS = Number(process.env.SECONDS ?? 10);
const COUNTIES = ['', '621022', '621021', '623027'];
const KINDS = ['', 'wish', 'schooling', 'medical', 'production', 'village'];
const STATUSES = ['', 'published', 'delivered'];
const pct = (a: number[], p: number) =>
  [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.ceil(a.length * p) - 1)] ?? NaN;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function url(i: number) {
  const q = new URLSearchParams();
  const c = COUNTIES[i % COUNTIES.length]!;
  const k = KINDS[Math.floor(i / 4) % KINDS.length]!;
  const s = STATUSES[Math.floor(i / 24) % STATUSES.length]!;
  if (c) q.set('county', c);
  if (k) q.set('kind', k);
  if (s) q.set('status', s);
  q.set('page', String(1 + (i % 3)));
  return `/api/public/charity/needs?${q}`;
}

async function burst(baseUrl: string, label: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const times: number[] = [];
  const statuses = new Map<string, number>();
  const total = RATE * SECONDS;
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      new Promise<void>((resolve) => {
        const t0 = performance.now();
        const req = http.get(`${baseUrl}${url(i)}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => {
            times.push(performance.now() - t0);
            statuses.set(String(res.statusCode), (statuses.get(String(res.statusCode)) ?? 0) + 1);
            resolve();
          });
        });
        req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
        req.on('error', (e) => {
          statuses.set(`error:${e.message}`, (statuses.get(`error:${e.message}`) ?? 0) + 1);
          resolve();
        });
      }),
    );
  }
  await Promise.all(inflight);
  const secs = (performance.now() - start) / 1000;
  agent.destroy();
  console.log(
    `${label}: ${total} requests in ${secs.toFixed(1)} s (${(total / secs).toFixed(0)}/s offered ${RATE}/s); ` +
      `p50 ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms, p99 ${pct(times, 0.99).toFixed(1)} ms; ` +
      `statuses ${JSON.stringify(Object.fromEntries(statuses))}; load ${load()}`,
  );
}

async function run(label: string, env: NodeJS.ProcessEnv) {
  const server = await spawnServer({
    password: 'Bench-Pass-2026',
    tmpPrefix: 'xiezuo-bench-charity-',
    timeoutMs: 180_000,
    env,
  });
  try {
    // one warm-up pass over the distinct pages
    for (let i = 0; i < 72; i++) await fetch(`${server.baseUrl}${url(i)}`);
    await burst(server.baseUrl, label);
    const health = await fetch(`${server.baseUrl}/api/public/charity/summary`);
    console.log(`${label}: after the burst the summary answers ${health.status}`);
  } finally {
    await server.stop();
  }
}

async function main() {
  console.log(`load average at start: ${load()} (${os.cpus().length} cores)`);
  await run('(a) limit raised', { PUBLIC_RATE_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' });
  await run('(b) default limit, one client', { LOG_LEVEL: 'warn' });
  console.log(`load average at end: ${load()}`);
}

await main();
