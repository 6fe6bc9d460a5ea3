import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../../db/schema';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';
import { docxText, squash } from '../../../test/fixtures/report-text';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

/** A binary download through the app: the bytes as `body`, the error answer as `json()`. */
async function download(c: TestClient, url: string) {
  const res = await c.get(url);
  return { status: res.status, body: res.raw, headers: res.headers, json: () => res.body };
}

// who may read which report: a county, a group lead, a unit reporter (its own unit, a page for a refused download)
describe('scope', () => {
  it('gives a county officer their own county only; the district or another county is 403, not narrowed', async () => {
    const huan = await signedIn(env.app, 'county-huan');
    expect((await download(huan, '/api/reports/summary?year=2018&scope=district&format=html')).status).toBe(403);
    expect((await download(huan, '/api/reports/summary?year=2018&scope=county:623027&format=html')).status).toBe(403);
    expect((await download(huan, '/api/reports/plan-vs-actual?year=2019&format=xlsx')).status).toBe(403);
    const res = await download(huan, '/api/reports/summary?year=2018&scope=county:621022&format=docx');
    expect(res.status).toBe(200);
    const text = docxText(res.body);
    expect(text).toContain('天津市南开区对口帮扶环县2018年');
    expect(squash(text)).toContain('为环县拨付专项帮扶资金共计2500万元');
    expect(squash(text)).toContain('以集翔集团为代表的企业共为受援县捐款捐物120万元');
    expect(squash(text)).toContain('已种植黄芩480亩');
    for (const other of ['夏河', '庆城', '6700万元', '3个受援县']) expect(text, other).not.toContain(other);
    const xlsx = await download(huan, '/api/reports/plan-vs-actual?year=2019&scope=county:621022&format=xlsx');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const cells = wb.getWorksheet(1)!.getSheetValues().flat().map(String);
    expect(cells).toContain('环县');
    expect(cells.some((c) => c.includes('夏河') || c.includes('庆城'))).toBe(false);
  });

  it('gives a group lead their group, and nobody else’s', async () => {
    const talent = await signedIn(env.app, 'group-talent');
    expect((await download(talent, '/api/reports/summary?year=2018&scope=district&format=html')).status).toBe(403);
    expect((await download(talent, '/api/reports/summary?year=2018&scope=group:funds&format=html')).status).toBe(403);
    const res = await download(talent, '/api/reports/summary?year=2018&scope=group:talent&format=html');
    expect(res.status).toBe(200);
    const text = squash(res.body.toString('utf8'));
    expect(text).toContain('接收19名党政干部来我区挂职');
    expect(text).not.toContain('6700万元');
    expect(
      (
        await download(
          await signedIn(env.app, 'unit-renshe'),
          '/api/reports/summary?year=2018&scope=district&format=html',
        )
      ).status,
    ).toBe(403);
  });
});

describe('a unit reporter', () => {
  const idOf = async (code: string) =>
    (await env.ctx.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;

  it('gets its own unit’s report, in the summary’s template, and nobody else’s', async () => {
    const zuzhibu = await signedIn(env.app, 'unit-zuzhibu');
    const own = await idOf('zuzhibu');
    const res = await download(zuzhibu, `/api/reports/summary?year=2018&scope=unit:${own}&format=docx`);
    expect(res.status).toBe(200);
    const text = docxText(res.body);
    expect(text).toContain('天津市南开区区委组织部2018年东西部扶贫协作和支援合作工作总结');
    expect(text).toContain('一、区委组织部积极作为实现脱贫攻坚良好开局');
    expect(squash(text)).toContain('向3个受援县选派3名党政干部挂职，均为县处级领导干部');
    for (const other of ['6700万元', '集翔集团', '黄芩', '招聘会']) expect(text, other).not.toContain(other);
    expect(text.trimEnd().endsWith('区委组织部\n2018年12月31日')).toBe(true);
    for (const format of ['pdf', 'html'])
      expect(
        (await download(zuzhibu, `/api/reports/summary?year=2018&scope=unit:${own}&format=${format}`)).status,
      ).toBe(200);
    expect(
      (await download(zuzhibu, `/api/reports/plan-vs-actual?year=2019&scope=unit:${own}&format=xlsx`)).status,
    ).toBe(200);
    const other = await idOf('renshe');
    expect((await download(zuzhibu, `/api/reports/summary?year=2018&scope=unit:${other}&format=html`)).status).toBe(
      403,
    );
    expect((await download(zuzhibu, '/api/reports/summary?year=2018&scope=district&format=html')).status).toBe(403);
  });

  it('is shown a page, not a JSON body, when a browser navigates to a refused download', async () => {
    const zuzhibu = await signedIn(env.app, 'unit-zuzhibu');
    const res = await zuzhibu.get('/api/reports/summary?year=2018&scope=district&format=docx', {
      accept: 'text/html,application/xhtml+xml',
      'accept-language': 'zh-CN',
    });
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toContain('text/html');
    const page = res.raw.toString('utf8');
    expect(page).toContain('无法下载该报告');
    expect(page).toContain('该报告超出您的数据范围');
    expect(page).toContain('href="/reports"');
    expect(page).not.toContain('{"error"');
    // an API caller still gets the JSON error
    const api = await download(zuzhibu, '/api/reports/summary?year=2018&scope=district&format=docx');
    expect(api.status).toBe(403);
    expect(api.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    // the reason comes in each language apart, never one string half in English
    expect(api.json().error.details.reason).toEqual({
      zh: '该报告超出您的数据范围',
      en: 'This report lies outside your scope',
    });
  });
});
