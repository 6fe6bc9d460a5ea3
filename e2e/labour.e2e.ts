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

type Received = { phone: string | null; params: string[] | Record<string, string> | null; template: string | null };
const received = async () => (await (await fetch(`${inject('vendorUrl')}/__received`)).json()) as Received[];
const values = (r: Received) => (r.params ? Object.values(r.params) : []);
/** The newest SMS to a phone whose variables satisfy `match`, waited for. */
async function smsTo(phone: string, match: (v: string[]) => boolean) {
  let hit: Received | undefined;
  await expect
    .poll(async () => (hit = (await received()).filter((r) => r.phone === phone && match(values(r))).at(-1)), {
      timeout: 30_000,
      interval: 250,
    })
    .toBeTruthy();
  return values(hit!);
}

/** Signs a phone in by one-time code (read from the stand-in vendor) and lands on `next`. */
async function phoneSignIn(page: Page, phone: string, next: string) {
  if (!page.url().includes('/login/phone'))
    await page.goto(`${baseUrl()}/login/phone?next=${encodeURIComponent(next)}`);
  await page.getByLabel('手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  const v = await smsTo(phone, (x) => x.some((s) => /^\d{6}$/.test(s)));
  await page.getByRole('textbox', { name: '验证码', exact: true }).fill(v.find((s) => /^\d{6}$/.test(s))!);
  await page.getByRole('button', { name: /^登\s?录$/ }).click();
}

const RUN = Date.now() % 100000;
const EMPLOYER_PHONE = '13900000041';
// a worker of the demo pool in 环县 who wishes to work in Tianjin and consents to messages (labour.seed.ts)
const WORKER_PHONE = '13700000001';
const SKILL = `E2E技能${RUN}`;
const tianjin = async (page: Page) =>
  (await apiFrom(page, 'GET', '/api/plans/2019/progress?asOf=2019-12-31')).body!.items.find(
    (i: { code: string }) => i.code === 'labour.employed_in_tianjin',
  ).value as number;

describe('the labour journey: employer → ranked workers → push → phone apply → hire → county → ledger → follow-up', () => {
  let postId = '';
  let applicationId = '';
  let group: Page;
  let boss: Page;
  let before = 0;
  const title = `物流分拣员${RUN}`;

  it('an employer signs in by phone and publishes a post; the labour group sees ranked workers and pushes it', async () => {
    group = await signedIn(browser, 'group-labour');
    before = await tianjin(group);
    const e = await apiFrom(group, 'POST', '/api/labour/employers', {
      name: `天津E2E物流有限公司${RUN}`,
      creditCode: creditCode(RUN),
      regionCode: '120104',
      contactName: '李经理',
      contactPhone: EMPLOYER_PHONE,
    });
    expect(e.status, JSON.stringify(e.body)).toBe(200);
    // the county gives the worker a skill no one else has, so the ranking has one clear first
    const county = await signedIn(browser, 'county-huan');
    let w: { id: string; version: number } | undefined;
    for (let page = 1; !w && page <= 5; page++)
      w = (
        await apiFrom(county, 'GET', `/api/labour/workers?county=621022&pageSize=200&page=${page}`)
      ).body!.items.find((x: { phoneMasked: string }) => x.phoneMasked === '137****0001');
    if (!w) throw new Error('the demo worker 137****0001 is not in the 环县 pool');
    expect(
      (await apiFrom(county, 'PATCH', `/api/labour/workers/${w.id}`, { version: w.version, skills: [SKILL] })).status,
    ).toBe(200);
    await county.context().close();

    boss = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await phoneSignIn(boss, EMPLOYER_PHONE, '/account');
    await boss.waitForURL('**/account');
    const p = await apiFrom(boss, 'POST', '/api/labour/posts', {
      title,
      regionCode: '120104',
      openings: 1,
      wageMinFen: 400_000,
      wageMaxFen: 600_000,
      skills: [SKILL],
      housing: true,
      meals: true,
      startOn: '2019-09-02',
      validTo: '2019-12-31',
    });
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    postId = p.body!.id;

    await group.goto(`${baseUrl()}/labour/posts?id=${postId}`);
    const first = group.getByRole('row', { name: new RegExp(`技能吻合 1 × 3`) }).first();
    await first.waitFor();
    await shot(group, 'labour-post-matches');
    await first.getByRole('checkbox').check();
    await group.getByText('将推送给 1 人').waitFor();
    await group.getByRole('button', { name: /^推\s?送$/ }).click();
    await group.getByText(/已排队 1 条/).waitFor();
    await shot(group, 'labour-push-done');
  });

  it('the stand-in SMS server receives the push; the worker opens its link on a 390 px phone and applies', async () => {
    const v = await smsTo(WORKER_PHONE, (x) => x.some((s) => s.startsWith(title.slice(0, 12))));
    const link = v.find((s) => /^https?:\/\//.test(s))!;
    expect(link).toMatch(/\/m\/\w+$/);
    const ctx = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const phone = await ctx.newPage();
    await phone.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl()));
    await phone.waitForURL(/\/(jobs|login\/phone)/);
    await shot(phone, 'labour-worker-link-opened');
    await phoneSignIn(phone, WORKER_PHONE, `/jobs/${postId}`);
    await phone.waitForURL(`**/jobs/${postId}`);
    await phone.getByRole('button', { name: '一键申请' }).tap();
    await phone.getByText('已申请，状态：已申请').waitFor();
    await shot(phone, 'labour-worker-phone');
    const mine = await apiFrom(phone, 'GET', '/api/labour/applications');
    // only its own applications (the demo worker also has one from the demo's pushes)
    const here = mine.body!.items.filter((a: { postId: string }) => a.postId === postId);
    expect(here).toHaveLength(1);
    expect(mine.body!.items.every((a: { phoneMasked: string }) => a.phoneMasked === '137****0001')).toBe(true);
    applicationId = here[0].id;
    await ctx.close();
  });

  it('the employer hires, the county confirms, the employment record and the indicator move', async () => {
    // the employer's phone session from the first step (a new code would wait out the resend interval)
    const hired = await apiFrom(boss, 'POST', `/api/labour/applications/${applicationId}/transitions`, {
      to: 'hired',
      version: 1,
      startOn: '2019-09-02',
    });
    expect(hired.status, JSON.stringify(hired.body)).toBe(200);
    await boss.context().close();

    const county = await signedIn(browser, 'county-huan');
    await county.goto(`${baseUrl()}/labour/applications`);
    const row = county.getByRole('row', { name: new RegExp(title) });
    await row.getByRole('button', { name: '县方确认' }).click();
    await row.getByText('县方已确认').waitFor();
    await shot(county, 'labour-applications-board');
    const a = await apiFrom(county, 'GET', `/api/labour/applications/${applicationId}`);
    const rec = await apiFrom(county, 'GET', `/api/records/${a.body!.recordId}`);
    expect(rec.body).toMatchObject({ type: 'employment', status: 'confirmed', countyCode: '621022' });
    expect(rec.body!.values.destination).toBe('tianjin');
    expect(await tianjin(group)).toBe(before + 1);
    await county.context().close();
  });

  it('the scheduled job sends the 1-month follow-up once the working date is advanced', async () => {
    const office = await signedIn(browser, 'office');
    const wd = (await apiFrom(office, 'GET', '/api/settings/working-date')).body!;
    expect(
      (await apiFrom(office, 'PUT', '/api/settings/working-date', { workingDate: '2019-10-03', version: wd.version }))
        .status,
    ).toBe(200);
    try {
      const admin = await signedIn(browser, 'sysadmin');
      const run = await apiFrom(admin, 'POST', '/api/jobs/scheduled/jobs.labour-followups/run', {});
      expect(run.status, JSON.stringify(run.body)).toBe(200);
      const about = async () =>
        (await received()).filter(
          (r) => r.phone === WORKER_PHONE && values(r).some((s) => s.startsWith(title.slice(0, 12))),
        );
      // the push, then the follow-up
      await expect.poll(async () => (await about()).length, { timeout: 30_000, interval: 250 }).toBe(2);
      await admin.context().close();
    } finally {
      const now = (await apiFrom(office, 'GET', '/api/settings/working-date')).body!;
      await apiFrom(office, 'PUT', '/api/settings/working-date', { workingDate: wd.workingDate, version: now.version });
    }
    await office.context().close();
  });
});

/** A valid 统一社会信用代码 for the run (GB 32100-2015 check character). */
function creditCode(n: number) {
  const A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first = `91120104MA${String(9_000_000 + n).padStart(7, '0')}`;
  const sum = [...first].reduce((s, c, i) => s + A.indexOf(c) * W[i]!, 0);
  return first + A[(31 - (sum % 31)) % 31];
}
