import type { Browser, Locator, Page } from 'playwright-core';
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

async function signedIn(username: string): Promise<Page> {
  // bypassCSP: the server's CSP (script-src 'self') would refuse the injected axe-core script
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', bypassCSP: true });
  const page = await ctx.newPage();
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** Opens an antd Select by its label and picks the option with this exact title; tries again while the list animates. */
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
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
      .click({ timeout: 10_000 })
      .catch(() => undefined);
    await shown.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await shown.waitFor();
}

const status = (page: Page) => page.locator('.xz-page-header .ant-tag').first();
const SUMMARY = '男，61岁，活动后胸闷气短2月，心脏彩超示左室射血分数45%。请会诊明确病因及用药方案。';

describe('telemedicine: a county hospital asks, the paired hospital answers, the request closes into the ledger', () => {
  let url = '';
  let recordPath = '';

  it('the 环县 hospital doctor opens a consultation; a phone number in the summary is refused first', async () => {
    const page = await signedIn('hospital-huan');
    await page.goto(`${baseUrl()}/telemedicine`);
    await page.getByRole('heading', { level: 1, name: '远程医疗' }).waitFor();
    await page.getByRole('button', { name: /发起申请/ }).click();
    const dialog = page.getByRole('dialog');
    await pick(dialog, page, '结对医院', '环县示例医院（1） → 南开区示例医院（1）');
    await dialog.getByLabel('科室').fill('心内科');
    await dialog.getByLabel('病例摘要（去标识化）').fill(`${SUMMARY}家属电话13912345678。`);
    await dialog.getByRole('button', { name: /提交申请/ }).click();
    await dialog.getByText('摘要中含有电话号码，请删除后再提交').waitFor();
    await shot(page, 'telemedicine-summary-refused');
    await dialog.getByLabel('病例摘要（去标识化）').fill(SUMMARY);
    await dialog.getByRole('button', { name: /提交申请/ }).click();
    await page.waitForURL(/\/telemedicine\/[0-9a-f-]{36}$/);
    url = page.url();
    await expect.poll(() => status(page).innerText()).toBe('待分派');
    await page.getByText(SUMMARY).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('the paired hospital’s coordinator assigns one of its experts', async () => {
    const page = await signedIn('hospital-nk1');
    await page.goto(url);
    await pick(page, page, '专家', '南开区示例医院（1）会诊专家');
    await page.getByRole('button', { name: '分派专家' }).last().click();
    await expect.poll(() => status(page).innerText()).toBe('已分派专家');
    // the coordinator does not answer: the opinion is the expert's own
    expect(await page.getByLabel('专家意见').count()).toBe(0);
    await page.context().close();
  });

  it('the expert answers', async () => {
    const page = await signedIn('expert-nk1');
    await page.goto(url);
    await page.getByLabel('专家意见').fill('考虑缺血性心肌病，建议完善冠脉造影，规范抗心衰治疗，两周后复诊。');
    await page.getByRole('button', { name: '出具意见' }).last().click();
    await expect.poll(() => status(page).innerText()).toBe('已出具意见');
    await page.context().close();
  });

  it('the doctor closes it with feedback; the request links its ledger record, which links back', async () => {
    const page = await signedIn('hospital-huan');
    await page.goto(url);
    await page.getByLabel('反馈', { exact: true }).fill('已按意见调整治疗，患者症状缓解。');
    await page.locator('.ant-rate-star').nth(4).click();
    await page.getByRole('button', { name: '结束并反馈' }).last().click();
    await expect.poll(() => status(page).innerText()).toBe('已结束');
    await shot(page, 'telemedicine-closed');
    recordPath = (await page.getByRole('link', { name: '查看台账记录' }).getAttribute('href')) ?? '';
    expect(recordPath).toMatch(/^\/ledger\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('the office sees the 环县 requests in every state', async () => {
    const page = await signedIn('office');
    await page.goto(`${baseUrl()}/telemedicine?county=621022`);
    await page.getByText('共 17 条').waitFor();
    await shot(page, 'telemedicine-list');
    expect(await axeProblems(page)).toEqual([]);
    // the record the closed request produced is confirmed and links back to the request
    await page.goto(`${baseUrl()}${recordPath}`);
    await page.getByTestId('record-source-link').click();
    await page.waitForURL(url);
    await page.context().close();
  });
});
