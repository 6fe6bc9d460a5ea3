import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { baseUrl, launchBrowser, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
type Received = {
  vendor: string;
  phone: string | null;
  template: string | null;
  params: Record<string, string> | null;
};

const phoneContext = (): Promise<BrowserContext> =>
  browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function signedInOnPhone(username: string): Promise<Page> {
  const page = await (await phoneContext()).newPage();
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** What the stand-in SMS vendor received. */
async function received(): Promise<Received[]> {
  return (await fetch(`${inject('vendorUrl')}/__received`)).json() as Promise<Received[]>;
}

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
      return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
    },
    [method, url, body] as const,
  );
}

const tileCount = async (page: Page, kind: string) =>
  Number(await page.locator(`[data-kind="${kind}"] .xz-tile__value`).innerText());

describe('what awaits me: from a submitted record to the county’s confirmation on a phone', () => {
  let recordId = '';
  let countyPage: Page;
  let before = 0;

  it('the county officer’s workbench counts what awaits them', async () => {
    countyPage = await signedInOnPhone('county-huan');
    await countyPage.locator('[data-kind="records.confirm"]').waitFor();
    before = await tileCount(countyPage, 'records.confirm');
    await countyPage.getByText('数据截至').or(countyPage.getByText('2019-09-30')).first().waitFor();
  });

  it('a unit reporter submits a record', async () => {
    const page = await signedInOnPhone('unit-zuzhibu');
    const me = await apiFrom(page, 'GET', '/api/auth/me');
    const unit = (me.body!.roles as { scopeId: string }[])[0]!.scopeId;
    const created = await apiFrom(page, 'POST', '/api/records', {
      type: 'visit',
      occurredOn: '2019-09-20',
      eastUnitId: unit,
      countyCode: '621022',
      values: { visitKind: 'high_level', direction: 'east_to_west', leaders: '区委书记' },
    });
    expect(created.status).toBe(200);
    recordId = created.body!.id as string;
    await page.goto(`${baseUrl()}/ledger/${recordId}`);
    await page.getByRole('button', { name: '提交确认' }).tap();
    await page.locator('.ant-modal-confirm .ant-btn-primary').tap();
    await page.getByText('待对方确认').first().waitFor();
    await page.context().close();
  });

  it('shows the county 1 more to confirm and the bell 1 unread; from the message to confirmed in 3 taps', async () => {
    await countyPage.reload();
    await expect.poll(() => tileCount(countyPage, 'records.confirm'), { timeout: 15_000 }).toBe(before + 1);
    const bell = countyPage.getByRole('button', { name: /^消息，\d+ 条未读$/ });
    await expect.poll(async () => bell.getAttribute('aria-label'), { timeout: 15_000 }).toBe('消息，1 条未读');
    await shot(countyPage, 'workbench-phone-county');
    let taps = 0;
    const tap = async (l: Locator) => {
      taps++;
      await l.tap();
    };
    await tap(bell);
    await tap(countyPage.getByRole('dialog').getByRole('link', { name: '待您确认：互访考察' }).first());
    await countyPage.waitForURL(`**/ledger/${recordId}`);
    await shot(countyPage, 'record-from-message-phone');
    await tap(countyPage.getByRole('button', { name: /^确\s?认$/ })); // antd spaces two-character labels
    await countyPage.getByRole('status').filter({ hasText: '秒后确认' }).waitFor();
    await shot(countyPage, 'record-confirming-phone');
    await countyPage.getByText('已确认').first().waitFor({ timeout: 15_000 });
    expect(taps).toBeLessThanOrEqual(3);
    console.log(`taps from the message to confirmed: ${taps}`);
    const rec = await apiFrom(countyPage, 'GET', `/api/records/${recordId}`);
    expect(rec.body!.status).toBe('confirmed');
    await expect.poll(async () => bell.getAttribute('aria-label')).toBe('消息，0 条未读');
  });

  it('sent the county officer an SMS with the record’s short link and no ID number; the link survives a sign-in', async () => {
    let sms: Received | undefined;
    await expect
      .poll(async () => (sms = (await received()).find((r) => r.phone === '13900000001' && r.template === 'SMS_101')), {
        timeout: 30_000,
        interval: 250,
      })
      .toBeDefined();
    expect(Object.keys(sms!.params!).sort()).toEqual(['link', 'type', 'unit']);
    expect(sms!.params).toMatchObject({ type: '互访考察', unit: '区委组织部' });
    expect(JSON.stringify(sms)).not.toMatch(/\d{17}[\dX]/);
    const path = new URL(sms!.params!.link!).pathname;
    expect(path).toMatch(/^\/m\/[A-Za-z0-9]{10}$/);
    // opened on a phone whose session has expired (a fresh browser): sign-in, then the same record
    const page = await (await phoneContext()).newPage();
    await page.goto(`${baseUrl()}${path}`);
    await page.waitForURL('**/login?next=**');
    await page.getByLabel(/用户名/).fill('county-huan');
    await page.getByLabel(/密码/).fill(inject('e2ePassword'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/ledger/${recordId}`);
    await page.getByText('已确认').first().waitFor();
    await page.context().close();
  });

  it('a worker signs in by phone and code, and gets 403 on staff routes', async () => {
    const page = await (await phoneContext()).newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByText('外部用户').tap();
    await page.waitForURL('**/login/phone');
    await page.getByLabel('手机号').fill('138 0000 0001');
    await page.getByRole('button', { name: '获取验证码' }).tap();
    let code = '';
    await expect
      .poll(
        async () =>
          (code =
            (await received()).filter((r) => r.phone === '13800000001' && r.template === 'SMS_100').at(-1)?.params
              ?.code ?? ''),
        { timeout: 30_000, interval: 250 },
      )
      .toMatch(/^\d{6}$/);
    await page.getByRole('textbox', { name: '验证码', exact: true }).fill(code);
    await shot(page, 'phone-login');
    await page.getByRole('button', { name: /^登\s?录$/ }).tap();
    await page.waitForURL('**/account');
    await page.getByText('求职者', { exact: true }).waitFor();
    await page.getByText('138****0001').waitFor();
    await shot(page, 'account-phone');
    for (const url of ['/api/records', '/api/workbench', '/api/auth/me', '/api/users'])
      expect((await apiFrom(page, 'GET', url)).status, url).toBe(403);
    expect((await apiFrom(page, 'POST', '/api/records', {})).status).toBe(403);
    await page.goto(`${baseUrl()}/ledger`);
    await page.waitForURL('**/account');
    await page.context().close();
  });
});
