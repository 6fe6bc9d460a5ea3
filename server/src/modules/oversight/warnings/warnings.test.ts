import { sql } from 'drizzle-orm';
import type { IndicatorProgressDto, WarningDto } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';

let env: TestEnv;
let office: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
});
afterAll(() => env.close());

const AS_OF = 'year=2019&asOf=2019-09-30';
const warningsOf = async (c: TestClient, q = AS_OF): Promise<WarningDto[]> => {
  const res = await c.get(`/api/warnings?${q}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
};

describe('warnings from the demo 2019 ledger as of 2019-09-30', () => {
  it('names the indicator, the responsible unit and the gap in numbers', async () => {
    const items = await warningsOf(office);
    const elsewhere = items.find((w) => w.id === 'indicator_behind:2019:labour.employed_elsewhere')!;
    expect(elsewhere).toMatchObject({
      kind: 'indicator_behind',
      severity: 'critical',
      indicatorCode: 'labour.employed_elsewhere',
      gap: { value: 600, expected: 963, target: 1287, shortfall: 363, format: 'count' },
    });
    expect(elsewhere.responsibleUnits.map((u) => u.name)).toEqual(['区人社局']);
    expect(elsewhere.message.zh).toBe(
      '劳务协作：贫困人口到其他地区就业 已完成 600 人，按进度应完成 963 人，差 363 人（目标 1,287 人）；责任单位：区人社局',
    );
    expect(elsewhere.message.en).toContain('363 persons short (target 1,287 persons)');
    expect(elsewhere.link).toBe('/dashboard?year=2019&drill=labour.employed_elsewhere');
    // behind but within the threshold: a warning, not critical
    expect(items.find((w) => w.id === 'indicator_behind:2019:labour.employed_in_tianjin')).toMatchObject({
      severity: 'warning',
      gap: { value: 90, target: 140 },
    });
    const ratio = items.find((w) => w.id === 'ratio_at_risk:2019:labour.leaders_started_business_share')!;
    expect(ratio).toMatchObject({
      severity: 'critical',
      gap: { value: 22.9, target: 30, shortfall: 7.1, format: 'percent' },
    });
    expect(ratio.message.zh).toContain('为 22.9%，目标不低于 30.0%，差 7.1 个百分点');
  });

  it('raises exactly the indicators the progress page shows behind or at risk, critical where at risk', async () => {
    const progress: { items: IndicatorProgressDto[] } = (await office.get(`/api/plans/2019/progress?asOf=2019-09-30`))
      .body;
    const items = await warningsOf(office);
    const overall = new Map(items.filter((w) => w.indicatorCode && !w.countyCode).map((w) => [w.indicatorCode!, w]));
    const lagging = progress.items.filter((i) => i.status === 'behind' || i.status === 'at_risk');
    expect(lagging.length).toBeGreaterThan(3);
    for (const i of lagging) {
      expect(overall.get(i.code), i.code).toBeDefined();
      if (i.targetKind !== 'stretch')
        expect(overall.get(i.code)!.severity, i.code).toBe(i.status === 'at_risk' ? 'critical' : 'warning');
    }
    for (const i of progress.items.filter(
      (p) => p.status === 'achieved' || p.status === 'on_track' || p.status === 'no_target',
    ))
      expect(overall.has(i.code), i.code).toBe(false);
    // county targets are judged per county: 夏河 has sent 2 of its 3 cadres
    expect(items.find((w) => w.id === 'indicator_behind:2019:talent.cadres_sent:623027')).toMatchObject({
      countyCode: '623027',
      gap: { value: 2, target: 3 },
    });
  });

  it('lists claims waiting for the other side, grouped by type, unit and county, with days open', async () => {
    const items = await warningsOf(office, `${AS_OF}&kind=awaiting_confirmation`);
    expect(items.every((w) => w.kind === 'awaiting_confirmation')).toBe(true);
    const mission = items.find((w) => w.id.startsWith('awaiting_confirmation:2019:expert_mission:'))!;
    expect(mission).toMatchObject({ countyCode: '623027', responsibleUnits: [{ name: '区卫生健康委' }] });
    expect(mission.recordId).toBeDefined();
    expect(mission.link).toBe(`/ledger/${mission.recordId}`);
    expect(mission.daysOpen).toBeGreaterThanOrEqual(14);
    const tianjin = items.filter((w) => w.id.startsWith('awaiting_confirmation:2019:employment:'));
    expect(tianjin.map((w) => w.countyCode).sort()).toEqual(['621021', '621022', '623027']);
    expect(tianjin.find((w) => w.countyCode === '621022')!.message.zh).toMatch(
      /^区人社局报送的 10 条「.+」记录待环县确认，最长已等待 \d+ 天$/,
    );
    // the 600 万元 purchase was submitted 27 days before the as-of date: over 14 days, under 28, a warning
    expect(items.find((w) => w.id.startsWith('awaiting_confirmation:2019:consumption_purchase:'))).toMatchObject({
      severity: 'warning',
      daysOpen: 27,
    });
  });

  it('flags an unresolved dispute once it is older than the threshold', async () => {
    const huan = await signedIn(env.app, 'county-huan');
    const fair = (await office.get('/api/records?year=2019&type=job_fair&status=submitted&county=621022')).body
      .items[0];
    expect((await huan.post(`/api/records/${fair.id}/dispute`, { reason: '岗位数与签到表不符' })).status).toBe(200);
    await env.ctx.db.execute(
      sql`update record_events set at = '2019-09-01T10:00:00+08:00' where record_id = ${fair.id} and action = 'dispute'`,
    );
    const items = await warningsOf(office, `${AS_OF}&kind=dispute_unresolved`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: `dispute_unresolved:2019:${fair.id}`,
      recordId: fair.id,
      countyCode: '621022',
      daysOpen: 29,
      severity: 'critical',
    });
    expect(items[0]!.message.zh).toContain('岗位数与签到表不符');
  });

  it('flags dormant pairings and member units with tasks but no records', async () => {
    const items = await warningsOf(office);
    expect(
      items.some((w) => w.kind === 'dormant_pairing' && w.pairingId && w.link === `/pairings/${w.pairingId}`),
    ).toBe(true);
    const inactive = items.filter((w) => w.kind === 'unit_inactive').map((w) => w.responsibleUnits[0]!.name);
    expect(inactive).toContain('区工商联');
    expect(inactive).not.toContain('区人社局');
  });
});

describe('scope', () => {
  it('shows a county officer nothing outside their county, and refuses another county', async () => {
    const huan = await signedIn(env.app, 'county-huan');
    const items = await warningsOf(huan);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((w) => w.countyCode === '621022')).toBe(true);
    expect(items.some((w) => w.kind === 'awaiting_confirmation')).toBe(true);
    expect(items.some((w) => w.kind === 'unit_inactive')).toBe(false);
    expect((await huan.get(`/api/warnings?${AS_OF}&county=621021`)).status).toBe(403);
  });

  it('shows a unit the warnings it is responsible for, and a working group its own', async () => {
    const renshe = await signedIn(env.app, 'unit-renshe');
    const mine = await warningsOf(renshe);
    expect(mine.map((w) => w.id)).toContain('indicator_behind:2019:labour.employed_elsewhere');
    expect(mine.every((w) => w.responsibleUnits.some((u) => u.name === '区人社局'))).toBe(true);
    const zuzhibu = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`))
      .rows[0]!.id;
    expect((await renshe.get(`/api/warnings?${AS_OF}&unit=${zuzhibu}`)).status).toBe(403);
    const labour = await signedIn(env.app, 'group-labour');
    const group = await warningsOf(labour);
    expect(group.filter((w) => w.indicatorCode).every((w) => w.indicatorCode!.startsWith('labour.'))).toBe(true);
    expect((await labour.get(`/api/warnings?${AS_OF}&group=talent`)).status).toBe(403);
  });
});

describe('what the caller may do with a warning, and the order already issued on it', () => {
  it('lets the office issue orders, and names the open demo order on the 其他地区就业 warning to those who may see it', async () => {
    const id = 'indicator_behind:2019:labour.employed_elsewhere';
    const office_ = await warningsOf(office);
    expect(office_.every((w) => w.abilities.supervise)).toBe(true);
    expect(office_.find((w) => w.id === id)!.order).toMatchObject({ serial: '督办〔2019〕2号', status: 'open' });
    expect(office_.filter((w) => w.order).map((w) => w.id)).toEqual([id]);
    // the order went to 区人社局: its reporter sees it too, but may not issue orders
    const renshe = await warningsOf(await signedIn(env.app, 'unit-renshe'));
    expect(renshe.every((w) => !w.abilities.supervise)).toBe(true);
    expect(renshe.find((w) => w.id === id)!.order).toMatchObject({ serial: '督办〔2019〕2号' });
    // orders go to eastern units; a county officer sees none of them
    const huan = await warningsOf(await signedIn(env.app, 'county-huan'));
    expect(huan.every((w) => w.order === null && !w.abilities.supervise)).toBe(true);
  });
});

describe('settings', () => {
  it('are the defaults until the office changes them, which changes severities; audited', async () => {
    expect((await office.get('/api/warning-settings')).body).toMatchObject({
      behindThreshold: 0.15,
      ratioTolerance: 5,
      awaitingDays: 14,
      disputeDays: 14,
      dormantMonths: 6,
      abilities: { edit: true },
    });
    const renshe = await signedIn(env.app, 'unit-renshe');
    expect((await renshe.get('/api/warning-settings')).body.abilities.edit).toBe(false);
    const body = { behindThreshold: 0.5, ratioTolerance: 10, awaitingDays: 60, disputeDays: 14, dormantMonths: 6 };
    expect((await renshe.put('/api/warning-settings', body)).status).toBe(403);
    expect((await office.put('/api/warning-settings', { ...body, behindThreshold: 2 })).status).toBe(400);
    const saved = await office.put('/api/warning-settings', body);
    expect(saved.status).toBe(200);
    expect(saved.body.updatedAt).not.toBeNull();
    const items = await warningsOf(office);
    expect(items.find((w) => w.id === 'indicator_behind:2019:labour.employed_elsewhere')!.severity).toBe('warning');
    expect(items.find((w) => w.id === 'ratio_at_risk:2019:labour.leaders_started_business_share')!.severity).toBe(
      'warning',
    );
    expect(items.some((w) => w.id.startsWith('awaiting_confirmation:2019:consumption_purchase:'))).toBe(false);
    const audit = await env.ctx.db.execute<{ details: { after: { behindThreshold: number } } }>(
      sql`select details from audit_log where action = 'warning_settings.update'`,
    );
    expect(audit.rows.map((r) => r.details.after.behindThreshold)).toEqual([0.5]);
  });
});

describe('a year without a plan', () => {
  it('answers an empty list that says the year has no plan, not a 404', async () => {
    const res = await office.get('/api/warnings?year=2020');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ year: 2020, hasPlan: false });
    expect(res.body.items.filter((w: WarningDto) => w.kind === 'indicator_behind')).toEqual([]);
    const y2019 = await office.get(`/api/warnings?${AS_OF}`);
    expect(y2019.body.hasPlan).toBe(true);
  });
});
