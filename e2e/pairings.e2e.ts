import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, launchBrowser, PHONE, shot, signedIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const AGREEMENT = '区委组织部与环城镇结对帮扶协议（e2e）';
// the smallest file the server recognises as a PDF by its first bytes
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Opens an antd Select by its label and picks the option with this exact title; tries again if the pick did not land. */
async function pick(scope: Page | Locator, page: Page, label: string, option: string) {
  const input = scope.getByLabel(label, { exact: true });
  // `has` is matched inside each .ant-select, so it takes the label alone, not the scoped locator
  const shown = scope
    .locator('.ant-select', { has: page.getByLabel(label, { exact: true }) })
    .locator(`[title="${option}"]`);
  // on a loaded machine the list may still be animating, or the field re-rendered, when the click comes: open it only if
  // no list is open, give each click a short time, and look again
  for (let attempt = 0; attempt < 5 && !(await shown.count()); attempt++) {
    if (!(await page.locator('.ant-select-dropdown:visible').count()))
      await input.click({ timeout: 10_000 }).catch(() => undefined);
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
      .click({ timeout: 10_000 })
      .catch(() => undefined);
    await shown.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await shown.waitFor();
}

/** The overview's data table as { county: { column: text } }. */
async function statsTable(page: Page): Promise<Record<string, Record<string, string>>> {
  const card = page.locator('.ant-card', { has: page.getByRole('heading', { name: '数据表' }) });
  await card.locator('tbody tr.ant-table-row').first().waitFor();
  const headers = (await card.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const rows: Record<string, Record<string, string>> = {};
  for (const row of await card.locator('tbody tr.ant-table-row').all()) {
    const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
    rows[cells[0]!] = Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
  }
  return rows;
}

async function openOverview(page: Page) {
  await page.goto(`${baseUrl()}/pairings/overview`);
  await page
    .getByRole('img', { name: /结对地图/ })
    .locator('canvas')
    .first()
    .waitFor();
  return statsTable(page);
}

describe('pairings: the office creates a pairing with an agreement, the map counts it, the county confirms it', () => {
  let pairingUrl = '';
  let before: Record<string, Record<string, string>> = {};

  it('office reads the overview, then creates a 其他结对 between 区委组织部 and 环城镇 through the form', async () => {
    const page = await signedIn(browser, 'office');
    before = await openOverview(page);
    expect(Number(before['环县']?.['合计'])).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: '结对关系分区导航' }).getByRole('link', { name: '结对列表' }).click();
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: '新建结对' }).click();
    // by its text: the e2e bundle is built with NODE_ENV=test, where antd gives every generated id the same value
    const dialog = page.getByRole('dialog').filter({ hasText: '新建结对' });
    await pick(dialog, page, '结对类型', '其他结对');
    // 其他结对 defaults to an east unit and a west region
    await dialog.getByLabel('东部单位').click();
    await page.keyboard.type('区委组织部');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="区委组织部"]').click();
    // the region tree searches as one types; as with pick, try again until the field shows the township
    const township = dialog.locator('.ant-select-content-has-value', { hasText: '环城镇（乡级 621022100）' });
    for (let attempt = 0; attempt < 5 && !(await township.count()); attempt++) {
      if (!(await page.locator('.ant-select-dropdown:visible').count())) {
        await dialog
          .getByLabel('受援县的乡镇或村')
          .click({ timeout: 10_000 })
          .catch(() => undefined);
        await page.keyboard.type('环城');
      }
      await page
        .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: '环城镇（乡级 621022100）' })
        .click({ timeout: 10_000 })
        .catch(() => undefined);
      await township.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    await township.waitFor({ timeout: 1_000 });
    // an end before the start is refused on the form, before anything is sent
    await dialog.getByLabel('开始日期').fill('2020-03-01');
    await dialog.getByLabel('开始日期').press('Enter');
    await dialog.getByLabel('结束日期（可空）').fill('2019-12-31');
    await dialog.getByLabel('结束日期（可空）').press('Enter');
    await dialog.getByRole('button', { name: '创建结对' }).click();
    await dialog.getByText('结束日期不能早于开始日期').waitFor();
    await dialog.getByLabel('结束日期（可空）').fill('2022-12-31');
    await dialog.getByLabel('结束日期（可空）').press('Enter');
    // on a loaded machine the picker may take its time: the corrected date must be in place before creating
    await expect.poll(() => dialog.getByLabel('结束日期（可空）').inputValue(), { timeout: 30_000 }).toBe('2022-12-31');
    await dialog.getByText('结束日期不能早于开始日期').waitFor({ state: 'hidden', timeout: 30_000 });
    await dialog.getByRole('button', { name: '创建结对' }).click();

    await page.waitForURL(/\/pairings\/[0-9a-f-]{36}$/, { timeout: 90_000 }).catch(async (e: unknown) => {
      // say what the dialog shows instead of only that the page did not move on
      throw new Error(
        `no pairing page after 创建结对; the dialog says: ${await dialog.innerText().catch(() => '(gone)')}`,
        { cause: e },
      );
    });
    pairingUrl = page.url();
    await page.getByRole('heading', { level: 1, name: '区委组织部 — 环城镇' }).waitFor();
    await page.getByText('甘肃省 庆阳市 环县 环城镇').waitFor();
    await page.getByText('待县方确认').waitFor();
    await page.getByText('尚无关联本结对的台账记录').waitFor();
    await page.context().close();
  });

  it('office adds an agreement with a yearly target and uploads the signed PDF; a non-PDF is refused', async () => {
    const page = await signedIn(browser, 'office');
    await page.goto(pairingUrl);
    await page.getByText('该结对尚未签订协议').waitFor();
    await page.getByRole('button', { name: '新增协议' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '保存协议' });
    await dialog.getByLabel('协议名称').fill(AGREEMENT);
    await dialog.getByLabel('签订日期').fill('2020-03-15');
    await dialog.getByLabel('签订日期').press('Enter');
    await dialog.getByLabel('起始年度').fill('2020');
    await dialog.getByLabel('截止年度').fill('2021');
    await dialog.getByLabel('帮扶承诺').fill('每年选派干部赴环城镇挂职，组织基层干部来津培训。');
    await dialog.getByRole('button', { name: '添加目标' }).click();
    await dialog.getByLabel('目标内容').fill('培训基层干部');
    await dialog.getByLabel('数量').fill('30');
    await dialog.getByLabel('单位', { exact: true }).fill('人');
    await dialog.getByRole('button', { name: '保存协议' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByText('协议（1）').waitFor();
    await page.getByRole('cell', { name: '培训基层干部' }).waitFor();
    await page.getByText('30 人').waitFor();
    const upload = page.locator('input[type=file]').first();
    await upload.setInputFiles({
      name: 'fake.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not really a pdf'),
    });
    await page.getByRole('alert').filter({ hasText: '只能上传 PDF、PNG 或 JPEG 文件' }).waitFor();
    await upload.setInputFiles({ name: '签署版.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('link', { name: /签署版\.pdf/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await shot(page, 'pairings-detail-1366');
    await page.context().close();
  });

  it('the overview and the map count the new pairing for 环县 under 其他结对', async () => {
    const page = await signedIn(browser, 'office');
    const after = await openOverview(page);
    expect(Number(after['环县']!['合计'])).toBe(Number(before['环县']!['合计']) + 1);
    expect(after['环县']!['其他结对']).toBe('1');
    expect(after['庆城县']!['合计']).toBe(before['庆城县']!['合计']);
    // the map's text alternative carries the same count as the lines' labels
    const map = page.getByRole('img', { name: /结对地图/ });
    await expect(map.getAttribute('aria-label')).resolves.toContain(`环县：${after['环县']!['合计']} 对`);
    await page.waitForTimeout(800);
    await shot(page, 'pairings-map-1366');
    await page.context().close();
  });

  it('county-huan sees only 环县 in the list, and confirms the new pairing for the county', async () => {
    const page = await signedIn(browser, 'county-huan');
    await page.goto(`${baseUrl()}/pairings?pageSize=100`);
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    const headers = (await page.locator('thead th').allInnerTexts()).map((h) => h.trim());
    const col = headers.indexOf('受援县');
    expect(col).toBeGreaterThan(-1);
    const counties = await page.locator(`tbody tr.ant-table-row td:nth-child(${col + 1})`).allInnerTexts();
    expect(counties.length).toBeGreaterThan(10);
    expect(new Set(counties.map((c) => c.trim()))).toEqual(new Set(['环县']));
    await page.getByRole('combobox', { name: '受援县' }).click();
    // The list opens with an animation: poll until its options have settled instead of reading them once.
    await expect
      .poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').allInnerTexts(), {
        timeout: 10_000,
      })
      .toEqual(['环县']);
    await page.keyboard.press('Escape');

    await page.goto(pairingUrl);
    await page.getByRole('button', { name: '县方确认结对' }).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByText(/^已确认（\d{4}-\d{2}-\d{2}）$/).waitFor();
    await expect(page.getByRole('button', { name: '县方确认结对' }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('office exports 庆城县 under the list filters and imports the file back: every row returns as a duplicate, with a rejects report', async () => {
    const page = await signedIn(browser, 'office');
    await page.goto(`${baseUrl()}/pairings?county=621021`);
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    const total = Number(/共 (\d+) 条/.exec(await page.locator('.ant-pagination-total-text').innerText())![1]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /导出 Excel/ }).click(),
    ]);
    expect(download.url()).toContain('/api/pairings/export.xlsx?county=621021');
    const file = await download.path();

    await page.getByRole('button', { name: '批量导入' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '批量导入结对' });
    await expect(dialog.getByRole('link', { name: /下载导入模板/ }).getAttribute('href')).resolves.toBe(
      '/api/pairings/template.xlsx',
    );
    await dialog.locator('input[type=file]').setInputFiles({
      name: '结对-庆城县.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: fs.readFileSync(file),
    });
    await dialog.getByRole('button', { name: /上传并导入/ }).click();
    const result = dialog.getByRole('region', { name: '导入完成' });
    await result.waitFor();
    const figures = (await result.locator('.ant-statistic-content-value').allInnerTexts()).map((v) =>
      Number(v.replace(/,/g, '')),
    );
    expect(figures).toEqual([total, 0, total]);
    await expect(result.getByRole('link', { name: /下载退回报告/ }).getAttribute('href')).resolves.toMatch(
      /^\/api\/imports\/[0-9a-f-]{36}\/rejects$/,
    );
    await page.context().close();
  });

  it('looks right on a desktop and on a phone: list, detail, map', async () => {
    for (const [viewport, suffix] of [
      [DESKTOP, '1366'],
      [PHONE, '390'],
    ] as const) {
      const page = await signedIn(browser, 'office', { viewport });
      await page.goto(`${baseUrl()}/pairings`);
      await page.locator('tbody tr.ant-table-row').first().waitFor();
      await shot(page, `pairings-list-${suffix}`);
      await page.goto(pairingUrl);
      await page.getByText(AGREEMENT).first().waitFor();
      await page.waitForLoadState('networkidle');
      if (suffix === '390') await shot(page, 'pairings-detail-390');
      await openOverview(page);
      await page.waitForTimeout(800);
      if (suffix === '390') await shot(page, 'pairings-map-390');
      await page.context().close();
    }
  });
});
