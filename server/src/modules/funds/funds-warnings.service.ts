import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { daysBetween, isFindingOverdue, mismatchOf, WAN, type WarningDto } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { auditFindings, fundPayments, fundReceipts, fundRuleOverrides, fundProjects } from '../../db/schema';
import { fundsLeadUnit } from './fund-records';
import * as names from './funds-names.repository';
import { serialOf } from './findings.service';
import { settingsOf } from './matching.service';
import * as money from './money.repository';

/** A warning as funds find it (the warnings module adds the caller's abilities and any order issued on it). */
export type FundsWarning = Omit<WarningDto, 'order' | 'abilities'>;
export type FundsWarningFilter = { year: number; asOf: string; counties: string[] | null; unitIds: string[] | null };

const wan = (fen: number) => (fen / WAN).toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * The funds' warnings on a date, computed live (no job needed: the as-of date decides): payments the county has not
 * received within the days allowed, receipts that match no payment (a same-voucher payment of another amount, or
 * none in the window), approvals taken over a broken fund rule, and audit findings not yet closed (critical once
 * past their deadline). Each names the county, the responsible east unit and the page to act on.
 */
export async function fundsWarnings(ctx: AppContext, tenantId: string, f: FundsWarningFilter): Promise<FundsWarning[]> {
  const settings = await settingsOf(ctx.db, tenantId);
  const [counties, leadUnit] = await Promise.all([
    names.listCounties(ctx.db, tenantId),
    fundsLeadUnit(ctx.db, tenantId, f.year).catch(() => null),
  ]);
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  const unitIds = [leadUnit].filter((u): u is string => !!u);
  const [payments, receipts, overrides, findings] = await Promise.all([
    unreceived(ctx, tenantId, f),
    unmatchedReceipts(ctx, tenantId, f),
    ctx.db
      .select({ o: fundRuleOverrides, code: fundProjects.code, name: fundProjects.name })
      .from(fundRuleOverrides)
      .leftJoin(fundProjects, eq(fundProjects.id, fundRuleOverrides.projectId))
      .where(and(eq(fundRuleOverrides.tenantId, tenantId), eq(fundRuleOverrides.year, f.year))),
    ctx.db
      .select()
      .from(auditFindings)
      .where(
        and(
          eq(auditFindings.tenantId, tenantId),
          eq(auditFindings.year, f.year),
          sql`${auditFindings.status} <> 'closed'`,
        ),
      ),
  ]);
  const units = await names.unitNames(ctx.db, [...unitIds, ...payments.map((p) => p.eastUnitId)]);
  const named = (id: string | null) => (id && units.has(id) ? [{ id, name: units.get(id)! }] : []);
  const place = (code: string) => countyName.get(code) ?? code;
  const out: FundsWarning[] = [
    ...payments
      .map((p) => ({ p, days: daysBetween(p.paidOn, f.asOf) }))
      .filter(({ days }) => days > settings.unreceivedDays)
      .map(({ p, days }) => ({
        id: `fund_unreceived:${p.id}`,
        kind: 'fund_unreceived' as const,
        severity: days > 2 * settings.unreceivedDays ? ('critical' as const) : ('warning' as const),
        title: { zh: `${place(p.countyCode)}：拨付资金未到账`, en: `${place(p.countyCode)}: payment not received` },
        message: {
          zh: `${p.paidOn}拨付${wan(p.amountFen)}万元（凭证号${p.voucher}），已${days}天未见县级到账记录`,
          en: `CNY ${wan(p.amountFen)} 万 paid on ${p.paidOn} (voucher ${p.voucher}) has no county receipt after ${days} days`,
        },
        countyCode: p.countyCode,
        responsibleUnits: named(p.eastUnitId),
        daysOpen: days,
        link: `/funds/payments/${p.id}`,
      })),
    ...receipts.map((r) => ({
      id: `fund_mismatch:${r.id}`,
      kind: 'fund_mismatch' as const,
      severity: 'warning' as const,
      title: { zh: `${place(r.countyCode)}：到账与拨付不符`, en: `${place(r.countyCode)}: receipt does not match` },
      message: r.mismatch
        ? {
            zh: `到账${wan(r.amountFen)}万元（凭证号${r.voucher}），同号拨付为${wan(r.mismatch.amountFen)}万元`,
            en: `Received CNY ${wan(r.amountFen)} 万 (voucher ${r.voucher}); the payment with that voucher was ${wan(r.mismatch.amountFen)} 万`,
          }
        : {
            zh: `${r.receivedOn}到账${wan(r.amountFen)}万元（凭证号${r.voucher}），无对应拨付记录`,
            en: `CNY ${wan(r.amountFen)} 万 received on ${r.receivedOn} (voucher ${r.voucher}) matches no payment`,
          },
      countyCode: r.countyCode,
      responsibleUnits: named(leadUnit),
      daysOpen: daysBetween(r.receivedOn, f.asOf),
      link: `/funds/receipts?county=${r.countyCode}&matched=no`,
    })),
    ...overrides.map(({ o, code, name }) => ({
      id: `fund_rule_override:${o.id}`,
      kind: 'fund_rule_override' as const,
      severity: 'warning' as const,
      title: {
        zh: `${o.countyCode ? place(o.countyCode) : '全区'}：资金比例例外批准`,
        en: `${o.countyCode ? place(o.countyCode) : 'District'}: fund rule overridden`,
      },
      message: { zh: `${code ?? ''} ${name ?? ''}：${o.reason}`, en: `${code ?? ''} ${name ?? ''}: ${o.reason}` },
      ...(o.countyCode ? { countyCode: o.countyCode } : {}),
      responsibleUnits: named(leadUnit),
      link: o.projectId ? `/funds/projects/${o.projectId}` : '/funds',
    })),
    ...findings.map((x) => {
      const overdue = isFindingOverdue(x, f.asOf);
      return {
        id: `finding_open:${x.id}`,
        kind: 'finding_open' as const,
        severity: overdue ? ('critical' as const) : ('warning' as const),
        title: {
          zh: `${place(x.countyCode)}：${serialOf(x)}${overdue ? '逾期未整改' : '待整改'}`,
          en: `${place(x.countyCode)}: finding ${x.year}-${x.serialNo} ${overdue ? 'overdue' : 'open'}`,
        },
        message: { zh: `${x.description}（整改期限${x.deadline}）`, en: `${x.description} (deadline ${x.deadline})` },
        countyCode: x.countyCode,
        responsibleUnits: named(leadUnit),
        daysOpen: daysBetween(x.createdAt.toISOString().slice(0, 10), f.asOf),
        link: `/funds/findings/${x.id}`,
      };
    }),
  ];
  return out.filter(
    (w) =>
      (!f.counties || (w.countyCode !== undefined && f.counties.includes(w.countyCode))) &&
      (!f.unitIds || w.responsibleUnits.some((u) => f.unitIds!.includes(u.id))),
  );
}

async function unreceived(ctx: AppContext, tenantId: string, f: FundsWarningFilter) {
  return ctx.db
    .select()
    .from(fundPayments)
    .where(
      and(
        eq(fundPayments.tenantId, tenantId),
        eq(fundPayments.year, f.year),
        eq(fundPayments.status, 'confirmed'),
        lte(fundPayments.paidOn, f.asOf),
        sql`not exists (select 1 from ${fundReceipts} r where r.payment_id = ${fundPayments.id})`,
      ),
    );
}

/** Receipts matching no payment by the as-of date, with a same-voucher payment of another amount when there is one. */
async function unmatchedReceipts(ctx: AppContext, tenantId: string, f: FundsWarningFilter) {
  const rows = await ctx.db
    .select()
    .from(fundReceipts)
    .where(
      and(
        eq(fundReceipts.tenantId, tenantId),
        eq(fundReceipts.year, f.year),
        isNull(fundReceipts.paymentId),
        lte(fundReceipts.receivedOn, f.asOf),
      ),
    );
  const same = await money.paymentsByVouchers(
    ctx.db,
    tenantId,
    rows.map((r) => r.voucher),
  );
  return rows.map((r) => ({ ...r, mismatch: mismatchOf(r, same) }));
}
