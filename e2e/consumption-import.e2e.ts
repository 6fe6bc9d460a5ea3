import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, shot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const csv = (lines: string[]) =>
  Buffer.from(`\ufeff订单编号,商品名称,数量,实付金额,下单时间\r\n${lines.join('\r\n')}\r\n`);

describe('consumption: an online platform’s order export', () => {
  it('imports with the platform’s mapping and lists the uncertified lines as not counted; a bad file changes nothing', async () => {
    const office = await signedIn(browser, 'office');
    await office.goto(`${baseUrl()}/consumption/purchases?year=2019`);
    await office.getByRole('button', { name: '导入平台订单' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('平台').fill('农享');
    await expect.poll(() => dialog.getByLabel('金额（元）').inputValue()).toBe('实付金额');

    // A file with an unknown product: refused by row number, nothing imported.
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: csv(['NX-E2E-1,羊羔肉,2,160.00,2019-08-20 09:00:00', 'NX-E2E-2,不在目录的产品,1,50,2019-08-20']),
    });
    await dialog.getByRole('button', { name: /导\s*入/ }).click();
    const errors = dialog.getByRole('region', { name: '共 1 处问题，未作任何修改' });
    await errors.waitFor();
    await expect.poll(() => errors.innerText()).toContain('不在目录的产品');
    expect(await errors.innerText()).toContain('3');

    // The good file: both lines in, the uncertified one listed as not counted.
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'nongxiang.csv',
      mimeType: 'text/csv',
      buffer: csv(['NX-E2E-1,羊羔肉,2,160.00,2019-08-20 09:00:00', 'NX-E2E-3,散装小米,5,"1,050.00",2019-08-21']),
    });
    await dialog.getByRole('button', { name: /导\s*入/ }).click();
    const result = dialog.getByRole('region', { name: '导入结果' });
    await result.waitFor();
    expect(await result.innerText()).toContain('未计入的订单行（1 行');
    expect(await result.innerText()).toContain('散装小米');
    expect(await result.innerText()).toContain('NX-E2E-3');
    await shot(office, 'consumption-order-import');
    await dialog.getByRole('button', { name: '关 闭' }).click();

    await office.goto(`${baseUrl()}/consumption/purchases?year=2019&counted=false`);
    const row = office.locator('tr.ant-table-row', { hasText: '散装小米' }).filter({ hasText: '农享' });
    await row.first().waitFor();
    expect(await row.first().innerText()).toContain('未计入');
    // The mapping is saved for the platform.
    const maps = await office.request.get(`${baseUrl()}/api/consumption/import-mappings`);
    const items = ((await maps.json()) as { items: { platform: string }[] }).items;
    expect(items.map((m) => m.platform)).toContain('农享');
  });

  it('imports the province’s certified list and the awaiting purchase of the newly certified product counts', async () => {
    const office = await signedIn(browser, 'office');
    await office.goto(`${baseUrl()}/consumption/catalogue`);
    await office.getByRole('button', { name: '导入认定目录' }).click();
    const dialog = office.getByRole('dialog');
    const list =
      '序号,申报主体,产品名称,产品类别,证书编号,认定单位,认定日期,有效期至\r\n' +
      '1,环县农产品经销部（示例）,散装小米,杂粮,甘扶认-E2E-1,庆阳市扶贫办,2019-01-01,2019-12-31\r\n';
    await dialog.locator('input[type=file]').setInputFiles({
      name: '认定目录.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(list),
    });
    await dialog.getByRole('button', { name: /导\s*入/ }).click();
    const result = dialog.getByRole('region', { name: '导入结果' });
    await result.waitFor();
    expect(await result.innerText()).toMatch(/认定的已有产品\s*1/);
    expect(await result.innerText()).toMatch(/重新判断的采购\s*1/);
    await shot(office, 'consumption-certified-list-import');
    await office.goto(`${baseUrl()}/consumption/purchases?year=2019`);
    const row = office.locator('tr.ant-table-row', { hasText: '散装小米' }).filter({ hasText: '农享' });
    await row.first().waitFor();
    expect(await row.first().innerText()).not.toContain('未计入');
  });
});
