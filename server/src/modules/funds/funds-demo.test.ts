import { sql } from 'drizzle-orm';
import { WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
});
afterAll(() => env.close());

const progress = async (year: number, asOf: string) => {
  const p = (await office.get(`/api/plans/${year}/progress?asOf=${asOf}`)).body;
  return (code: string) => p.items.find((i: { code: string }) => i.code === code);
};

describe('the demo’s projects and money', () => {
  it('add up to the 6,700 万元 of 2018 and plan 8,780 万元 in about 40 projects for 2019', async () => {
    const y2018 = (await office.get('/api/projects?year=2018&pageSize=100')).body;
    expect(y2018.total).toBe(9);
    expect(y2018.totals).toMatchObject({ plannedFen: 6700 * WAN, paidFen: 6700 * WAN, receivedFen: 6700 * WAN });
    const y2019 = (await office.get('/api/projects?year=2019&pageSize=100')).body;
    expect(y2019.total).toBe(40);
    expect(y2019.totals.plannedFen).toBe(8780 * WAN);
    expect(y2019.totals.paidFen).toBe(7150 * WAN);
    expect(y2019.totals.receivedFen).toBe(7000 * WAN);
    const stages = new Set(y2019.items.map((p: { stage: string }) => p.stage));
    for (const s of ['proposed', 'returned', 'approved', 'allocated', 'received', 'under_way', 'completed'])
      expect(stages, s).toContain(s);
  });

  it('produce every fund payment of the ledger, with the figures the ledger always had', async () => {
    const hand = await env.ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from records where type_code = 'fund_payment' and source_type is null`,
    );
    expect(hand.rows[0]!.n).toBe(0);
    const y2018 = await progress(2018, '2018-12-31');
    expect(y2018('funds.fiscal_paid').value).toBe(6700 * WAN);
    const y2019 = await progress(2019, '2019-09-30');
    expect(y2019('funds.fiscal_paid')).toMatchObject({ value: 7000 * WAN, claimed: 150 * WAN });
    expect(y2019('industry.funds_to_industry_share').value).toBe(55);
    expect(y2019('funds.livelihood_grassroots_share').value).toBe(94.3);
    const byCounty = Object.fromEntries(
      y2019('industry.funds_to_industry_share').counties.map((c: { countyCode: string; value: number }) => [
        c.countyCode,
        c.value,
      ]),
    );
    expect(byCounty).toEqual({ '621022': 58.3, '621021': 59.1, '623027': 47.9 });
  });

  it('holds one unmatched payment, an overridden approval and two findings, one rectified', async () => {
    const unmatched = (
      await office.get('/api/fund-payments?year=2019&status=confirmed&pageSize=100')
    ).body.items.filter((p: { match: string }) => p.match !== 'matched');
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]).toMatchObject({ countyCode: '621022', amountFen: 150 * WAN });
    const overrides = await env.ctx.db.execute<{ county_code: string }>(
      sql`select county_code from fund_rule_overrides`,
    );
    expect(overrides.rows).toEqual([{ county_code: '623027' }]);
    const findings = (await office.get('/api/audit-findings?year=2019')).body.items;
    expect(findings.map((f: { status: string }) => f.status).sort()).toEqual(['closed', 'open']);
  });

  it('shows the shares with their thresholds from the year’s plan', async () => {
    const r = (await office.get('/api/fund-rules/2019')).body;
    expect(r.thresholds).toEqual({ industryShare: 0.5, grassrootsLivelihoodShare: 0.8 });
    // paid money counts whether or not the county confirmed it yet: 环县's unreceived 150 万元 of industry too
    expect(r.district.industryShare).toBeCloseTo(4000 / 7150, 6);
    const xiahe = r.counties.find((c: { countyCode: string }) => c.countyCode === '623027');
    expect(xiahe.industryShare).toBeCloseTo(1150 / 2400, 6);
  });
});
