import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems } from './axe';
import { baseUrl, launchBrowser, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(username: string, width = 1366): Promise<Page> {
  const ctx = await browser.newContext({
    viewport: { width, height: width > 500 ? 768 : 844 },
    locale: 'zh-CN',
    bypassCSP: true,
  });
  const page = await ctx.newPage();
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

const COHORT = '夏河班（南开大学附属中学）';
/** The value beside a label of the cohort's facts (null until it is shown). */
const fact = (page: Page, label: string) =>
  page.evaluate((l) => {
    const th = Array.from(document.querySelectorAll('.ant-descriptions th')).find((e) => e.textContent?.trim() === l);
    return th?.nextElementSibling?.textContent?.trim() ?? null;
  }, label);

describe('夏河班: the office keeps the register; a support becomes a ledger record that links back', () => {
  let cohortPath = '';

  it('the office finds the 夏河班 with its 32 students and records a scholarship for one of them', async () => {
    const page = await signedIn('office');
    await page.goto(`${baseUrl()}/cohorts`);
    await page.getByRole('heading', { level: 1, name: '西部学生班级' }).waitFor();
    await page.getByRole('link', { name: COHORT }).click();
    await page.getByRole('heading', { level: 1, name: COHORT }).waitFor();
    cohortPath = new URL(page.url()).pathname;
    await expect.poll(() => fact(page, '学生'), { timeout: 30_000 }).toBe('32');
    const amountBefore = await fact(page, '资助金额');

    // the register shows masked ID numbers only
    const firstRow = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await firstRow.waitFor();
    const idCell = (await firstRow.locator('td').nth(2).textContent()) ?? '';
    expect(idCell).toMatch(/^\d{6}\*+[\dX]{4}$|^\d{3,6}\*{6,}\d{2,4}[\dX]?$/);
    const name = ((await firstRow.locator('td').nth(1).textContent()) ?? '').trim();
    await page.getByLabel('按姓名或年级筛选').fill(name);
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: name }).first();

    // a malformed term is refused in the form, with the reason
    await row.getByRole('button', { name: '录入成绩' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('学期').fill('2019年秋');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await dialog.getByText('学期格式应为 2019-2020-1').first().waitFor();
    await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await row.getByRole('button', { name: '登记资助' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('金额（元）').fill('2000');
    await dialog.getByLabel('资助日期').fill('2019-09-20');
    await dialog.getByLabel('备注').fill('国庆前专项奖学金');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已登记，并生成台账记录').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // the cohort's money moves by 0.20 万元 (shown with two decimals)
    const wan = (s: string | null) => Number((s ?? '').replace(/[^\d.]/g, ''));
    await expect.poll(async () => wan(await fact(page, '资助金额'))).toBeCloseTo(wan(amountBefore) + 0.2, 2);

    await row.locator('.ant-table-row-expand-icon').click();
    const support = page.locator('.ant-list-item', { hasText: '2,000.00 元' });
    await support.waitFor();
    expect(await support.textContent()).toContain('2019-09-20');
    await shot(page, 'cohorts-detail-1366');
    expect(await axeProblems(page)).toEqual([]);
    await support.getByRole('link', { name: '台账记录' }).click();
    await page.waitForURL(/\/ledger\/[0-9a-f-]{36}$/);
    const back = page.getByTestId('record-source-link');
    await back.waitFor();
    expect(await back.getAttribute('href')).toBe(cohortPath);
    expect(await back.textContent()).toContain(name);
    await page.context().close();
  });

  it('夏河县 sees its students’ register on a phone but cannot change it', async () => {
    const page = await signedIn('county-xiahe', 390);
    await page.goto(`${baseUrl()}${cohortPath}`);
    await page.getByRole('heading', { level: 1, name: COHORT }).waitFor();
    await expect.poll(() => fact(page, '学生'), { timeout: 30_000 }).toBe('32');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: '添加学生' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '登记资助' }).count()).toBe(0);
    await shot(page, 'cohorts-detail-390');
    await page.context().close();
  });
});
