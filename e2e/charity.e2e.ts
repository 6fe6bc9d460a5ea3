import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, launchBrowser, PHONE, shot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A call to the API from inside the page, with the session's CSRF token, as the web app makes it. */
function apiFrom(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ([m, u, b]) => {
      const csrf = /xz_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const res = await fetch(u as string, {
        method: m as string,
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, any> | null };
    },
    [method, url, body] as const,
  );
}

const received = async () =>
  (await (await fetch(`${inject('vendorUrl')}/__received`)).json()) as {
    phone: string | null;
    params: Record<string, string> | null;
    template: string | null;
  }[];

/** Picks an option of an antd select by its visible text, opening the select by its accessible name. */
async function choose(page: Page, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  await page.keyboard.press('Escape');
}

const TITLE = `高二学生学年资助（E2E ${Date.now() % 100000}）`;
const STUDENT = { name: '卓玛草', id: '623027200705120024' };
const donations = async (page: Page) =>
  (await apiFrom(page, 'GET', '/api/plans/2019/progress?asOf=2019-12-31')).body!.items.find(
    (i: { code: string }) => i.code === 'social.donations',
  ).value as number;

describe('the charity journey: 夏河县 need → public page → donor → Red Cross → county → ledger', () => {
  let needId = '';
  let office: Page;
  let before = 0;

  it('夏河县 raises a 助学 need and another officer verifies and publishes it', async () => {
    office = await signedIn(browser, 'office');
    before = await donations(office);
    const town = await signedIn(browser, 'town-xiahe');
    await town.goto(`${baseUrl()}/charity`);
    await town.getByRole('button', { name: '发布需求' }).click();
    const dialog = town.getByRole('dialog');
    await dialog.getByLabel('标题（不含姓名）').fill(TITLE);
    await dialog.getByLabel('说明（不含姓名、电话、住址）').fill('家庭经济困难，资助一学年学费和住宿费。');
    await dialog.getByLabel('金额（元）').fill('4000');
    await dialog.getByLabel('截止日期').fill('2019-12-31');
    await dialog.getByLabel('截止日期').press('Enter');
    await dialog.getByLabel('受助人姓名（加密保存）').fill(STUDENT.name);
    await dialog.getByLabel('身份证号（加密保存）').fill(STUDENT.id);
    await shot(town, 'charity-need-form');
    await dialog.getByRole('button', { name: /确\s?定|OK/ }).click();
    await town.getByRole('cell', { name: TITLE }).waitFor();
    await town.context().close();

    const county = await signedIn(browser, 'county-xiahe');
    await county.goto(`${baseUrl()}/charity?tab=queue`);
    const row = county.getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText(/马|卓/).first().waitFor();
    await row.getByRole('button', { name: /^核\s?实$/ }).click();
    await county.goto(`${baseUrl()}/charity?tab=needs`);
    await county
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByRole('button', { name: /^发\s?布$/ })
      .click();
    await county
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByText('已发布')
      .waitFor();
    await shot(county, 'charity-county-board');
    const list = await apiFrom(county, 'GET', '/api/charity/needs?status=published&pageSize=200');
    needId = list.body!.items.find((n: { title: string }) => n.title === TITLE).id;
    await county.context().close();
  });

  it('shows it on the public page without a sign-in and without personal data', async () => {
    const ctx = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    await page.goto(`${baseUrl()}/charity/public?county=623027&kind=schooling`);
    await page.getByText(TITLE).waitFor();
    await shot(page, 'charity-public-phone');
    const html = await page.content();
    for (const s of [STUDENT.name, STUDENT.id, STUDENT.id.slice(-8)]) expect(html).not.toContain(s);
    // SM3 digests (64 hex characters) are public proofs; no other run of 11+ digits (an ID number, a phone) may show
    expect((await page.locator('body').innerText()).replace(/[0-9a-f]{64}/g, '')).not.toMatch(/\d{11,}/);
    await ctx.close();
  });

  it('a donor signs in by phone and claims it; the Red Cross receives and passes it on; the county confirms and delivers', async () => {
    const ctx = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const donor = await ctx.newPage();
    // a deep link opened on the staff sign-in page survives the switch to phone sign-in
    await donor.goto(`${baseUrl()}/login?next=${encodeURIComponent(`/charity/donor?need=${needId}`)}`);
    await donor.getByRole('link', { name: /手机验证码登录/ }).tap();
    await donor.waitForURL('**/login/phone?next=**');
    await donor.getByLabel('手机号').fill('139 0000 0019');
    await donor.getByRole('button', { name: '获取验证码' }).tap();
    let code = '';
    await expect
      .poll(
        async () => (code = (await received()).filter((r) => r.phone === '13900000019').at(-1)?.params?.code ?? ''),
        {
          timeout: 30_000,
          interval: 250,
        },
      )
      .toMatch(/^\d{6}$/);
    await donor.getByRole('textbox', { name: '验证码', exact: true }).fill(code);
    await donor.getByRole('button', { name: /^登\s?录$/ }).tap();
    await donor.waitForURL('**/charity/donor?need=**');
    await donor.getByLabel('金额（元）').fill('4000');
    await donor.getByLabel('企业或个人名称').fill('刘志强');
    await donor.getByRole('button', { name: '确认认领' }).tap();
    await donor.getByText('已认领，请在预留期内通过区红十字会捐赠').waitFor();
    await donor.getByText(TITLE, { exact: false }).first().waitFor();
    await shot(donor, 'charity-donor-claimed');

    // the Red Cross, in the browser: records the receipt against the donor's claim, then passes it on to 夏河县
    const redcross = await signedIn(browser, 'redcross');
    await redcross.goto(`${baseUrl()}/charity?tab=receipts`);
    await choose(redcross, '捐赠方', '刘志强');
    await choose(redcross, '所捐认领', TITLE);
    await redcross.getByLabel('金额', { exact: true }).fill('4000');
    await redcross.getByLabel('银行流水号').fill('E2E-ICBC-0001');
    await shot(redcross, 'charity-redcross-receipt-form');
    const recorded = redcross.waitForResponse(
      (r) => r.url().endsWith('/api/charity/receipts') && r.request().method() === 'POST',
    );
    await redcross.getByRole('button', { name: '登记接收' }).click();
    const receipt = {
      body: (await (await recorded).json()) as { receiptNo: string; verifyCode: string; digest: string },
    };
    expect(receipt.body.receiptNo, JSON.stringify(receipt.body)).toBeTruthy();
    await redcross.getByRole('cell', { name: receipt.body.receiptNo }).waitFor();
    await redcross.getByRole('tab', { name: '划转批次' }).click();
    await choose(redcross, '受援县', '夏河县');
    await choose(redcross, '选择已接收的认领（同一县）', TITLE);
    const created = redcross.waitForResponse(
      (r) => r.url().endsWith('/api/charity/transfers') && r.request().method() === 'POST',
    );
    await redcross.getByRole('button', { name: '新建划转批次' }).click();
    const batch = { body: (await (await created).json()) as { batchNo: string } };
    expect(batch.body.batchNo, JSON.stringify(batch.body)).toBeTruthy();
    await redcross.getByRole('cell', { name: batch.body.batchNo }).waitFor();
    await shot(redcross, 'charity-redcross-batches');
    await redcross.context().close();

    const county = await signedIn(browser, 'county-xiahe');
    await county.goto(`${baseUrl()}/charity?tab=transfers`);
    await county
      .getByRole('row', { name: new RegExp(batch.body!.batchNo) })
      .getByRole('button', { name: '确认到账' })
      .click();
    await county
      .getByRole('row', { name: new RegExp(batch.body!.batchNo) })
      .getByText('县已确认到账')
      .waitFor();
    await county.goto(`${baseUrl()}/charity?tab=needs`);
    await county
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByRole('button', { name: '登记送达' })
      .click();
    await county.getByLabel('受助方感谢或说明（将公开，勿含个人信息）').fill('学费已交到学校，谢谢！');
    await county.getByRole('button', { name: /确\s?定|OK/ }).click();
    await county
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByText('已送达')
      .waitFor();
    await county.context().close();

    expect(await donations(office)).toBe(before + 4000_00);

    const messages = await apiFrom(donor, 'GET', '/api/messages?pageSize=20');
    expect(JSON.stringify(messages.body)).toContain('已送达受助方');
    await donor.goto(`${baseUrl()}/charity/verify/${receipt.body!.verifyCode}`);
    await donor.getByTestId('digest').getByText(receipt.body!.digest).waitFor();
    await donor.getByText('送达受助方').waitFor();
    await shot(donor, 'charity-verify');
    await ctx.close();
    await office.context().close();
  });
});
