import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(username: string): Promise<Page> {
  const ctx = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await ctx.newPage();
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** The scope picker's shown value. */
const scopeShown = (page: Page) =>
  page.locator('#report-scope').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]');

describe('reports for a unit reporter', () => {
  it('offers unit-zuzhibu its own unit, downloads its Word and PDF, and previews it', async () => {
    const page = await signedIn('unit-zuzhibu');
    await page.goto(`${baseUrl()}/reports?year=2018`);
    await page.getByRole('heading', { name: '年度工作总结' }).waitFor();
    await expect.poll(() => scopeShown(page).innerText()).toContain('区委组织部');
    expect(await scopeShown(page).innerText()).not.toContain('district');
    await page.locator('#report-scope').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.allInnerTexts()).toEqual(['区委组织部']);
    await page.keyboard.press('Escape');
    await shot(page, 'reports-unit-zuzhibu');

    const summary = page.locator('.ant-card').filter({ hasText: '年度工作总结' });
    for (const [name, ext] of [
      ['Word', 'docx'],
      ['PDF', 'pdf'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        summary.getByRole('link', { name }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`天津市南开区区委组织部2018年东西部扶贫协作和支援合作工作总结.${ext}`);
      expect(await download.failure()).toBeNull();
    }
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      summary.getByRole('link', { name: '在线预览' }).click(),
    ]);
    await preview.getByRole('heading', { level: 1, name: /区委组织部2018年/ }).waitFor();
    expect(await preview.content()).not.toContain('"error"');
    await preview.getByText('一、区委组织部积极作为实现脱贫攻坚良好开局').waitFor();
    await preview.close();

    const table = page.locator('.ant-card').filter({ hasText: '计划执行对照表' });
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('link', { name: 'Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/区委组织部2018年.*\.xlsx$/);
    await page.context().close();
  });

  it('shows a page, not raw JSON, when a download is refused', async () => {
    const page = await signedIn('unit-zuzhibu');
    await page.goto(`${baseUrl()}/api/reports/summary?year=2018&scope=district&format=docx`);
    await page.getByRole('heading', { name: '无法下载该报告' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('{"error"');
    await page.getByText('该报告超出您的数据范围').waitFor();
    await shot(page, 'reports-refused');
    await page.getByRole('link', { name: '返回报告页面' }).click();
    await page.waitForURL(/\/reports$/);
    await page.getByRole('heading', { name: '年度工作总结' }).waitFor();
    await page.context().close();
  });
});
