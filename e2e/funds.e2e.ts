import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundsOverviewDto, ProjectDto } from '@xiezuo/domain';
import { baseUrl, launchBrowser, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const NAME = '环县e2e肉牛养殖扶贫项目';
const VOUCHER = 'E2E-2019-PAY-01';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

async function signedIn(username: string, viewport = DESKTOP): Promise<Page> {
  const ctx = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    ...(viewport === PHONE ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await ctx.newPage();
  // the machine may be shared and slow: allow each wait its minute rather than fail on a busy moment
  page.setDefaultTimeout(60_000);
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** Opens an antd Select by its label (inside a drawer or dialog) and picks the option with this exact title. */
async function pick(page: Page, root: Locator, label: string, option: string) {
  const field = root.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) });
  const chosen = field.locator('.ant-select-content-has-value', { hasText: option });
  // on a busy machine a click may land while the list is still opening: try again until the field shows the option
  for (let attempt = 0; attempt < 5 && !(await chosen.count()); attempt++) {
    if (!(await page.locator('.ant-select-dropdown:visible').count()))
      await root.getByLabel(label, { exact: true }).click();
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
      .click({ timeout: 10_000 })
      .catch(() => undefined);
    await chosen.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await chosen.waitFor({ timeout: 1_000 });
}

async function fillDate(page: Page, label: string, iso: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(iso);
  await input.press('Enter');
  // the picker takes a typed date on Enter; make sure it did before the form is sent
  await expect.poll(() => input.inputValue()).toBe(iso);
}

async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

/** Opens a page of the app and waits until its title is there. */
async function open(page: Page, path: string) {
  await page.goto(`${baseUrl()}${path}`);
  await page.locator('h1').first().waitFor({ timeout: 90_000 });
}

/** Waits for a dialog to close; if it stays open, fails with what it says (a refusal or a field's error). */
async function closes(dialog: Locator) {
  try {
    await dialog.waitFor({ state: 'detached' });
  } catch (err) {
    const said = await dialog
      .locator('.ant-alert, .ant-form-item-explain-error')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(`the dialog stayed open${said.length ? `, saying: ${said.join(' | ')}` : ''}`, { cause: err });
  }
}

const stage = (page: Page, text: string) => page.locator('.xz-page-header').getByText(text, { exact: true }).waitFor();
/** A button by its label, after any icon's name; antd spaces two-character labels ("确 认"), so match with or without. */
const button = (page: Page | Locator, name: string) =>
  page.getByRole('button', { name: new RegExp(`(^|\\s)${[...name].join('\\s?')}$`) });
const noHorizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const overview = async (page: Page) =>
  (await (await page.request.get(`${baseUrl()}/api/funds/overview?year=2019`)).json()) as FundsOverviewDto;
const fiscalPaid = async (page: Page) => {
  const p = (await (await page.request.get(`${baseUrl()}/api/plans/2019/progress?asOf=2019-12-31`)).json()) as {
    items: { code: string; value: number }[];
  };
  return p.items.find((i) => i.code === 'funds.fiscal_paid')!.value;
};
const projectOf = async (page: Page) =>
  (await (
    await page.request.get(`${baseUrl()}/api${new URL(page.url()).pathname.replace('/funds', '')}`)
  ).json()) as ProjectDto;
const huanOf = (o: FundsOverviewDto) => o.counties.find((c) => c.countyCode === '621022')!;

// each step signs a person in and walks several pages: give it room on a busy machine
describe(
  'funds: a 环县 project from proposal to rectified finding, with no figure typed twice',
  { timeout: 300_000 },
  () => {
    let projectUrl = '';
    let before: { paidFen: number; receivedFen: number; fiscal: number } = { paidFen: 0, receivedFen: 0, fiscal: 0 };

    it('环县 proposes a project from the library', async () => {
      // the district's figures before, read as the office reads them after
      const office = await signedIn('office');
      const o = await overview(office);
      before = { paidFen: huanOf(o).paidFen, receivedFen: huanOf(o).receivedFen, fiscal: await fiscalPaid(office) };
      await office.context().close();
      const page = await signedIn('county-huan');
      await open(page, `/funds/projects?year=2019`);
      await page.getByText(/^合计（万元）/).waitFor();
      // a county officer sees only 环县's projects and no county filter
      expect(await page.getByLabel('受援县', { exact: true }).count()).toBe(0);
      await snap(page, 'funds-projects-county');
      await page.getByRole('button', { name: '申报项目' }).click();
      const drawer = page.locator('.ant-drawer');
      await drawer.getByLabel('项目名称').fill(NAME);
      await pick(page, drawer, '项目类别', '产业发展');
      await pick(page, drawer, '实施层级', '县级');
      // proposed at 40 万元, then corrected to 50 万元 through 修改申报 (the payment below expects 50)
      await drawer.getByLabel('计划投资（元）').fill('400000');
      await drawer.getByLabel('受益户数').fill('60');
      await drawer.getByLabel('其中贫困户').fill('30');
      await drawer.getByRole('button', { name: '产出指标' }).click();
      await drawer.getByPlaceholder('产出指标').fill('标准化牛舍');
      await drawer.getByPlaceholder('计划产出').fill('12');
      await button(page, '提交申报').click();
      await page.waitForURL(/\/funds\/projects\/[0-9a-f-]{36}$/, { timeout: 120_000 });
      projectUrl = new URL(page.url()).pathname;
      await stage(page, '已申报');
      await page.getByRole('heading', { name: NAME }).waitFor();
      await button(page, '修改申报').click();
      const edit = page.locator('.ant-drawer', { hasText: '修改申报' });
      await expect.poll(() => edit.getByLabel('计划投资（元）').inputValue()).toBe('400000');
      await edit.getByLabel('计划投资（元）').fill('500000');
      await edit.getByRole('button', { name: '修改申报' }).click();
      await page.getByText('申报已修改').waitFor();
      await expect.poll(async () => (await projectOf(page)).plannedFen).toBe(50 * 1_000_000);
      // the county cannot approve its own proposal
      expect(await button(page, '审批通过').count()).toBe(0);
      await page.context().close();
    });

    it('the funds group sees the what-if shares before and after, then approves', async () => {
      const page = await signedIn('group-funds');
      await open(page, projectUrl);
      await button(page, '审批通过').click();
      const dialog = page.locator('.ant-modal');
      await dialog.getByText('批准前', { exact: true }).waitFor();
      await dialog.getByText('批准后', { exact: true }).waitFor();
      await dialog.getByRole('cell', { name: '环县' }).first().waitFor();
      await dialog.getByText('批准后各项资金比例均符合要求。').waitFor();
      await shot(page, 'funds-approve-whatif');
      await dialog.getByRole('button', { name: /审批通过/ }).click();
      await closes(dialog);
      await stage(page, '已批复');
      await page.context().close();
    });

    it('the district office records the payment and the funds group confirms it (maker and checker)', async () => {
      const office = await signedIn('office');
      await open(office, projectUrl);
      await office.getByRole('button', { name: '登记拨付' }).click();
      const drawer = office.locator('.ant-drawer');
      await fillDate(office, '拨付日期', '2019-09-20');
      await drawer.getByLabel('凭证号').fill(VOUCHER);
      await expect.poll(() => drawer.getByLabel('金额 1').inputValue()).toBe('500000');
      await drawer.getByRole('button', { name: '登记拨付' }).click();
      await office.getByText('拨付已登记，待审核人确认').waitFor();
      await office.context().close();

      const funds = await signedIn('group-funds');
      await open(funds, `/funds/payments?year=2019&status=recorded`);
      const row = funds.locator('.ant-table-row', { hasText: VOUCHER });
      await row.waitFor();
      await shot(funds, 'funds-payments');
      await row.getByRole('button', { name: '确认拨付' }).click();
      await funds.locator('.ant-table-row', { hasText: VOUCHER }).waitFor({ state: 'detached' });
      await open(funds, projectUrl);
      await stage(funds, '资金已拨付');
      await funds.context().close();
    });

    it('环县 records the receipt on a phone and it is matched to the payment', async () => {
      const page = await signedIn('county-huan', PHONE);
      await open(page, `/funds/receipts`);
      await button(page, '登记到账').first().click();
      const drawer = page.locator('.ant-drawer');
      await fillDate(page, '到账日期', '2019-09-23');
      await drawer.getByLabel('金额（元）').fill('500000');
      await drawer.getByLabel('凭证号').fill('HX-E2E-0923');
      await drawer.getByLabel('付款方').fill('南开区财政局');
      await drawer.getByRole('button', { name: '登记到账' }).click();
      await page.getByText(`已与拨付 ${VOUCHER} 核对`).first().waitFor();
      expect(await noHorizontalOverflow(page)).toBe(true);
      await snap(page, 'funds-receipts-phone');
      await open(page, projectUrl);
      await stage(page, '资金已到县');
      await page.getByText('已到账', { exact: true }).first().waitFor();
      expect(await noHorizontalOverflow(page)).toBe(true);
      await snap(page, 'funds-project-phone');
      await page.context().close();
    });

    it('环县 asks to raise the amount (项目调整) and the funds group approves it with the what-if shares', async () => {
      const county = await signedIn('county-huan');
      await open(county, projectUrl);
      await button(county, '申请调整').click();
      const ask = county.locator('.ant-modal');
      await ask.getByLabel('调整后金额（元）').fill('520000');
      await ask.getByLabel('调整理由').fill('牛舍基础加固，增加投资2万元');
      await ask.getByRole('button', { name: /申请调整/ }).click();
      await closes(ask);
      const card = county.locator('.ant-card', { hasText: '项目调整' });
      await card.getByText('待审批', { exact: true }).waitFor();
      // the county cannot decide its own adjustment
      expect(await button(card, '同意调整').count()).toBe(0);
      await county.context().close();

      const funds = await signedIn('group-funds');
      await open(funds, projectUrl);
      await button(funds, '同意调整').click();
      const dialog = funds.locator('.ant-modal');
      await dialog.getByText('批准前', { exact: true }).waitFor();
      await dialog.getByText('批准后各项资金比例均符合要求。').waitFor();
      await dialog.getByRole('button', { name: /同意调整/ }).click();
      await closes(dialog);
      await funds.locator('.ant-card', { hasText: '项目调整' }).getByText('已同意', { exact: true }).waitFor();
      await expect.poll(async () => (await projectOf(funds)).approvedFen).toBe(52 * 1_000_000);
      // the project's history says what happened, not only the stage it stood at
      const history = funds.locator('.xz-funds-timeline');
      await history.getByText('申请调整', { exact: true }).waitFor();
      await history.getByText('同意调整', { exact: true }).waitFor();
      await history.getByText('修改申报', { exact: true }).waitFor();
      await funds.context().close();
    });

    it('环县 starts the project, attaches evidence and accepts completion with the measured outputs', async () => {
      const page = await signedIn('county-huan');
      await open(page, projectUrl);
      await button(page, '开工实施').click();
      await page
        .locator('.ant-modal')
        .getByRole('button', { name: /开工实施/ })
        .click();
      await stage(page, '实施中');
      await page.locator('.ant-upload input[type=file]').setInputFiles({
        name: '验收报告.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
      await page.getByRole('link', { name: '验收报告.png' }).waitFor();
      await button(page, '竣工验收').click();
      const dialog = page.locator('.ant-modal');
      await fillDate(page, '验收日期', '2019-09-28');
      await dialog.getByLabel(/实际产出：标准化牛舍/).fill('12');
      await dialog.getByRole('button', { name: /竣工验收/ }).click();
      await closes(dialog);
      await stage(page, '已竣工验收');
      await snap(page, 'funds-project-completed');
      await page.context().close();
    });

    it('the ledger and the dashboard show the new money, produced not re-keyed', async () => {
      const page = await signedIn('office');
      await open(page, projectUrl);
      const records = page.locator('.ant-card', { hasText: '台账记录' });
      await records.getByText('资金拨付').waitFor();
      await records.getByText('帮扶项目竣工验收').waitFor();
      const project = await projectOf(page);
      expect(project.records).toHaveLength(2);
      expect(project.records.find((r) => r.type === 'fund_payment')).toMatchObject({ status: 'confirmed' });

      const after = huanOf(await overview(page));
      expect(after.paidFen - before.paidFen).toBe(50 * 1_000_000);
      expect(after.receivedFen - before.receivedFen).toBe(50 * 1_000_000);
      expect((await fiscalPaid(page)) - before.fiscal).toBe(50 * 1_000_000);
      await open(page, `/funds?year=2019`);
      const huan = page.locator('.ant-table-row', { hasText: '环县' });
      const wan = (fen: number) => (fen / 1_000_000).toLocaleString('en-US', { minimumFractionDigits: 2 });
      await huan.getByText(wan(after.paidFen), { exact: true }).first().waitFor();
      await huan.getByText(wan(after.receivedFen), { exact: true }).first().waitFor();
      await page.getByText('资金使用比例').waitFor();
      await snap(page, 'funds-overview');
      // 资金设置: the office sets the days a payment may stay unreceived
      const settings = page.locator('.ant-card', { hasText: '资金设置' });
      await settings.getByLabel('拨付后未到账预警（天）').fill('45');
      await button(page, '保存设置').click();
      await page.getByText('资金设置已保存').waitFor();
      const saved = async () =>
        ((await (await page.request.get(`${baseUrl()}/api/fund-settings`)).json()) as { unreceivedDays: number })
          .unreceivedDays;
      await expect.poll(saved).toBe(45);
      await page.context().close();

      // the overview and the library on a phone, as county staff and the office use them away from a desk
      const phone = await signedIn('office', PHONE);
      await open(phone, `/funds?year=2019`);
      await phone.getByText('资金使用比例').waitFor();
      expect(await noHorizontalOverflow(phone)).toBe(true);
      await snap(phone, 'funds-overview-phone');
      await open(phone, `/funds/projects?year=2019`);
      await phone.getByText(/^合计（万元）/).waitFor();
      expect(await noHorizontalOverflow(phone)).toBe(true);
      await snap(phone, 'funds-projects-phone');
      await phone.context().close();
    });

    it('the auditor raises a finding, 环县 rectifies it, the auditor accepts it', async () => {
      const auditor = await signedIn('auditor');
      await open(auditor, projectUrl);
      // the auditor reads everything and writes findings only
      expect(await button(auditor, '竣工验收').count()).toBe(0);
      await auditor.getByRole('button', { name: '记录审计发现' }).click();
      const dialog = auditor.locator('.ant-modal');
      await pick(auditor, dialog, '问题类型', '会计凭证、手续不全');
      await dialog.getByLabel('涉及金额（元）').fill('20000');
      await dialog.getByLabel('问题描述').fill('验收资料缺少监理签字');
      await dialog.getByLabel('依据').fill('《东西部协作资金项目管理制度》第十二条');
      await fillDate(auditor, '整改期限', '2019-10-31');
      await dialog.getByRole('button', { name: /记录审计发现/ }).click();
      await closes(dialog);
      await auditor.getByText('待整改', { exact: true }).waitFor();

      const county = await signedIn('county-huan', PHONE);
      await open(county, `/funds/findings?status=open`);
      await county.locator('.ant-table-row', { hasText: NAME }).click();
      await button(county, '报送整改').click();
      await county.locator('.ant-modal').getByLabel('整改情况或意见').fill('已补齐监理签字并重新归档');
      await county
        .locator('.ant-modal')
        .getByRole('button', { name: /报送整改/ })
        .click();
      await county.locator('.ant-drawer').getByText('已反馈整改', { exact: true }).first().waitFor();
      expect(await noHorizontalOverflow(county)).toBe(true);
      await snap(county, 'funds-finding-phone');
      await county.context().close();

      await open(auditor, `/funds/findings?status=responded`);
      await auditor.locator('.ant-table-row', { hasText: NAME }).click();
      await button(auditor, '验收销号').click();
      await auditor.locator('.ant-modal').getByLabel('整改情况或意见').fill('佐证齐全，同意销号');
      await auditor
        .locator('.ant-modal')
        .getByRole('button', { name: /验收销号/ })
        .click();
      await auditor.locator('.ant-drawer').getByText('已销号', { exact: true }).first().waitFor();
      await shot(auditor, 'funds-finding-closed');
      await auditor.context().close();
    });
  },
);
