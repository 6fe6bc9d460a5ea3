import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, PHONE, shot, signedIn } from './browser';

// What a new user meets (#15): names instead of codes, the confirming side's wording, empty years, the next plan year.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const mainText = (page: Page) => page.locator('main').innerText();

describe('names, not codes', () => {
  it('the audit log names actions and the user acted on; the filter lists names only', async () => {
    const page = await signedIn(browser, 'auditor');
    await page.goto(`${baseUrl()}/audit`);
    await page.getByRole('columnheader', { name: '操作' }).waitFor();
    await expect.poll(() => page.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    const text = await mainText(page);
    expect(text).not.toMatch(/\b(record|auth|report|user)\.[a-z_]+/);
    expect(text).not.toMatch(/user:[0-9a-f-]{8}/);
    await page.getByLabel('操作类型').click();
    const options = await page.locator('.ant-select-dropdown:visible .ant-select-item-option').allInnerTexts();
    expect(options.length).toBeGreaterThan(0);
    expect(options.join('\n')).not.toMatch(/[a-z]+\.[a-z_]+/);
    await page.keyboard.press('Escape');
    await shot(page, 'screens-audit-auditor');
    await page.context().close();
  });

  it('a supervision order names the indicator it cites', async () => {
    const page = await signedIn(browser, 'office');
    const orders = (await (await page.request.get(`${baseUrl()}/api/supervision-orders`)).json()) as {
      items: { id: string; serial: string }[];
    };
    const open = orders.items.find((o) => o.serial === '督办〔2019〕2号')!;
    await page.goto(`${baseUrl()}/supervision/${open.id}`);
    const facts = page.locator('.ant-descriptions').first();
    await facts.getByRole('link', { name: '贫困人口到其他地区就业', exact: true }).waitFor();
    expect(await facts.innerText()).not.toContain('labour.');
    await page.context().close();
  });

  it('a unit reporter reads the plan without indicator codes', async () => {
    const page = await signedIn(browser, 'unit-zuzhibu');
    await page.goto(`${baseUrl()}/plans?year=2019`);
    await page.getByRole('heading', { level: 2, name: '人才支援' }).waitFor();
    expect(await mainText(page)).not.toMatch(/\b(talent|labour|industry|funds)\.[a-z_]+/);
    await page.context().close();
  });
});

describe('the confirming side', () => {
  it('a county officer sees what waits for them as 待我确认', async () => {
    const page = await signedIn(browser, 'county-huan');
    // the 待我确认 tab: records submitted by the other side (a module's produced records await that module, not her)
    await page.goto(`${baseUrl()}/ledger?year=2019&awaiting=confirm`);
    await expect.poll(() => page.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    const tags = await page.locator('tr.ant-table-row .xz-ledger-status .ant-tag').allInnerTexts();
    expect(tags).toContain('待我确认');
    expect(tags).not.toContain('待对方确认');
    await page.context().close();
  });
});

describe('years', () => {
  it('warnings of a year without a plan are an empty state, not an error', async () => {
    const page = await signedIn(browser, 'office');
    // a year no journey creates a plan for (plans.e2e copies 2019 into 2020)
    await page.goto(`${baseUrl()}/warnings?year=2030`);
    await page.getByText('2030 年尚无年度计划，没有指标预警').waitFor();
    await shot(page, 'screens-warnings-2020');
    await page.context().close();
  });

  it('the office creates the next plan year from the year picker', async () => {
    const page = await signedIn(browser, 'office');
    // another journey may have added 2020 already: the next year is the one after the latest plan
    const list = (await (await page.request.get(`${baseUrl()}/api/plans`)).json()) as { items: { year: number }[] };
    const latest = Math.max(...list.items.map((p) => p.year));
    await page.goto(`${baseUrl()}/plans?year=2018`);
    await page.locator('#plans-year').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByText(`＋ 新建 ${latest + 1} 年计划…`)
      .click();
    const dialog = page.getByRole('dialog', { name: `复制 ${latest} 年方案` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('目标年度').inputValue()).toBe(String(latest + 1));
    await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();
    await page.context().close();
  });
});

describe('phone', () => {
  it('指标方案 at 390 px shows name, target and actions without sideways scrolling', async () => {
    const page = await signedIn(browser, 'office', { viewport: PHONE });
    await page.goto(`${baseUrl()}/plans?year=2019`);
    await page.getByRole('heading', { level: 2, name: '人才支援' }).waitFor();
    expect(await page.getByRole('columnheader', { name: '统计规则' }).count()).toBe(0);
    const table = page.locator('.ant-table-content, .ant-table-body').first();
    const fits = await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(fits).toBe(true);
    await shot(page, 'screens-plans-390');
    await page.context().close();
  });
});
