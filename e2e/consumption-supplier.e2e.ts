import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, launchBrowser, shot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SUPPLIER = '庆城县岐黄中药材专业合作社（示例）';
const PHONE_NO = '13900000731';
const received = async () =>
  (await (await fetch(`${inject('vendorUrl')}/__received`)).json()) as {
    phone: string | null;
    params: Record<string, string> | null;
  }[];

describe('consumption: a supplier’s own account', () => {
  it('the office gives a supplier an account; the supplier signs in by phone and sees only its own products and orders', async () => {
    const office = await signedIn(browser, 'office');
    await office.goto(`${baseUrl()}/consumption/catalogue`);
    await office.locator('tr.ant-table-row', { hasText: SUPPLIER }).getByRole('button', { name: '开通账号' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('手机号').fill(PHONE_NO);
    await dialog.getByRole('button', { name: /开\s*通/ }).click();
    await dialog.getByText('已开通：139****0731').waitFor();

    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(`${baseUrl()}/login/phone?next=${encodeURIComponent('/account')}`);
    await page.getByLabel('手机号').fill(PHONE_NO);
    await page.getByRole('button', { name: '获取验证码' }).click();
    let code = '';
    await expect
      .poll(async () => (code = (await received()).filter((r) => r.phone === PHONE_NO).at(-1)?.params?.code ?? ''), {
        timeout: 30_000,
        interval: 250,
      })
      .toMatch(/^\d{6}$/);
    await page.getByRole('textbox', { name: '验证码', exact: true }).fill(code);
    await page.getByRole('button', { name: /^登\s?录$/ }).click();
    await page.waitForURL('**/account');
    const portal = page.locator('.ant-card', { hasText: '我的扶贫产品与订单' });
    await portal.getByText(SUPPLIER).first().waitFor();
    await portal.getByRole('cell', { name: '黄芪', exact: true }).first().waitFor();
    const text = await portal.innerText();
    expect(text).toContain('采购订单');
    // Products of other suppliers are not shown.
    expect(text).not.toContain('羊羔肉');
    expect(text).not.toContain('唐卡');
    await shot(page, 'consumption-supplier-portal');
    await ctx.close();
  });
});
