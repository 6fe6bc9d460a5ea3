import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressDto } from '@xiezuo/domain';
import { axeProblems } from './axe';
import { baseUrl, DESKTOP, launchBrowser, PHONE, shot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO = 'year=2019&asOf=2019-09-30';
const STATUSES = ['已完成', '进度正常', '进度滞后', '存在风险', '监测'];
const MISSIONS = '“医疗服务支援行”专家团';

/** Opens a progress view and waits for its table. */
async function openDashboard(page: Page, path = `/dashboard?${DEMO}`) {
  await page.goto(`${baseUrl()}${path}`);
  await page.locator('.xz-section .ant-table-row').first().waitFor();
}

/** Scrolls to the end so parts loaded on view (the dashboard's charts) are there, and waits until they have loaded. */
async function revealDeferred(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(
    () => !document.querySelector('[data-xz-deferred]') && !document.querySelector('main .ant-spin-spinning'),
    undefined,
    { timeout: 30_000 },
  );
  // back to the top, so a full-page picture shows the sticky header where it belongs
  await page.evaluate(() => window.scrollTo(0, 0));
}

const noHorizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('district overview', () => {
  it('shows every indicator of 2019 as of 2019-09-30, grouped by category, and each status at least once', async () => {
    const page = await signedIn(browser, 'leader', { axe: true });
    await openDashboard(page);
    for (const heading of ['人才支援', '产业合作', '劳务协作', '资金支持'])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    for (const label of STATUSES) await page.locator('.xz-section .ant-tag', { hasText: label }).first().waitFor();
    // the filters are in the URL: a copied link reproduces the view
    expect(page.url()).toContain('asOf=2019-09-30');
    await page.waitForLoadState('networkidle');
    await shot(page, 'dashboard-overview');
    await page.context().close();
  });

  it('opens the records behind a number, and from there the record itself', async () => {
    const page = await signedIn(browser, 'office', { axe: true });
    await openDashboard(page);
    const row = page.getByRole('row').filter({ hasText: '贫困人口来津就业' });
    await row.getByRole('button', { name: /^90 人 — / }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(/共 90 条记录/).waitFor();
    await drawer.getByText('人员（去重，身份证号已脱敏）').waitFor();
    // ID numbers are masked
    await expect.poll(() => drawer.locator('.xz-mono').first().innerText()).toMatch(/\*{6,}/);
    expect(new URL(page.url()).searchParams.get('drill')).toBe('labour.employed_in_tianjin');
    await shot(page, 'dashboard-drilldown');
    await drawer
      .getByRole('link', { name: /^查看记录/ })
      .first()
      .click();
    await page.waitForURL(/\/ledger\/[0-9a-f-]{36}$/);
    await page.context().close();
  });
});

describe('live: a record confirmed in the browser moves the figure without reloading the page', () => {
  it('county-xiahe confirms the submitted medical mission from the drill-down, and 0 becomes 1 on returning', async () => {
    const page = await signedIn(browser, 'county-xiahe', { axe: true });
    await openDashboard(page);
    await page.evaluate(() => ((window as unknown as { xzMarker: string }).xzMarker = 'same-document'));
    const row = page.getByRole('row').filter({ hasText: MISSIONS });
    await row.getByRole('button', { name: /^0 次 — / }).waitFor();
    // the claimed (unconfirmed) figure beside it opens the submitted record
    await row.getByRole('button', { name: /^\+1 次 — / }).click();
    await page
      .getByRole('dialog')
      .getByRole('link', { name: /^查看记录/ })
      .click();
    await page.waitForURL(/\/ledger\/[0-9a-f-]{36}$/);
    // antd spaces out a two-character label: 确 认
    await page.getByRole('button', { name: /^确\s*认$/ }).click();
    // confirming waits 5 seconds for an undo; 立即确认 sends it at once
    await page.getByRole('status').filter({ hasText: '秒后确认' }).getByRole('button', { name: '立即确认' }).click();
    await page.getByText('待对方确认').waitFor({ state: 'detached' });
    await page.goBack();
    await page.goBack();
    await page.waitForURL(/\/dashboard\?/);
    await row.getByRole('button', { name: /^1 次 — / }).waitFor();
    await expect.poll(() => row.innerText()).toContain('已完成');
    expect(await page.evaluate(() => (window as unknown as { xzMarker?: string }).xzMarker)).toBe('same-document');
    await shot(page, 'dashboard-after-confirm');
    await page.context().close();
  });
});

describe('scope', () => {
  it('a county officer’s progress view holds only their county', async () => {
    const page = await signedIn(browser, 'county-huan', { axe: true });
    const answer = page.waitForResponse((r) => r.url().includes('/api/plans/2019/progress') && r.status() === 200);
    await openDashboard(page);
    const body = (await (await answer).json()) as ProgressDto;
    const counties = new Set(body.items.flatMap((i) => i.counties.map((c) => c.countyName)));
    expect([...counties]).toEqual(['环县']);
    // the county filter shows their county, fixed
    await expect.poll(() => page.locator('.ant-select-disabled').first().innerText()).toContain('环县');
    expect(await page.getByRole('columnheader', { name: '夏河县' }).count()).toBe(0);
    const other = await page.request.get(`${baseUrl()}/api/plans/2019/progress?county=623027`);
    expect(other.status()).toBe(403);
    await page.context().close();
  });
});

describe('accessibility and small screens', () => {
  const PAGES = [
    `/dashboard?${DEMO}`,
    `/dashboard/funds?${DEMO}`,
    `/warnings?${DEMO}`,
    `/assessment?${DEMO}`,
    '/assessment/scheme?year=2019',
    '/assessment/adjustments?year=2019',
    '/supervision',
  ];

  it('has no serious or critical axe violations on the dashboard, funds, warnings, supervision and assessment pages', async () => {
    const page = await signedIn(browser, 'office', { axe: true });
    const problems: Record<string, string[]> = {};
    for (const path of PAGES) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await revealDeferred(page);
      const found = await axeProblems(page);
      if (found.length) problems[path] = found;
    }
    expect(problems).toEqual({});
    await page.context().close();
  });

  for (const viewport of [DESKTOP, PHONE]) {
    it(`is usable at ${viewport.width}×${viewport.height}: no horizontal overflow of the page`, async () => {
      const page = await signedIn(browser, 'office', { viewport, axe: true });
      const overflowing: string[] = [];
      for (const path of [...PAGES, `/dashboard/screen?${DEMO}`]) {
        await page.goto(`${baseUrl()}${path}`);
        await page.locator('main').first().waitFor();
        await page.waitForLoadState('networkidle');
        await revealDeferred(page);
        if (!(await noHorizontalOverflow(page))) overflowing.push(path);
        // a picture of every page at this size, for a person to look at
        await shot(page, `page-${path.split('?')[0]!.slice(1).replace(/\//g, '-')}-${viewport.width}`);
      }
      if (viewport === PHONE) {
        await page.goto(`${baseUrl()}/dashboard?${DEMO}`);
        await page.locator('.xz-section .ant-table-row').first().waitFor();
        await shot(page, 'dashboard-phone');
      }
      expect(overflowing).toEqual([]);
      await page.context().close();
    });
  }

  it('big screen: dark, large type, refreshed every minute', async () => {
    const page = await signedIn(browser, 'leader', { viewport: { width: 1920, height: 1080 }, axe: true });
    await page.goto(`${baseUrl()}/dashboard/screen?${DEMO}`);
    await page.getByRole('heading', { level: 1, name: /年度任务进度/ }).waitFor();
    await page.getByText(/每 60 秒自动刷新/).waitFor();
    const bg = await page.locator('.xz-screen').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(11, 26, 46)');
    await page.waitForLoadState('networkidle');
    await shot(page, 'dashboard-big-screen');
    expect(await axeProblems(page)).toEqual([]);
    await page.context().close();
  });
});
