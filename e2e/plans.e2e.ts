import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDto, ProgressDto } from '@xiezuo/domain';
import { baseUrl, launchBrowser, shot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WAN = 1_000_000; // fen in one 万元
const DONATIONS = '社会帮扶款物';

/** A screenshot of what is on screen (an open drawer or dialog), beside the full-page ones. */
async function view(page: Page, name: string) {
  const dir = path.resolve(import.meta.dirname, '../test-results');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** The table row of an indicator, by its code (shown under its name). */
const rowOf = (page: Page, code: string) =>
  page.locator('tr.ant-table-row').filter({ has: page.getByText(code, { exact: true }) });

describe('annual plans', () => {
  it('office edits a 2019 target through the builder with a reason, exports the catalog, copies 2019 to 2020; the progress follows', async () => {
    const page = await signedIn(browser, 'office');
    await page.getByRole('navigation').getByRole('menuitem', { name: '指标方案' }).click();
    await page.waitForURL(/\/plans/);
    for (const heading of ['人才支援', '产业合作', '劳务协作', '资金支持'])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    await expect.poll(() => rowOf(page, 'social.donations').innerText()).toContain('800.00 万元');
    await shot(page, 'plans-2019');

    // edit: the drawer opens with the rule in words; the target is typed in 万元; a published plan asks for a reason
    await rowOf(page, 'social.donations')
      .getByRole('button', { name: `编辑 ${DONATIONS}` })
      .click();
    const drawer = page.getByRole('dialog').filter({ hasText: `编辑 ${DONATIONS}` });
    await drawer.locator('.xz-plan-preview__text', { hasText: '计：社会捐赠记录的金额之和。' }).waitFor();
    expect(new URL(page.url()).searchParams.get('edit')).toBe('social.donations');
    const overall = drawer.getByLabel('总体目标');
    await expect.poll(() => overall.inputValue()).toBe('800');
    await overall.fill('900');
    await drawer.getByRole('button', { name: /^保\s*存$/ }).click();
    await drawer.getByText('请填写调整理由').waitFor();
    await view(page, 'plans-editor-top');
    await drawer.locator('.xz-plan-preview').scrollIntoViewIfNeeded();
    await view(page, 'plans-editor-rule');
    await drawer.getByLabel('调整理由').fill('领导小组会议决定提高社会帮扶目标');
    await view(page, 'plans-editor-reason');
    await drawer.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText(`已保存“${DONATIONS}”`).waitFor();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => rowOf(page, 'social.donations').innerText()).toContain('900.00 万元');

    // export: the catalog workbook of 2019
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /导出 Excel/ }).click(),
    ]);
    expect(download.url()).toContain('/api/plans/2019/export.xlsx');
    expect(download.suggestedFilename()).toBe('2019年指标方案.xlsx');
    expect(
      fs
        .readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    // copy: 2019 → 2020 as a draft, and the page moves to it
    await page.getByRole('button', { name: /复制到下一年/ }).click();
    const copy = page.getByRole('dialog').filter({ hasText: '复制 2019 年方案' });
    await expect.poll(() => copy.getByLabel('目标年度').inputValue()).toBe('2020');
    await copy.getByRole('button', { name: /复制到下一年/ }).click();
    await page.waitForURL(/year=2020/);
    await page.getByText('已复制为 2020 年草稿方案').waitFor();
    await page.locator('.xz-plans-toolbar .ant-tag', { hasText: '草稿' }).waitFor();
    await expect.poll(() => rowOf(page, 'social.donations').innerText()).toContain('900.00 万元');
    await page.getByRole('button', { name: /发布方案/ }).waitFor();
    await shot(page, 'plans-2020-draft');

    // the dashboard's figures come from the changed declaration
    const progress = (await (
      await page.request.get(`${baseUrl()}/api/plans/2019/progress?asOf=2019-09-30`)
    ).json()) as ProgressDto;
    expect(progress.items.find((i) => i.code === 'social.donations')?.target).toBe(900 * WAN);
    const plans = (await (await page.request.get(`${baseUrl()}/api/plans`)).json()) as {
      items: { year: number; status: string }[];
    };
    expect(plans.items.find((p) => p.year === 2020)?.status).toBe('draft');
    await page.context().close();
  });

  it('lists every problem of an imported sheet by row, and changes nothing', async () => {
    const page = await signedIn(browser, 'office');
    await page.goto(`${baseUrl()}/plans?year=2019`);
    await page.getByRole('button', { name: /导入 Excel/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '导入 2019 年指标目录' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('catalog');
    ws.addRow([
      '指标代码',
      '指标名称',
      '类别',
      '计量单位',
      '数值类型',
      '牵头专项组',
      '统计方式',
      '台账类型',
      '计量',
      '规则（JSON）',
      '目标类型',
      '总体目标',
    ]);
    ws.addRow([
      'labour.new_fairs',
      '新增招聘会',
      '劳务协作',
      '场',
      '计数',
      'labour',
      '记录条数',
      '专场招聘会',
      null,
      null,
      '不低于',
      '很多',
    ]);
    ws.addRow([
      'Bad Code',
      '坏指标',
      '无此类别',
      '个',
      '计数',
      '无此专项组',
      null,
      null,
      null,
      '{"agg":"count","types":["spaceflight"],"filters":[]}',
      '不低于',
      5,
    ]);
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'plan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    await dialog.getByLabel('调整理由').fill('试导入');
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.getByText(/共 \d+ 处问题，未作任何修改/).waitFor();
    await dialog.getByRole('cell', { name: '应为数字' }).waitFor();
    await dialog.getByRole('cell', { name: '未知的台账类型“spaceflight”' }).waitFor();
    await view(page, 'plans-import-errors');
    const plan = (await (await page.request.get(`${baseUrl()}/api/plans/2019/indicators`)).json()) as PlanDto;
    expect(plan.indicators.some((i) => i.code === 'labour.new_fairs')).toBe(false);
    await page.context().close();
  });

  it('shows a ratio rule with list filters in the builder, in English, and leaves a leader read-only', async () => {
    const page = await signedIn(browser, 'office');
    await page.goto(`${baseUrl()}/plans?year=2019&edit=funds.livelihood_grassroots_share&lang=en`);
    const drawer = page.getByRole('dialog');
    await drawer
      .getByRole('group', { name: /Filters \(all must hold\) 2/ })
      .first()
      .waitFor();
    await drawer.getByText(/as a percentage of/).waitFor();
    await drawer
      .getByRole('group', { name: /Filters \(all must hold\) 2/ })
      .first()
      .scrollIntoViewIfNeeded();
    await view(page, 'plans-editor-ratio-en');
    await page.context().close();

    const leader = await signedIn(browser, 'leader');
    await leader.goto(`${baseUrl()}/plans?year=2019`);
    await leader.getByText('只读：方案由区合作交流办维护').waitFor();
    expect(await leader.getByRole('button', { name: /^编辑/ }).count()).toBe(0);
    expect(await leader.getByRole('button', { name: /新增指标|导入 Excel|复制到下一年/ }).count()).toBe(0);
    const plan = (await (await leader.request.get(`${baseUrl()}/api/plans/2019/indicators`)).json()) as PlanDto;
    expect(plan.abilities.edit).toBe(false);
    await leader.context().close();
  });
});
