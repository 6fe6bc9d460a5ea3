import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, PHONE, shot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PRODUCT = '羊羔肉 · 环县环乡人农产品开发有限公司（示例）';

/** Opens an antd Select by its label and picks the option with this title, again if the pick did not land. */
async function pick(scope: Page | Locator, page: Page, label: string, option: string) {
  const shown = scope
    .locator('.ant-select', { has: page.getByLabel(label, { exact: true }) })
    .locator(`[title="${option}"]`);
  for (let attempt = 0; attempt < 5 && !(await shown.count()); attempt++) {
    if (!(await page.locator('.ant-select-dropdown:visible').count()))
      await scope
        .getByLabel(label, { exact: true })
        .click({ timeout: 10_000 })
        .catch(() => undefined);
    await page.keyboard.type(option.slice(0, 3)).catch(() => undefined);
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
      .click({ timeout: 10_000 })
      .catch(() => undefined);
    await shown.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await shown.waitFor();
}

/** The pledge board row of a unit as its cell texts. */
async function pledgeRow(page: Page, unit: string) {
  const row = page.locator('tr.ant-table-row', { has: page.getByRole('cell', { name: unit, exact: true }) });
  await row.waitFor();
  return (await row.locator('td').allInnerTexts()).map((c) => c.trim());
}

/** consumption.amount of 2019 (fen) as the progress API gives it to the signed-in page. */
async function amountIndicator(page: Page): Promise<number> {
  const res = await page.request.get(`${baseUrl()}/api/plans/2019/progress?asOf=2019-12-31`);
  const body = (await res.json()) as { items: { code: string; value: number }[] };
  return body.items.find((i) => i.code === 'consumption.amount')!.value;
}

async function countedOnDashboard(page: Page) {
  await page.goto(`${baseUrl()}/consumption?year=2019`);
  const card = page.locator('.ant-card', { hasText: '已计入' }).locator('.ant-statistic-content-value');
  await card.waitFor();
  await expect.poll(async () => (await card.innerText()).trim()).not.toBe('—');
  return (await card.innerText()).trim();
}

describe('consumption assistance: pledge, purchase, confirmation, counted', () => {
  it('moves the pledge board, the dashboard and consumption.amount by a confirmed certified purchase', async () => {
    const office = await signedIn(browser, 'office');
    await office.goto(`${baseUrl()}/consumption/pledges?year=2019`);
    const before = await pledgeRow(office, '区人社局');
    expect(before[2]).toBe('300');
    expect(before[3]).toBe('150');
    await office
      .locator('tr.ant-table-row', { has: office.getByRole('cell', { name: '区人社局', exact: true }) })
      .getByRole('button', { name: '设定认购额' })
      .click();
    const dialog = office.getByRole('dialog');
    // the dialog opens with the current pledge; type over it only once it is there
    await expect.poll(() => dialog.getByLabel('认购额（万元）').inputValue()).toMatch(/^300(\.0+)?$/);
    await dialog.getByLabel('认购额（万元）').fill('320');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(async () => (await pledgeRow(office, '区人社局'))[2]).toBe('320');
    const indicatorBefore = await amountIndicator(office);
    expect(await countedOnDashboard(office)).toBe('4,000');

    const unit = await signedIn(browser, 'unit-renshe');
    await unit.goto(`${baseUrl()}/consumption/purchases?year=2019`);
    await unit.getByRole('button', { name: '登记采购' }).click();
    const form = unit.getByRole('dialog');
    await pick(form, unit, '产品', PRODUCT);
    await form.getByLabel('采购日期').fill('2019-09-20');
    await form.getByLabel('数量').fill('60');
    await form.getByLabel('金额（元）').fill('50000');
    await form.getByRole('button', { name: /确\s*定|OK/ }).click();
    await form.waitFor({ state: 'hidden' });
    const mine = unit.locator('tr.ant-table-row', { hasText: '2019-09-20' });
    await expect.poll(async () => mine.innerText()).toMatch(/计入[\s\S]*待县方确认/);

    const county = await signedIn(browser, 'county-huan');
    await county.goto(`${baseUrl()}/consumption/purchases?year=2019`);
    const row = county.locator('tr.ant-table-row', { hasText: '2019-09-20' });
    await row.getByRole('button', { name: /确\s*认/ }).click();
    await expect.poll(async () => row.innerText()).toMatch(/已确认/);

    await office.goto(`${baseUrl()}/consumption/pledges?year=2019`);
    await expect.poll(async () => (await pledgeRow(office, '区人社局'))[3]).toBe('155');
    expect(await countedOnDashboard(office)).toBe('4,005');
    expect(await amountIndicator(office)).toBe(indicatorBefore + 50_000 * 100);
    await shot(office, 'consumption-dashboard-desktop');
  });

  it('lists purchases not certified on their date as not counted, with the reason', async () => {
    const page = await signedIn(browser, 'office');
    await page.goto(`${baseUrl()}/consumption/purchases?year=2019&counted=false`);
    await page.getByText('未计入：采购日认定已过期').waitFor();
    await page.getByText('未计入：产品无扶贫认定').waitFor();
  });

  it('is usable on a 390 px phone: every page fits without sideways scrolling of the page', async () => {
    const page = await signedIn(browser, 'office', { viewport: PHONE });
    for (const [path, name] of [
      ['/consumption?year=2019', 'dashboard'],
      ['/consumption/pledges?year=2019', 'pledges'],
      ['/consumption/purchases?year=2019', 'purchases'],
      ['/consumption/catalogue?asOf=2019-09-30', 'catalogue'],
    ] as const) {
      await page.goto(`${baseUrl()}${path}`);
      await page.locator('tr.ant-table-row').first().waitFor();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, path).toBeLessThanOrEqual(390);
      await shot(page, `consumption-${name}-phone`);
    }
    await page.goto(`${baseUrl()}/consumption/catalogue`);
    await page.getByText('即将到期').first().waitFor();
    expect(await page.getByText('即将到期').count()).toBe(2);
  });
});
