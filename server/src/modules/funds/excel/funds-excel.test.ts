import ExcelJS from 'exceljs';
import { WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness';
import { fundsClients, proposal, type FundsClients } from '../funds.fixtures';

let env: TestEnv;
let c: FundsClients;
beforeAll(async () => {
  env = await createTestEnv();
  c = await fundsClients(env.app);
});
afterAll(() => env.close());

async function book(header: string[], rows: (string | number | Date | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const load = async (raw: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as unknown as ArrayBuffer);
  return wb;
};
const P_HEADER = [
  '项目编码',
  '项目名称',
  '年度',
  '受援县',
  '乡镇或村区划代码',
  '项目类别',
  '实施层级',
  '资金来源',
  '计划投资（元）',
  '受益户数',
  '受益人数',
  '其中贫困户',
  '其中贫困人口',
  '产出指标',
  '产出单位',
  '计划产出',
];

describe('the project library in Excel', () => {
  it('gives a template with both header lines and the options', async () => {
    const res = await c.huan.get('/api/projects/template.xlsx');
    expect(res.status).toBe(200);
    const wb = await load(res.raw as Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('项目名称');
    expect(ws.getRow(2).getCell(2).value).toBe('Name');
    expect(wb.worksheets[1]!.rowCount).toBeGreaterThan(20);
  });

  it('imports each project whole or not at all, listing the refused rows', async () => {
    const file = await book(P_HEADER, [
      [
        'XL-2019-901',
        '环县马铃薯良种繁育',
        2019,
        '环县',
        '621022106',
        '产业发展',
        '县级',
        '财政援助资金',
        800000,
        120,
        400,
        50,
        180,
        '繁育基地',
        '亩',
        500,
      ],
      ['XL-2019-901', '', '', '', '', '', '', '', '', '', '', '', '', '储藏窖', '座（处）', 10],
      [
        '',
        '环县村级养老服务站',
        2019,
        '621022',
        null,
        '民生保障',
        '村',
        '财政援助资金',
        '300,000.50',
        60,
        150,
        20,
        60,
        '服务站',
        '座',
        3,
      ],
      [
        'XL-2019-902',
        '环县错误项目',
        2019,
        '环县',
        null,
        '产业发展',
        '县级',
        '财政援助资金',
        -5,
        1,
        1,
        0,
        0,
        '基地',
        '亩',
        1,
      ],
      ['XL-2019-902', '', '', '', '', '', '', '', '', '', '', '', '', '基地二', '亩', 2],
      [
        'XL-2019-903',
        '庆城县越权项目',
        2019,
        '庆城县',
        null,
        '产业发展',
        '县级',
        '财政援助资金',
        100000,
        1,
        1,
        0,
        0,
        '',
        '',
        '',
      ],
    ]);
    const res = await c.huan.upload('/api/projects/import', { filename: '项目库.xlsx', content: file });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // 座（处） is not an option: the first project is refused whole, as is the one with a negative amount
    expect(res.body).toMatchObject({ total: 6, accepted: 1, rejected: 5 });
    const rejects = await load((await c.huan.get(res.body.rejectsUrl.replace(/^\/api/, '/api'))).raw as Buffer);
    const reasons = rejects.worksheets[0]!.getColumn(P_HEADER.length + 2)
      .values.slice(2)
      .map(String);
    expect(reasons.some((r) => r.includes('产出单位'))).toBe(true);
    expect(reasons.some((r) => r.includes('整个项目未导入'))).toBe(true);
    expect(reasons.some((r) => r.includes('只能申报本县项目'))).toBe(true);
    const list = (await c.huan.get('/api/projects?year=2019&q=养老服务站')).body.items;
    expect(list).toMatchObject([{ plannedFen: 30_000_050, stage: 'proposed', countyCode: '621022' }]);
    const again = await c.huan.upload('/api/projects/import', { filename: '项目库-副本.xlsx', content: file });
    expect(again.body.id).toBe(res.body.id);
  });

  it('exports the library and the 项目资金明细表 with the list’s totals', async () => {
    const list = (await c.office.get('/api/projects?year=2019&county=623027')).body;
    const sheet = await load(
      (await c.office.get('/api/projects/funds-sheet.xlsx?year=2019&county=623027')).raw as Buffer,
    );
    const ws = sheet.worksheets[0]!;
    const last = ws.getRow(ws.rowCount);
    expect(last.getCell(1).value).toBe('合计');
    expect(last.getCell(8).value).toBeCloseTo(list.totals.plannedFen / WAN, 6);
    expect(last.getCell(10).value).toBeCloseTo(list.totals.paidFen / WAN, 6);
    expect(ws.rowCount).toBe(list.total + 2);
    const exported = await load((await c.qing.get('/api/projects/export.xlsx?year=2019')).raw as Buffer);
    const counties = new Set(exported.worksheets[0]!.getColumn(4).values.slice(3).filter(Boolean).map(String));
    expect([...counties]).toEqual(['庆城县']);
  });
});

describe('the county’s bank statement', () => {
  it('books the credits, skips the debits, refuses bad lines and matches the payments', async () => {
    const p = (await c.huan.post('/api/projects', proposal({ name: '环县流水导入测试项目' }))).body;
    await c.funds.post(`/api/projects/${p.id}/transitions`, { to: 'approved' });
    const pay = (
      await c.office.post('/api/fund-payments', {
        countyCode: '621022',
        paidOn: '2019-09-10',
        voucher: 'CZ-STMT-1',
        lines: [{ projectId: p.id, amountFen: 45 * WAN }],
      })
    ).body;
    await c.funds.post(`/api/fund-payments/${pay.id}/actions`, { action: 'confirm' });
    const file = await book(
      ['交易日期', '凭证号', '摘要', '对方户名', '收入金额（元）', '支出金额（元）'],
      [
        [new Date('2019-09-12T00:00:00Z'), 'BANK-0001', '东西部协作资金', '天津市南开区财政局', 450000, null],
        ['2019-09-13', 'BANK-0002', '其他收入', '某单位', '1,000.00', null],
        ['2019-09-14', 'BANK-0003', '付工程款', '施工单位', null, 20000],
        ['2019-09-31', 'BANK-0004', '日期错误', '某单位', 100, null],
        ['2019-09-15', 'BANK-0002', '重复', '某单位', 100, null],
      ],
    );
    expect((await c.office.upload('/api/fund-receipts/import', { filename: 's.xlsx', content: file })).status).toBe(
      403,
    );
    const res = await c.huan.upload('/api/fund-receipts/import', { filename: '九月流水.xlsx', content: file });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ total: 4, accepted: 2, rejected: 2, matched: 1 });
    expect((await c.office.get(`/api/fund-payments/${pay.id}`)).body.match).toBe('matched');
    expect((await c.office.get(`/api/projects/${p.id}`)).body).toMatchObject({
      stage: 'received',
      receivedFen: 45 * WAN,
    });
  });
});
