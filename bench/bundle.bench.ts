// Bundle benchmark: the bytes a browser receives over the wire, as a county officer on a weak network would.
// Reads the existing web/dist (run `npm run build` first; this builds nothing), starts the real server on a temporary
// embedded PostgreSQL with the demo data and opens pages in headless Chromium with an empty cache, counting each
// response's encoded length as Chromium reports it (Network.loadingFinished: compressed body plus headers, what
// travelled). Three pages: the sign-in page; /dashboard's first view (1366×768, no scrolling) as the office; the record
// page a county officer opens from a message (390×844). Then the time to a usable sign-in page (its 登录 button can be
// pressed) under Chromium's "Fast 3G" network emulation (562.5 ms latency, 1.44 Mbit/s down), the median of RUNS.
// Run: npm run build && npm run bench:bundle
// Budgets (KiB of JavaScript on the wire; exit code 1 above any): BENCH_BUDGET_SIGNIN=200, BENCH_BUDGET_DASHBOARD=350,
// BENCH_BUDGET_RECORD=300.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { spawnServer, type RunningServer } from '../e2e/spawn-server';

const root = path.resolve(import.meta.dirname, '..');
const PASSWORD = 'Bench-Pass-2026';
const DASHBOARD = '/dashboard?year=2019&asOf=2019-09-30';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGETS = {
  signIn: Number(process.env.BENCH_BUDGET_SIGNIN ?? 200),
  dashboard: Number(process.env.BENCH_BUDGET_DASHBOARD ?? 350),
  record: Number(process.env.BENCH_BUDGET_RECORD ?? 300),
};
/** Chromium DevTools' "Fast 3G" preset. */
const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

type Transfer = { url: string; kind: 'js' | 'css' | 'api' | 'other'; wire: number; encoding: string };

/** Every response of a page with the bytes that travelled for it, from Chromium's own network events. */
async function recordTransfers(ctx: BrowserContext, page: Page) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  const pending = new Map<string, Omit<Transfer, 'wire'>>();
  const done: Transfer[] = [];
  cdp.on('Network.responseReceived', (e) => {
    const url = new URL(e.response.url);
    const type = e.response.mimeType;
    const kind = url.pathname.startsWith('/api/')
      ? 'api'
      : /javascript/.test(type) || url.pathname.endsWith('.js')
        ? 'js'
        : /css/.test(type)
          ? 'css'
          : 'other';
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    pending.set(e.requestId, { url: url.pathname, kind, encoding: String(headers['content-encoding'] ?? '') });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = pending.get(e.requestId);
    if (r) done.push({ ...r, wire: e.encodedDataLength });
  });
  return { cdp, done };
}

const kib = (n: number) => (n / 1024).toFixed(1);
const total = (ts: Transfer[], kind?: Transfer['kind']) =>
  ts.filter((t) => !kind || t.kind === kind).reduce((a, t) => a + t.wire, 0);

function print(title: string, ts: Transfer[], budget: number) {
  const js = total(ts, 'js') / 1024;
  const uncompressed = ts.filter((t) => (t.kind === 'js' || t.kind === 'css') && !t.encoding).length;
  console.log(
    `${title.padEnd(44)} JS ${kib(total(ts, 'js')).padStart(6)} KiB (${ts.filter((t) => t.kind === 'js').length} files, ` +
      `budget ${budget}) · CSS ${kib(total(ts, 'css'))} · API ${kib(total(ts, 'api'))} · other ${kib(total(ts, 'other'))} · ` +
      `all ${kib(total(ts))} KiB${uncompressed ? ` · ${uncompressed} JS/CSS files sent uncompressed` : ''}`,
  );
  return js <= budget;
}

async function signIn(browser: Browser, baseUrl: string, username: string) {
  const ctx = await browser.newContext({ locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  const state = await ctx.storageState();
  await ctx.close();
  return state;
}

/** Opens `url` in a fresh context (empty cache) and returns what travelled until `ready` holds and the network is idle. */
async function visit(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<unknown>,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 }, ...options });
  const page = await ctx.newPage();
  const rec = await recordTransfers(ctx, page);
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await ctx.close();
  return rec.done;
}

/** Milliseconds from navigation to a sign-in button that can be pressed, on Fast 3G with an empty cache. */
async function signInOn3g(browser: Browser, baseUrl: string) {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  const t0 = Date.now();
  await page.goto(`${baseUrl}/login`, { waitUntil: 'commit' });
  await page.getByRole('button', { name: /登\s*录/ }).waitFor({ state: 'visible', timeout: 120_000 });
  await page.getByLabel(/用户名|Username/).waitFor({ state: 'visible' });
  const ms = Date.now() - t0;
  await ctx.close();
  return ms;
}

/** A record awaiting 环县's confirmation: what a county officer opens from a message. */
async function recordAwaitingCounty(baseUrl: string, cookieHeader: string) {
  const res = await fetch(`${baseUrl}/api/records?status=submitted&county=621022&pageSize=1`, {
    headers: { cookie: cookieHeader },
  });
  const body = (await res.json()) as { items: { id: string }[] };
  if (!body.items[0]) throw new Error('the demo has no submitted 环县 record');
  return body.items[0].id;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!fs.existsSync(path.join(root, 'web/dist/index.html')))
    throw new Error('web/dist is missing: run `npm run build` first');
  const builtAt = fs.statSync(path.join(root, 'web/dist/index.html')).mtime.toISOString();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await spawnServer({ password: PASSWORD, tmpPrefix: 'xiezuo-bench-bundle-', timeoutMs: 180_000 });
    const base = server.baseUrl;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
    const office = await signIn(browser, base, 'office');
    const county = await signIn(browser, base, 'county-huan');
    const cookieOf = (s: typeof county) => s.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const recordId = await recordAwaitingCounty(base, cookieOf(county));

    console.log(
      `Bytes on the wire (web/dist built ${builtAt}), load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    const login = await visit(browser, `${base}/login`, (p) => p.getByRole('button', { name: /登\s*录/ }).waitFor());
    const dash = await visit(
      browser,
      `${base}${DASHBOARD}`,
      (p) => p.locator('.xz-section .ant-table-row').first().waitFor({ timeout: 60_000 }),
      { storageState: office },
    );
    const record = await visit(
      browser,
      `${base}/ledger/${recordId}`,
      (p) =>
        p
          .getByRole('button', { name: /确\s*认/ })
          .first()
          .waitFor({ timeout: 60_000 }),
      { storageState: county, viewport: { width: 390, height: 844 }, isMobile: true },
    );
    const ok = [
      print('sign-in page (/login)', login, BUDGETS.signIn),
      print('dashboard first view (office, 1366×768)', dash, BUDGETS.dashboard),
      print('record page from a message (county, 390×844)', record, BUDGETS.record),
    ];
    for (const t of login
      .filter((x) => x.kind === 'js')
      .sort((a, b) => b.wire - a.wire)
      .slice(0, 6))
      console.log(`  sign-in JS ${kib(t.wire).padStart(6)} KiB ${t.encoding || 'identity'}  ${path.basename(t.url)}`);

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await signInOn3g(browser, base));
    console.log(
      `time to a usable sign-in page on Fast 3G: median ${(median(times) / 1000).toFixed(2)} s over ${RUNS} runs ` +
        `(${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s), load average ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
    if (ok.includes(false)) process.exitCode = 1;
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

await main();
