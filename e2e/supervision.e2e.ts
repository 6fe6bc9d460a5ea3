import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems } from './axe';
import { baseUrl, launchBrowser, shot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WARNING = '贫困人口到其他地区就业进度滞后';

/** The order's status tag in the page header. */
const status = (page: Page) => page.locator('.xz-page-header .ant-tag').first();

describe('supervision: a warning becomes an order, the unit answers, the office closes it', () => {
  let orderUrl = '';
  let subject = '';

  it('the office issues an order from the warning, prefilled with its subject and responsible unit', async () => {
    const page = await signedIn(browser, 'office', { axe: true });
    await page.goto(`${baseUrl()}/warnings?year=2019&asOf=2019-09-30&kind=indicator_behind`);
    const row = page.getByRole('row').filter({ hasText: WARNING }).filter({ hasNotText: '县 ·' }).first();
    await row.waitFor();
    await row.getByRole('button', { name: /就此预警发起督办/ }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('督办事项').inputValue()).toBe(WARNING);
    await dialog.getByText('区人社局').first().waitFor();
    subject = `${WARNING}（e2e）`;
    await dialog.getByLabel('督办事项').fill(subject);
    await shot(page, 'supervision-create');
    await dialog.getByRole('button', { name: /^下\s*达$/ }).click();
    await page.waitForURL(/\/supervision\/[0-9a-f-]{36}$/);
    orderUrl = page.url();
    await page.getByRole('heading', { level: 1, name: new RegExp(subject.replace(/[()（）]/g, '.')) }).waitFor();
    await expect.poll(() => status(page).innerText()).toBe('待反馈');
    // the office cannot answer for the unit: no answer box
    expect(await page.getByLabel('反馈内容').count()).toBe(0);
    await page.context().close();
  });

  it('unit-renshe finds the order in its list and answers it', async () => {
    const page = await signedIn(browser, 'unit-renshe', { axe: true });
    await page.goto(`${baseUrl()}/supervision`);
    await page.getByRole('link', { name: subject }).click();
    await page.waitForURL(orderUrl);
    await page
      .getByLabel('反馈内容')
      .fill('已召开专题会议部署劳务输出工作，10 月底前新增转移就业 400 人，附会议纪要。');
    await page.getByRole('button', { name: '提交反馈' }).click();
    await expect.poll(() => status(page).innerText()).toBe('已反馈');
    await page.getByText('已召开专题会议部署劳务输出工作').first().waitFor();
    // the unit cannot accept its own answer
    expect(await page.getByRole('button', { name: '验收办结' }).count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'supervision-responded');
    await page.context().close();
  });

  it('the office accepts the answer and the order is closed, with its history', async () => {
    const page = await signedIn(browser, 'office', { axe: true });
    await page.goto(orderUrl);
    await page.getByRole('button', { name: '验收办结' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('验收意见（可选）').fill('措施具体，同意办结。');
    await dialog.getByRole('button', { name: '验收办结' }).click();
    await expect.poll(() => status(page).innerText()).toBe('已办结');
    for (const step of ['下达', '反馈', '验收办结'])
      await page.locator('.ant-timeline').getByText(step, { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: '验收办结' }).count()).toBe(0);
    await shot(page, 'supervision-closed');
    await page.goto(`${baseUrl()}/supervision?status=closed`);
    await page.getByRole('link', { name: subject }).waitFor();
    await page.context().close();
  });
});
