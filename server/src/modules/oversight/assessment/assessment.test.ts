import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { DEFAULT_ASSESSMENT_ITEMS, type AssessmentScoresDto, type UnitScoreDto } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';
import { rankUnits, type UnitFacts } from './assessment.scoring';

let env: TestEnv;
let office: TestClient;
let renshe: TestClient;
let unitIds: Map<string, string>;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  renshe = await signedIn(env.app, 'unit-renshe');
  unitIds = new Map(
    (await env.ctx.db.execute<{ code: string; id: string }>(sql`select code, id from units`)).rows.map((r) => [
      r.code,
      r.id,
    ]),
  );
});
afterAll(() => env.close());

const scoresOf = async (c: TestClient): Promise<AssessmentScoresDto> => {
  const res = await c.get('/api/assessment/2019/scores?asOf=2019-09-30');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const cents = (v: number) => Math.round(v * 100);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** Posts a file as the browser's multipart form would. */
const upload = (c: TestClient, adjustmentId: string, filename: string, content: Buffer) =>
  c.upload(`/api/assessment/adjustments/${adjustmentId}/files`, { filename, content });
const unit = (s: AssessmentScoresDto, name: string) => s.items.find((u) => u.unitName === name)!;

describe('the 2019 scheme and ranking', () => {
  it('has a default scheme whose scored weights sum to 100, editable by the office only', async () => {
    const scheme = (await office.get('/api/assessment/2019/scheme')).body;
    expect(scheme).toMatchObject({ year: 2019, frozen: false, abilities: { edit: true, adjust: true, freeze: true } });
    expect(
      scheme.items
        .filter((i: { kind: string }) => !['bonus', 'deduction'].includes(i.kind))
        .reduce((a: number, i: { weight: number }) => a + i.weight, 0),
    ).toBe(100);
    expect((await renshe.get('/api/assessment/2019/scheme')).body.abilities).toEqual({
      edit: false,
      adjust: false,
      freeze: false,
    });
    expect(
      (await office.put('/api/assessment/2019/scheme', { version: scheme.version, items: scheme.items.slice(1) }))
        .status,
    ).toBe(400);
    expect(
      (await office.put('/api/assessment/2019/scheme', { version: scheme.version + 5, items: scheme.items })).status,
    ).toBe(409);
    const saved = await office.put('/api/assessment/2019/scheme', { version: scheme.version, items: scheme.items });
    expect(saved.body.version).toBe(scheme.version + 1);
  });

  it('ranks all 30 member units, each breakdown adding up to its total exactly', async () => {
    const s = await scoresOf(office);
    const members = (
      await env.ctx.db.execute<{ n: number }>(
        sql`select count(*)::int as n from units where is_member and side = 'east'`,
      )
    ).rows[0]!.n;
    expect(members).toBe(30);
    expect(s.items).toHaveLength(30);
    expect(new Set(s.items.map((u) => u.unitId)).size).toBe(30);
    for (const u of s.items) {
      expect(u.isDetailVisible).toBe(true);
      expect(u.breakdown.map((l) => l.code)).toEqual(DEFAULT_ASSESSMENT_ITEMS.map((i) => i.code));
      expect(
        u.breakdown.reduce((a, l) => a + cents(l.score), 0),
        u.unitName,
      ).toBe(cents(u.total));
      for (const l of u.breakdown) expect(cents(l.score) / 100).toBe(l.score);
    }
    s.items.forEach((u, i) => {
      if (i > 0) expect(u.total).toBeLessThanOrEqual(s.items[i - 1]!.total);
      expect(u.rank).toBe(1 + s.items.filter((o) => o.total > u.total).length);
    });
    // a unit with tasks behind pace loses pace points; a unit with no task scores the average rate, not full marks
    const rs = unit(s, '区人社局');
    expect(rs.breakdown.find((l) => l.code === 'pace')!.score).toBeLessThan(20);
    expect(rs.breakdown.find((l) => l.code === 'completion')!.detail.zh).toMatch(/^\d+ 项指标平均完成 [\d.]+%/);
    const idle = unit(s, '区科协').breakdown;
    expect(idle.find((l) => l.code === 'completion')!.detail.zh).toMatch(
      /^未承担指标任务，按各单位平均得分率 [\d.]+% 计$/,
    );
    expect(idle.find((l) => l.code === 'reporting')!.score).toBe(0);
    expect(unit(s, '区科协').total).toBeLessThan(rs.total);
  });

  it('shows a unit its own breakdown only, and a county officer the ranking without detail', async () => {
    const mine = await scoresOf(renshe);
    expect(mine.items).toHaveLength(30);
    // the unit may appeal its own score and no other; the office appeals nothing
    expect(mine.items.filter((u) => u.abilities.appeal).map((u) => u.unitName)).toEqual(['区人社局']);
    expect((await scoresOf(office)).items.some((u) => u.abilities.appeal)).toBe(false);
    expect(mine.items.filter((u) => u.isDetailVisible).map((u) => u.unitName)).toEqual(['区人社局']);
    expect(mine.items.filter((u) => !u.isDetailVisible).every((u) => u.breakdown.length === 0)).toBe(true);
    const county = await scoresOf(await signedIn(env.app, 'county-huan'));
    expect(county.items.every((u) => !u.isDetailVisible)).toBe(true);
    const labour = await scoresOf(await signedIn(env.app, 'group-labour'));
    expect(
      labour.items
        .filter((u) => u.isDetailVisible)
        .map((u) => u.unitName)
        .sort(),
    ).toEqual(['区人社局', '区总工会'].sort());
  });

  it('applies bonuses and deductions within their caps, with reason and evidence', async () => {
    const before = unit(await scoresOf(office), '区人社局');
    const add = (itemCode: string, points: number) =>
      office.post('/api/assessment/2019/adjustments', {
        unitId: unitIds.get('renshe'),
        itemCode,
        points,
        reason: '市级通报表扬劳务协作工作',
        evidence: '津协作办〔2019〕12号',
      });
    expect((await add('completion', 1)).status).toBe(400);
    expect(
      (
        await renshe.post('/api/assessment/2019/adjustments', {
          unitId: unitIds.get('renshe'),
          itemCode: 'bonus',
          points: 1,
          reason: '自评',
          evidence: '无',
        })
      ).status,
    ).toBe(403);
    expect((await add('bonus', 4)).body).toMatchObject({ kind: 'bonus', points: 4, unit: { name: '区人社局' } });
    await add('bonus', 3);
    await add('deduction', 1.5);
    const after = unit(await scoresOf(office), '区人社局');
    expect(after.breakdown.find((l) => l.code === 'bonus')).toMatchObject({ score: 5, max: 5 });
    expect(after.breakdown.find((l) => l.code === 'deduction')).toMatchObject({ score: -1.5 });
    expect(cents(after.total)).toBe(cents(before.total) + 500 - 150);
    expect((await renshe.get('/api/assessment/2019/adjustments')).body).toHaveLength(3);
    expect((await (await signedIn(env.app, 'unit-zuzhibu')).get('/api/assessment/2019/adjustments')).body).toHaveLength(
      0,
    );
  });

  it('keeps evidence files on an adjustment: attached by the office, listed and downloaded in scope, audited', async () => {
    const adj = (
      await office.post('/api/assessment/2019/adjustments', {
        unitId: unitIds.get('renshe'),
        itemCode: 'bonus',
        points: 0.5,
        reason: '劳务协作经验被市级简报刊发',
        evidence: '市协作办简报第 8 期',
      })
    ).body;
    expect(adj).toMatchObject({ files: [], abilities: { attach: true } });
    expect((await upload(renshe, adj.id, 'self.png', PNG)).status).toBe(403);
    expect((await upload(office, adj.id, 'notes.txt', Buffer.from('plain text'))).status).toBe(415);
    const res = await upload(office, adj.id, '简报第8期.png', PNG);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const attached = res.body;
    expect(attached.files).toMatchObject([{ filename: '简报第8期.png', mime: 'image/png', size: PNG.length }]);
    const listed = (await renshe.get('/api/assessment/2019/adjustments')).body.find(
      (a: { id: string }) => a.id === adj.id,
    );
    expect(listed).toMatchObject({ files: [{ filename: '简报第8期.png' }], abilities: { attach: false } });
    const fileUrl = `/api/assessment/adjustments/${adj.id}/files/${attached.files[0].id}`;
    const download = await renshe.get(fileUrl);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    // another unit may not see the adjustment, nor its file
    expect((await (await signedIn(env.app, 'unit-zuzhibu')).get(fileUrl)).status).toBe(404);
    const audit = await env.ctx.db.execute<{ action: string }>(
      sql`select action from audit_log where object_id = ${adj.id} order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['assessment.adjust', 'assessment.adjust_file']);
  });

  it('takes an appeal from the unit and records the office’s decision once', async () => {
    const body = {
      unitId: unitIds.get('renshe'),
      itemCode: 'pace',
      reason: '外出就业数据已报送，待受援县确认，请按申报数核定进度。',
    };
    expect((await (await signedIn(env.app, 'unit-zuzhibu')).post('/api/assessment/2019/appeals', body)).status).toBe(
      403,
    );
    const appeal = await renshe.post('/api/assessment/2019/appeals', body);
    expect(appeal.body).toMatchObject({
      status: 'pending',
      itemCode: 'pace',
      unit: { name: '区人社局' },
      abilities: { decide: false },
    });
    expect((await office.get('/api/assessment/2019/appeals')).body[0].abilities.decide).toBe(true);
    expect(
      (await renshe.post(`/api/assessment/appeals/${appeal.body.id}/decide`, { accept: true, note: '同意' })).status,
    ).toBe(403);
    const decided = await office.post(`/api/assessment/appeals/${appeal.body.id}/decide`, {
      accept: false,
      note: '以受援县确认数为准，维持原分。',
    });
    expect(decided.body).toMatchObject({
      status: 'rejected',
      decisionNote: '以受援县确认数为准，维持原分。',
      decidedBy: '区合作交流办',
    });
    expect(
      (await office.post(`/api/assessment/appeals/${appeal.body.id}/decide`, { accept: true, note: '改判' })).status,
    ).toBe(409);
    const audit = await env.ctx.db.execute<{ action: string }>(
      sql`select action from audit_log where object_id = ${appeal.body.id} order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['assessment.appeal', 'assessment.appeal_decide']);
  });

  it('exports one typed row per unit with a frozen header', async () => {
    const res = await office.get('/api/assessment/2019/export.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('排名');
    expect(ws.getRow(1).getCell(DEFAULT_ASSESSMENT_ITEMS.length + 3).value).toBe('总分');
    expect(ws.rowCount).toBe(31);
    expect(typeof ws.getRow(2).getCell(3).value).toBe('number');
    expect(ws.getRow(2).getCell(1).value).toBe(1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('freezes: scores come from the snapshot and every change is refused with 409', async () => {
    const live = await scoresOf(office);
    const pendingAppeal = (
      await renshe.post('/api/assessment/2019/appeals', {
        unitId: unitIds.get('renshe'),
        reason: '请复核报送及时性得分',
      })
    ).body;
    expect((await office.post('/api/assessment/2019/freeze?asOf=2019-09-30', {})).body.error).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'pending_appeals', pending: 1 },
    });
    expect(
      (
        await office.post(`/api/assessment/appeals/${pendingAppeal.id}/decide`, {
          accept: true,
          note: '已复核，数据无误',
        })
      ).body.status,
    ).toBe('accepted');
    const frozen = await office.post('/api/assessment/2019/freeze?asOf=2019-09-30', {});
    expect(frozen.status, JSON.stringify(frozen.body)).toBe(200);
    expect(frozen.body.frozen).toBe(true);
    const totals = (s: { items: UnitScoreDto[] }) => s.items.map((u) => `${u.unitName}:${u.rank}:${u.total}`);
    expect(totals(frozen.body)).toEqual(totals(live));
    // the ledger moves on; the frozen scores do not
    const pending = (await office.get('/api/records?year=2019&type=employment&status=submitted&county=621022')).body
      .items[0];
    expect((await (await signedIn(env.app, 'county-huan')).post(`/api/records/${pending.id}/confirm`)).status).toBe(
      200,
    );
    expect(totals(await scoresOf(office))).toEqual(totals(live));
    const scheme = (await office.get('/api/assessment/2019/scheme')).body;
    expect(scheme.abilities).toEqual({ edit: false, adjust: false, freeze: false });
    expect(
      (await office.put('/api/assessment/2019/scheme', { version: scheme.version, items: scheme.items })).status,
    ).toBe(409);
    expect(
      (
        await office.post('/api/assessment/2019/adjustments', {
          unitId: unitIds.get('renshe'),
          itemCode: 'bonus',
          points: 1,
          reason: '补充',
          evidence: '文件',
        })
      ).status,
    ).toBe(409);
    const earlier = (await office.get('/api/assessment/2019/adjustments')).body[0];
    expect(earlier.abilities.attach).toBe(false);
    expect((await upload(office, earlier.id, 'late.png', PNG)).status).toBe(409);
    expect((await scoresOf(renshe)).items.some((u) => u.abilities.appeal)).toBe(false);
    expect(
      (await renshe.post('/api/assessment/2019/appeals', { unitId: unitIds.get('renshe'), reason: '冻结后申诉' }))
        .status,
    ).toBe(409);
    expect((await office.post('/api/assessment/2019/freeze', {})).status).toBe(409);
  });
});

describe('scoring rules', () => {
  const facts = (over: Partial<UnitFacts>): UnitFacts => ({
    unitId: over.unitName ?? 'u',
    unitName: 'u',
    indicators: [],
    timely: {},
    records: { submitted: 0, disputed: 0 },
    supervision: { due: 0, onTime: 0 },
    adjustments: {},
    ...over,
  });

  it('caps each indicator at 100 %, counts supervision answered by the due date, and shares ranks on equal totals', () => {
    const ranked = rankUnits(DEFAULT_ASSESSMENT_ITEMS, [
      facts({
        unitId: 'a',
        unitName: 'a',
        indicators: [
          { completion: 150, onPace: true },
          { completion: 50, onPace: false },
        ],
        timely: { reporting: { due: 3, onTime: 2 } },
        records: { submitted: 10, disputed: 1 },
        supervision: { due: 2, onTime: 1 },
      }),
      facts({
        unitId: 'b',
        unitName: 'b',
        indicators: [{ completion: 75, onPace: true }],
        timely: { reporting: { due: 3, onTime: 3 } },
        records: { submitted: 10, disputed: 0 },
        supervision: { due: 1, onTime: 1 },
      }),
      facts({
        unitId: 'c',
        unitName: 'c',
        indicators: [{ completion: 75, onPace: true }],
        timely: { reporting: { due: 3, onTime: 3 } },
        records: { submitted: 10, disputed: 0 },
        supervision: { due: 1, onTime: 1 },
      }),
    ]);
    const a = ranked.find((r) => r.unitId === 'a')!;
    expect(a.breakdown.map((l) => l.score)).toEqual([30, 10, 10, 5, 9, 5, 0, 0]);
    expect(a.total).toBe(69);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
    ]);
  });
});
