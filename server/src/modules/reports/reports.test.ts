import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, reports } from '../../db/schema';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';
import { docxText, hasPdftotext, pdfText, squash, unzipEntry } from '../../../test/fixtures/report-text';
import { reportsIdle } from './reports.jobs';

let env: TestEnv;
let office: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
});
afterAll(() => env.close());

/** A binary download through the app: the bytes as `body`, the error answer as `json()`. */
async function download(c: TestClient, url: string) {
  const res = await c.get(url);
  return { status: res.status, body: res.raw, headers: res.headers, json: () => res.body };
}

/** Every 2018 figure of seed-figures.md, in the sentence the summary states it in (whitespace ignored). */
const FIGURES_2018 = [
  '逐步扩大小组成员单位至30个',
  '共签订帮扶协议46个',
  '召开2次区委常委会、1次区政府常务会、1次区主要领导主持全区工作推动大会、6次扶贫专题会议部署推动扶贫工作',
  '实现领导高层互访20次，其中区主要领导到受援县考察共计6次',
  '向3个受援县选派3名党政干部挂职，其中3名县处级领导干部挂职县委常委、副县长',
  '接收19名党政干部来我区挂职',
  '选派了19名、接收51名专业技术人才挂职交流学习',
  '组织30名专家人才开展为期一个月的专业技术交流活动',
  '培训党政干部7期，共计268人次',
  '培训专技人才3期，共计60人次',
  '与受援县医院建立5对、学校建立5对“一对一”帮扶关系',
  '组织10人次以上教师、医生赴3个受援县开展交流对接',
  '为3个受援县拨付专项帮扶资金共计6700万元',
  '以集翔集团为代表的企业共为受援县捐款捐物212.53万元',
  '引导4家企业在受援县投资注册',
  '已种植黄芩480亩，吸纳农户80户，其中建档立卡贫困户23户',
  '在天红菜市场受援县农特产品展销中心设8个展台',
  '组织建档立卡贫困户培训23期培训1067人',
  '在环县设立了2个致富带头人培育基地',
  '举办致富带头培训班5期，共计441人',
  '举办5场专场招聘会，提供2114个岗位',
  '建立环县驻南开区劳务输转工作站',
  '实现受援县就近就地就业2244人，来津就业174人',
  '安排12个街道办事处与受援县乡镇签订合作协议，组织9个社区与当地贫困村形成结对帮扶关系，促成51家企业与受援县贫困村结对',
  '发布扶贫原创文章18篇',
  '与受援县的6家企业签约，采购受援县扶贫商品81种，签订订单金额348万元',
  '接收32名夏河学生到南开大学附属中学学习',
  '联系70余家企业参会对接，会上有6家天津企业与当地企业签订合作协议',
];

/** The 2019 plan text written from the 2019 catalog's targets (section 三 of the speech). */
const PLAN_2019 = [
  '二、2019年工作安排',
  '全年为每个结对帮扶县选派3名以上干部挂职',
  '选派教师、医生等专业技术人员不少于28人',
  '全年消费扶贫总额不少于5000万元',
  '8780万元足额拨付到位',
  '全年筹集社会帮扶款物达到800万元',
];

const missingIn = (text: string, phrases: string[]) => phrases.filter((p) => !squash(text).includes(squash(p)));

describe('the 2018 district summary states every 2018 figure', () => {
  it('in the Word document, laid out as an official document', async () => {
    const res = await download(office, '/api/reports/summary?year=2018&scope=district&format=docx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    // RFC 6266: an ASCII fallback name, then the UTF-8 name (RFC 5987)
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''.+\.docx$/,
    );
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("''")[1]!)).toBe(
      '天津市南开区2018年东西部扶贫协作和支援合作工作总结.docx',
    );
    const text = docxText(res.body);
    expect(missingIn(text, FIGURES_2018)).toEqual([]);
    expect(missingIn(text, PLAN_2019)).toEqual([]);
    for (const h of [
      '一、2018年工作开展情况',
      '（一）提高政治站位，加强组织领导',
      '（八）打造亮点工作，创新扶贫模式',
      '一是充实领导小组。',
    ])
      expect(text).toContain(h);
    const xml = unzipEntry(res.body, 'word/document.xml')!.toString();
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4
    const fonts = unzipEntry(res.body, 'word/fontTable.xml')!.toString();
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="FZXiaoBiaoSong-B05S"/>');
    const footer = unzipEntry(res.body, 'word/footer1.xml')!.toString();
    expect(footer).toContain('PAGE');
  });

  it.skipIf(!hasPdftotext())(
    'in the PDF, with the Chinese font embedded (needs pdftotext from poppler-utils; skipped when absent)',
    async () => {
      const res = await download(office, '/api/reports/summary?year=2018&scope=district&format=pdf');
      expect(res.status).toBe(200);
      expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(res.body.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansSC-Regular/);
      const text = pdfText(res.body);
      expect(missingIn(text, FIGURES_2018)).toEqual([]);
      expect(missingIn(text, PLAN_2019)).toEqual([]);
    },
  );

  it('in the HTML preview, escaped', async () => {
    const res = await download(office, '/api/reports/summary?year=2018&scope=district&format=html');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const text = res.body.toString('utf8').replace(/<[^>]+>/g, '');
    expect(missingIn(text, FIGURES_2018)).toEqual([]);
  });
});

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

describe('the plan-vs-actual table', () => {
  it('is a workbook with typed numbers, a frozen header and a column group per county', async () => {
    const res = await download(office, '/api/reports/plan-vs-actual?year=2019&format=xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('计划执行对照表')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const top = (ws.getRow(1).values as unknown[]).map(String);
    for (const c of ['全区合计', '环县', '庆城县', '夏河县']) expect(top).toContain(c);
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const rowOf = (code: string) => ws.getRows(3, ws.rowCount - 2)!.find((r) => r.getCell(3).value === code)!;
    const funds = rowOf('funds.fiscal_paid');
    expect(funds.getCell(header.indexOf('目标') + 1).value).toBe(8780);
    expect(typeof funds.getCell(header.indexOf('完成') + 1).value).toBe('number');
    expect(typeof funds.getCell(header.indexOf('完成率(%)') + 1).value).toBe('number');
    const cadres = rowOf('talent.cadres_sent');
    expect(cadres.getCell(header.indexOf('目标') + 1).value).toBe(9); // 3 per county × 3
    let numeric = 0;
    ws.eachRow((r, n) => n > 2 && r.eachCell((c) => (numeric += typeof c.value === 'number' ? 1 : 0)));
    expect(numeric).toBeGreaterThan(100);
  });

  it('is a landscape Word table with the year’s plan text', async () => {
    const res = await download(office, '/api/reports/plan-vs-actual?year=2019&format=docx');
    expect(res.status).toBe(200);
    const text = docxText(res.body);
    expect(text).toContain('天津市南开区2019年东西部协作计划执行情况对照表');
    expect(squash(text)).toContain('拨付财政帮扶资金万元总量8780');
    expect(text).toContain('全年消费扶贫总额不少于5000万元');
  });
});

describe('background generation, storage and audit', () => {
  it('writes a report in the background with progress, keeps the file by hash and audits it', async () => {
    const start = await office.post('/api/reports', { kind: 'summary', year: 2018, scope: 'district', format: 'pdf' });
    expect(start.status).toBe(202);
    expect(start.body).toMatchObject({ status: 'queued', progress: 0, url: null });
    await reportsIdle();
    const done = await office.get(`/api/reports/${start.body.id}`);
    expect(done.body).toMatchObject({ status: 'done', progress: 100, url: `/api/reports/${start.body.id}/file` });
    const file = await download(office, done.body.url);
    expect(file.status).toBe(200);
    expect(crypto.createHash('sha256').update(file.body).digest('hex')).toBe(done.body.hash);
    const [row] = await env.ctx.db.select().from(reports).where(eq(reports.id, start.body.id));
    expect(row).toMatchObject({ fileHash: done.body.hash, kind: 'summary', scope: 'district' });
    const audits = await env.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.generate'), eq(auditLog.objectId, start.body.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ hash: done.body.hash, format: 'pdf' });
    // a county officer cannot fetch the district report by its id
    const huan = await signedIn(env.app, 'county-huan');
    expect((await huan.get(`/api/reports/${start.body.id}`)).status).toBe(403);
    expect((await office.get('/api/reports')).body.some((r: { id: string }) => r.id === start.body.id)).toBe(true);
  });

  it('refuses a format the kind is not written in', async () => {
    expect(
      (await office.post('/api/reports', { kind: 'plan_vs_actual', year: 2019, scope: 'district', format: 'pdf' }))
        .status,
    ).toBe(400);
  });
});

describe('the summary template is data the district office edits', () => {
  it('starts as the built-in template, takes an edit with a version check, and the report follows it', async () => {
    const got = await office.get('/api/reports/templates/summary');
    expect(got.body).toMatchObject({ isDefault: true, version: 0 });
    const template = structuredClone(got.body.template);
    template.sections[2].items[0].sentences[0].text = '全年为{counties}拨付财政援助资金{funds.fiscal_paid}万元';
    const put = await office.put('/api/reports/templates/summary', { template, version: 0 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ isDefault: false, version: 1 });
    expect((await office.put('/api/reports/templates/summary', { template, version: 0 })).status).toBe(409);
    const html = (await download(office, '/api/reports/summary?year=2018&scope=district&format=html')).body.toString(
      'utf8',
    );
    expect(html).toContain('全年为3个受援县拨付财政援助资金6700万元');
    const bad = structuredClone(template);
    bad.sections[0].items[0].sentences[0].text = '成员单位{org.member_units}个，{unknown_fact}';
    const refused = await office.put('/api/reports/templates/summary', { template: bad, version: 1 });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.error.details)).toContain('unknown_fact');
    expect(
      (await (await signedIn(env.app, 'leader')).put('/api/reports/templates/summary', { template, version: 1 }))
        .status,
    ).toBe(403);
    const audits = await env.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'report.template.update'));
    expect(audits).toHaveLength(1);
  });

  it('previews a template being edited without storing it; a value of 0 drops its sentence', async () => {
    const { template } = (await office.get('/api/reports/templates/summary')).body;
    template.sections[0].items[0].sentences.push({ text: '另有{labour.job_fairs}场招聘会' });
    const res = await office.post('/api/reports/templates/summary/preview', {
      template,
      year: 2019,
      scope: 'county:623027',
    });
    expect(res.status).toBe(200);
    expect(res.body.html).toContain('<h1>天津市南开区对口帮扶夏河县2019年');
    expect(res.body.text).not.toContain('招聘会'); // no job fairs in the 2019 plan: the sentence drops
    expect(res.body.unknownPlaceholders).toContain('labour.job_fairs');
  });
});

describe('report jobs by the read-only roles (README, Security: a report is a reading, not a write)', () => {
  it('leader and auditor queue one (202): a job row and an audit row, no business data changed; the 三员 get 403', async () => {
    const business = async () =>
      (
        await env.ctx.db.execute<{ n: string }>(
          sql`select (select count(*) from records) + (select count(*) from indicators) + (select count(*) from assessment_adjustments) + (select sum(version) from records) as n`,
        )
      ).rows[0]!.n;
    const queue = async (username: string) =>
      (await signedIn(env.app, username)).post('/api/reports', {
        kind: 'summary',
        year: 2018,
        scope: 'district',
        format: 'html',
      });
    const before = await business();
    const byLeader = await queue('leader');
    const byAuditor = await queue('auditor');
    expect([byLeader.status, byAuditor.status]).toEqual([202, 202]);
    for (const res of [byLeader, byAuditor])
      expect(await env.ctx.db.select().from(reports).where(eq(reports.id, res.body.id))).toHaveLength(1);
    await reportsIdle();
    expect(await business()).toBe(before);
    for (const admin of ['sysadmin', 'secadmin', 'auditadmin']) expect((await queue(admin)).status, admin).toBe(403);
  });
});
