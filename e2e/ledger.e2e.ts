import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '@xiezuo/domain';
import { baseUrl, launchBrowser, orWhy, PHONE, shot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens an antd Select by its label and picks the option with this exact title. */
async function pick(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** Full-page screenshot from the top, so sticky header and action bar sit where a person sees them. */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

async function confirmModal(page: Page) {
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
}

const people = [101, 102, 103].map((seq, i) => ({
  id: makeIdNumber('621022', '19850615', seq),
  name: ['王文华', '李建国', '张丽'][i]!,
  phone: i === 0 ? '13800138000' : '',
  poor: i === 2 ? '是' : '否',
}));
const TITLE = '环县党政干部培训班（e2e）';

describe('ledger: a unit enters a training with a roster, the right county confirms it', () => {
  let recordId = '';

  it('unit-zuzhibu enters a training in 环县 with three people pasted from Excel, saves and submits it', async () => {
    const page = await signedIn(browser, 'unit-zuzhibu');
    await page.goto(`${baseUrl()}/ledger/new?type=training`);
    await page.getByText('学员花名册').waitFor();
    // the reporter's own unit is preset and fixed
    await expect.poll(() => page.locator('.ant-select-disabled').first().innerText()).toContain('区委组织部');
    await page.getByLabel('发生日期').fill('2026-11-20');
    await page.getByLabel('发生日期').press('Enter');
    await pick(page, '受援县', '环县');
    await pick(page, '培训类别', '党政干部');
    await page.getByLabel('培训名称').fill(TITLE);
    await page.getByLabel('期数').fill('1');
    await page.getByLabel('培训人次').fill('3');

    await page.getByRole('button', { name: /从 Excel 粘贴/ }).click();
    const tsv = [
      '身份证号\t姓名\t手机号\t建档立卡',
      ...people.map((p) => `${p.id}\t${p.name}\t${p.phone}\t${p.poor}`),
    ].join('\n');
    await page.getByRole('dialog').getByRole('textbox').fill(tsv);
    await page.getByRole('button', { name: '添加 3 行' }).click();
    await page.getByText('共 3 人，其中建档立卡 1 人').waitFor();
    // every valid number was looked up with its name (masked answer): known, verified or not found, never an error
    await expect
      .poll(
        async () =>
          page
            .locator('.xz-roster')
            .getByText(/^(已登记|您的范围内未找到)/)
            .count(),
        { timeout: 15_000 },
      )
      .toBe(3);
    await snap(page, 'ledger-form-desktop');

    await page.getByRole('button', { name: '保存草稿' }).click();
    await orWhy(page, page.waitForURL(/\/ledger\/[0-9a-f-]{36}$/));
    recordId = page.url().split('/').pop()!;
    await page.getByText('草稿', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: '提交确认' }).click();
    await confirmModal(page);
    await page.getByText('待对方确认', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: '提交确认' }).count()).toBe(0);
    // the roster shows masked numbers only
    expect(await page.content()).not.toContain(people[0]!.id);
    await page.getByText(`${people[0]!.id.slice(0, 4)}**********${people[0]!.id.slice(-4)}`).waitFor();
    await snap(page, 'ledger-detail-submitted');
    await page.context().close();
  });

  it('county-qingcheng does not see the record, in the list or by its address', async () => {
    expect(recordId).not.toBe('');
    const page = await signedIn(browser, 'county-qingcheng');
    await page.goto(`${baseUrl()}/ledger?year=2026&type=training`);
    await page.getByRole('table').waitFor();
    await page.getByText('没有符合条件的记录').waitFor();
    expect(await page.locator(`a[href="/ledger/${recordId}"]`).count()).toBe(0);
    expect((await page.request.get(`${baseUrl()}/api/records/${recordId}`)).status()).toBe(404);
    await page.context().close();
  });

  it('county-huan finds it under 待我确认 on a phone, opens it and confirms it', async () => {
    const page = await signedIn(browser, 'county-huan', { viewport: PHONE });
    await page.goto(`${baseUrl()}/ledger?awaiting=1`);
    const link = page.locator(`a[href="/ledger/${recordId}"]`);
    await link.waitFor();
    await snap(page, 'ledger-list-phone');
    await link.click();
    await page.waitForURL(`${baseUrl()}/ledger/${recordId}`);
    await page.getByText('处理记录').waitFor();
    await page.getByRole('heading', { name: new RegExp(TITLE.replace(/[()（）]/g, '.')) }).waitFor();
    // the confirming side reads the status as its own step
    await page.getByText('待我确认', { exact: true }).first().waitFor();
    await snap(page, 'ledger-detail-phone');
    // antd spaces two-character labels: "确 认"
    await page.getByRole('button', { name: /^确\s?认$/ }).click();
    // confirming waits 5 seconds for an undo; 立即确认 sends it at once
    await page.getByRole('status').filter({ hasText: '秒后确认' }).getByRole('button', { name: '立即确认' }).click();
    await page.getByText('已确认', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: /^确\s?认$/ }).count()).toBe(0);
    await page.context().close();
  });
});
