// Bundle benchmark: how much compressed JavaScript a browser fetches to show /dashboard after sign-in.
// Reads the existing web/dist (run `npm run build` first; this builds nothing), starts the real server on a temporary
// embedded PostgreSQL with the demo data, signs in as the office demo user in headless Chromium, then opens
// /dashboard in a fresh context (empty cache, same session) and sums the gzip size of every JS response. The server
// does not compress, so each body is gzipped here (zlib level 6, the gzip default; BENCH_GZIP_LEVEL overrides).
// Prints each chunk and two totals: the first view (what loads without scrolling, at 1366×768) and the whole page
// after scrolling to the bottom (charts below the fold load when they come into view).
// Run: npm run build && npm run bench:bundle   (BENCH_BUDGET_KB=500 sets the first view's limit; exit code 1 above it)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { spawnServer, type RunningServer } from '../e2e/spawn-server';

const root = path.resolve(import.meta.dirname, '..');
const PASSWORD = 'Bench-Pass-2026';
const LEVEL = Number(process.env.BENCH_GZIP_LEVEL ?? 6);
const BUDGET_KB = Number(process.env.BENCH_BUDGET_KB ?? 500);
const DASHBOARD = '/dashboard?year=2019&asOf=2019-09-30';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Chunk = { name: string; raw: number; gzip: number };

/** Records every JavaScript response of a page, gzipping each body once. */
function recordScripts(page: Page): { chunks: Map<string, Chunk>; settled: () => Promise<void> } {
  const chunks = new Map<string, Chunk>();
  const pending: Promise<void>[] = [];
  page.on('response', (res: Response) => {
    const url = new URL(res.url());
    const isJs = url.pathname.endsWith('.js') || (res.headers()['content-type'] ?? '').includes('javascript');
    if (!isJs || chunks.has(url.pathname)) return;
    pending.push(
      res.body().then((body) => {
        chunks.set(url.pathname, {
          name: path.basename(url.pathname),
          raw: body.length,
          gzip: zlib.gzipSync(body, { level: LEVEL }).length,
        });
      }),
    );
  });
  return { chunks, settled: async () => void (await Promise.all(pending)) };
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
const sum = (cs: Iterable<Chunk>, k: 'raw' | 'gzip') => [...cs].reduce((a, c) => a + c[k], 0);

function print(title: string, chunks: Chunk[]) {
  console.log(`\n${title}`);
  console.log(`${'gzip KiB'.padStart(9)} ${'raw KiB'.padStart(8)}  chunk`);
  for (const c of [...chunks].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(c.gzip)}  ${kb(c.raw)}  ${c.name}`);
  console.log(`  ${kb(sum(chunks, 'gzip'))}  ${kb(sum(chunks, 'raw'))}  total (${chunks.length} files)`);
}

async function measure(browser: Browser, baseUrl: string) {
  // sign in as a person would; the session cookie is all the measured context takes from here
  const signInCtx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const login = await signInCtx.newPage();
  await login.goto(`${baseUrl}/login`);
  await login.getByLabel(/用户名|Username/).fill('office');
  await login.getByLabel(/密码|Password/).fill(PASSWORD);
  await login.keyboard.press('Enter');
  await login.waitForURL((u) => !u.pathname.startsWith('/login'));
  const storageState = await signInCtx.storageState();
  await signInCtx.close();

  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', storageState });
  const page = await ctx.newPage();
  const rec = recordScripts(page);
  await page.goto(`${baseUrl}${DASHBOARD}`);
  await page.locator('.xz-section .ant-table-row').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await rec.settled();
  const firstView = [...rec.chunks.values()];
  // then everything below the fold, a screen at a time so each part comes into view
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await rec.settled();
  const whole = [...rec.chunks.values()];
  await ctx.close();
  return { firstView, whole };
}

async function main() {
  if (!fs.existsSync(path.join(root, 'web/dist/index.html')))
    throw new Error('web/dist is missing: run `npm run build` first');
  const builtAt = fs.statSync(path.join(root, 'web/dist/index.html')).mtime.toISOString();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await spawnServer({ password: PASSWORD, tmpPrefix: 'xiezuo-bench-bundle-', timeoutMs: 180_000 });
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
    const { firstView, whole } = await measure(browser, server.baseUrl);
    console.log(`/dashboard as office, web/dist built ${builtAt}, gzip level ${LEVEL}`);
    print('First view (1366×768, no scrolling):', firstView);
    const later = whole.filter((c) => !firstView.includes(c));
    if (later.length) print('Loaded on scrolling (charts below the fold):', later);
    const first = sum(firstView, 'gzip') / 1024;
    const all = sum(whole, 'gzip') / 1024;
    console.log(
      `\nfirst view ${first.toFixed(1)} KiB gzip (budget ${BUDGET_KB} KiB) · whole page after scrolling ${all.toFixed(1)} KiB gzip`,
    );
    // the budget is for showing /dashboard; the charts below the fold come when someone scrolls to them
    if (first > BUDGET_KB) process.exitCode = 1;
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

await main();
