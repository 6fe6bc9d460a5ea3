import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../lib/audit-tx';
import { createTestEnv, signedIn, type TestEnv } from '../../../test/harness';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const LEADS: Record<string, string> = {
  人才支援专项工作组: '区委组织部',
  扶贫宣传专项工作组: '区委宣传部',
  社会动员专项工作组: '区委统战部',
  产业帮扶专项工作组: '区发展改革委',
  教育扶贫专项工作组: '区教育局',
  资金支持专项工作组: '区财政局',
  劳务协作专项工作组: '区人社局',
  消费扶贫专项工作组: '区商务局',
  文化旅游扶贫专项工作组: '区文化和旅游局',
  健康扶贫专项工作组: '区卫生健康委',
  万企帮万村专项工作组: '区工商联',
};

describe('organisation (demo data as the speech states it)', () => {
  it('has 30 member units, the leadership group of all 30, and the 11 working groups with their lead units', async () => {
    const office = await signedIn(env.app, 'office');
    const res = await office.get('/api/org?year=2019');
    expect(res.status).toBe(200);
    const org = res.body;
    expect(org.tenant.name).toBe('天津市南开区');
    const members = org.units.filter((u: { isMember: boolean }) => u.isMember);
    expect(members).toHaveLength(30);
    for (const name of ['区合作交流办', '区红十字会', '区委网信办', '区新闻中心'])
      expect(members.map((u: { name: string }) => u.name)).toContain(name);
    expect(org.leadership.memberUnitIds).toHaveLength(30);
    expect(org.workingGroups).toHaveLength(11);
    expect(
      Object.fromEntries(
        org.workingGroups.map((g: { name: string; leadUnit: { name: string } }) => [g.name, g.leadUnit.name]),
      ),
    ).toEqual(LEADS);
  });

  it('holds the three counties with their real townships and villages (GB/T 2260 codes)', async () => {
    const office = await signedIn(env.app, 'office');
    const org = (await office.get('/api/org')).body;
    expect(org.counties.map((c: { code: string; name: string }) => `${c.code} ${c.name}`)).toEqual([
      '621022 环县',
      '621021 庆城县',
      '623027 夏河县',
    ]);
    expect(org.counties.map((c: { townships: number }) => c.townships)).toEqual([20, 15, 13]);
    const huan = (await office.get('/api/regions/621022')).body;
    expect(huan.path.map((r: { name: string }) => r.name)).toEqual(['甘肃省', '庆阳市']);
    expect(huan.children).toHaveLength(20);
    expect((await office.get('/api/regions/120104')).body.children).toHaveLength(12);
    const search = await office.get(`/api/regions?q=${encodeURIComponent('拉卜楞')}`);
    expect(search.body.items[0].code.startsWith('623027')).toBe(true);
  });

  it('shows a county officer only their county: 403 on another county, 404 on its regions', async () => {
    const huan = await signedIn(env.app, 'county-huan');
    const org = (await huan.get('/api/org')).body;
    expect(org.counties.map((c: { name: string }) => c.name)).toEqual(['环县']);
    expect((await huan.get('/api/counties/621022')).status).toBe(200);
    const other = await huan.get('/api/counties/621021');
    expect(other.status).toBe(403);
    expect((await huan.get('/api/regions/621021')).status).toBe(404);
    expect((await huan.get('/api/regions/621021001')).status).toBe(404);
    const province = (await huan.get('/api/regions/62')).body;
    expect(province.children.map((c: { name: string }) => c.name)).toEqual(['庆阳市']);
    const search = await huan.get(`/api/regions?q=${encodeURIComponent('镇')}`);
    expect(
      search.body.items.every((r: { code: string }) => r.code.startsWith('621022') || r.code.startsWith('120104')),
    ).toBe(true);
  });

  it('keeps tenants apart: a second district’s units and audit rows are invisible to the first', async () => {
    const t = await env.ctx.db.execute<{ id: string }>(
      sql`insert into tenants (code, name, region_code) values ('hexi', '天津市河西区', '120103') returning id`,
    );
    const tid = t.rows[0]!.id;
    await env.ctx.db.execute(
      sql`insert into units (tenant_id, code, name, type, side, is_member) values (${tid}, 'x', '河西区某局', 'party_gov', 'east', true)`,
    );
    await env.ctx.db.transaction((tx) =>
      appendAudit(tx, null, null, {
        action: 'other.tenant_event',
        outcome: 'success',
        tenantId: tid,
        userId: null,
        username: 'hexi-user',
      }),
    );
    const office = await signedIn(env.app, 'office');
    const org = (await office.get('/api/org')).body;
    expect(org.units.map((u: { name: string }) => u.name)).not.toContain('河西区某局');
    expect(org.units.filter((u: { isMember: boolean }) => u.isMember)).toHaveLength(30);
    const auditAdmin = await signedIn(env.app, 'auditadmin');
    expect((await auditAdmin.get('/api/audit?action=other.tenant_event')).body.total).toBe(0);
    expect((await auditAdmin.get('/api/audit?q=hexi-user')).body.total).toBe(0);
  });
});
