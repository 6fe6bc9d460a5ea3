import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { creditCodeCheckChar } from '@xiezuo/domain';
import { baseUrl, launchBrowser, orWhy, pickOption, shot, signedIn } from './browser';

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

  it('the office registers a supplier and a product through the forms; a bad credit code is refused as typed', async () => {
    const office = await signedIn(browser, 'office');
    await office.goto(`${baseUrl()}/consumption/catalogue`);
    await office.getByRole('button', { name: '登记供应主体' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('名称').fill('环县表单测试合作社');
    await dialog.getByLabel('统一社会信用代码').fill('91621022MA70000010');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await dialog.getByText('不是有效的统一社会信用代码').waitFor();
    const first = '91621022MA7000001';
    await dialog.getByLabel('统一社会信用代码').fill(first + creditCodeCheckChar(first)!);
    await pickOption(office, dialog, '受援县', '环县');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await office.locator('tr.ant-table-row', { hasText: '环县表单测试合作社' }).waitFor();

    await office.getByRole('button', { name: '新增产品' }).click();
    const product = office.getByRole('dialog');
    await pickOption(office, product, '供货主体', '环县表单测试合作社');
    await product.getByLabel('名称').fill('表单测试荞麦面');
    await product.getByLabel('计量单位').fill('袋');
    await product.getByLabel('单价（元）').fill('12.5');
    await product.getByRole('button', { name: /确\s*定|OK/ }).click();
    await orWhy(product, product.waitFor({ state: 'detached' }));
    const res = await office.request.get(`${baseUrl()}/api/consumption/products?pageSize=500`);
    const items = ((await res.json()) as { items: { name: string; priceFen: number }[] }).items;
    expect(items.find((p) => p.name === '表单测试荞麦面')?.priceFen).toBe(1250);
  });
});
