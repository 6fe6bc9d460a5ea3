import { sql } from 'drizzle-orm';
import {
  fundSettings as settingsSchema,
  type FundSettings,
  type FundsOverviewDto,
  type FundsOverviewRow,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { asOfFor } from './fund-rules.service';
import { fundsScope, mayEditSettings } from './funds.policy';
import * as names from './funds-names.repository';
import { settingsOf } from './matching.service';
import * as money from './money.repository';

type Sums = Omit<FundsOverviewRow, 'countyCode' | 'countyName'>;
const ZERO: Sums = {
  projects: 0,
  plannedFen: 0,
  approvedFen: 0,
  paidFen: 0,
  receivedFen: 0,
  spentFen: 0,
  unmatchedPaymentsFen: 0,
  unmatchedPayments: 0,
  unmatchedReceiptsFen: 0,
  unmatchedReceipts: 0,
  openFindings: 0,
};

/** Money per county for a year in one query: projects' money, unmatched payments and receipts, open findings. */
async function sumsByCounty(db: DbOrTx, tenantId: string, year: number) {
  const res = await db.execute<Record<string, string | number | null>>(sql`
    with p as (
      select county_code, count(*) as projects, sum(planned_fen) as planned,
        sum(coalesce(approved_fen, 0)) filter (where stage not in ('proposed', 'returned')) as approved,
        sum(paid_fen) as paid, sum(received_fen) as received, sum(spent_fen) as spent
      from fund_projects where tenant_id = ${tenantId} and year = ${year} and stage <> 'cancelled' group by 1),
    up as (
      select county_code, count(*) as n, sum(amount_fen) as fen from fund_payments pay
      where tenant_id = ${tenantId} and year = ${year} and status = 'confirmed'
        and not exists (select 1 from fund_receipts r where r.payment_id = pay.id) group by 1),
    ur as (
      select county_code, count(*) as n, sum(amount_fen) as fen from fund_receipts
      where tenant_id = ${tenantId} and year = ${year} and payment_id is null group by 1),
    f as (
      select county_code, count(*) as n from audit_findings
      where tenant_id = ${tenantId} and year = ${year} and status <> 'closed' group by 1)
    select c.county_code, p.projects, p.planned, p.approved, p.paid, p.received, p.spent,
      up.n as up_n, up.fen as up_fen, ur.n as ur_n, ur.fen as ur_fen, f.n as findings
    from (select county_code from p union select county_code from up union select county_code from ur
          union select county_code from f) c
    left join p on p.county_code = c.county_code left join up on up.county_code = c.county_code
    left join ur on ur.county_code = c.county_code left join f on f.county_code = c.county_code`);
  const n = (v: string | number | null | undefined) => Number(v ?? 0);
  return new Map(
    res.rows.map((r) => [
      String(r.county_code),
      {
        projects: n(r.projects),
        plannedFen: n(r.planned),
        approvedFen: n(r.approved),
        paidFen: n(r.paid),
        receivedFen: n(r.received),
        spentFen: n(r.spent),
        unmatchedPaymentsFen: n(r.up_fen),
        unmatchedPayments: n(r.up_n),
        unmatchedReceiptsFen: n(r.ur_fen),
        unmatchedReceipts: n(r.ur_n),
        openFindings: n(r.findings),
      } satisfies Sums,
    ]),
  );
}

/** The funds dashboard: the district's and each visible county's money for a year, and projects per stage. */
export async function overview(ctx: AppContext, actor: Actor, year: number): Promise<FundsOverviewDto> {
  const scope = fundsScope(actor);
  const [counties, sums, stages] = await Promise.all([
    names.listCounties(ctx.db, actor.tenantId),
    sumsByCounty(ctx.db, actor.tenantId, year),
    ctx.db.execute<{ stage: string; county_code: string; n: number; planned: string }>(sql`
      select stage, county_code, count(*)::int as n, sum(planned_fen) as planned from fund_projects
      where tenant_id = ${actor.tenantId} and year = ${year} group by 1, 2`),
  ]);
  const visible = counties.filter((c) => scope.kind === 'all' || scope.counties.includes(c.code));
  const rows = visible.map((c) => ({ countyCode: c.code, countyName: c.name, ...(sums.get(c.code) ?? ZERO) }));
  const district = rows.reduce<Sums>((a, r) => {
    const out = { ...a };
    for (const k of Object.keys(ZERO) as (keyof Sums)[]) out[k] += r[k];
    return out;
  }, ZERO);
  const byStage = new Map<string, { projects: number; plannedFen: number }>();
  for (const s of stages.rows)
    if (visible.some((c) => c.code === s.county_code)) {
      const cur = byStage.get(s.stage) ?? { projects: 0, plannedFen: 0 };
      byStage.set(s.stage, { projects: cur.projects + s.n, plannedFen: cur.plannedFen + Number(s.planned) });
    }
  return {
    year,
    asOf: await asOfFor(ctx.db, actor.tenantId, year),
    district: { countyCode: null, countyName: scope.kind === 'all' ? '全区' : '', ...district },
    counties: rows,
    stages: [...byStage].map(([stage, v]) => ({ stage, ...v })),
  };
}

export async function getSettings(ctx: AppContext, actor: Actor) {
  const row = await money.findSettings(ctx.db, actor.tenantId);
  return {
    ...(await settingsOf(ctx.db, actor.tenantId)),
    updatedAt: row?.updatedAt.toISOString() ?? null,
    abilities: { edit: mayEditSettings(actor) },
  };
}

/** Replaces the matching tolerance, window and days allowed (office or funds group), audited before and after. */
export async function putSettings(ctx: AppContext, actor: Actor, meta: RequestMeta, body: FundSettings) {
  if (!mayEditSettings(actor)) throw new AppError('FORBIDDEN');
  const before = await settingsOf(ctx.db, actor.tenantId);
  const after = settingsSchema.parse(body);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await money.upsertSettings(tx, actor.tenantId, after, actor.userId);
    return {
      result: null,
      audit: {
        action: 'fund_settings.update',
        outcome: 'success',
        objectType: 'fund_settings',
        objectId: actor.tenantId,
        details: { before, after },
      },
    };
  });
  return getSettings(ctx, actor);
}
