import {
  honourName,
  NEED_KINDS,
  type PublicNeedDto,
  type PublicNeedsQuery,
  type PublicSummaryDto,
  type PublicVerifyDto,
} from '@xiezuo/domain';
import { AppError } from '../../http/app-error';
import type { AppContext } from '../../http/context';
import { workingDate, workingNow } from '../settings/working-date.service';
import { cached } from './public.cache';
import * as pub from './public.repository';
import * as stats from './stats.repository';

type NeedRow = Awaited<ReturnType<typeof pub.publicNeeds>>['items'][number];
const presentPublicNeed = (n: NeedRow): PublicNeedDto => ({
  id: n.id,
  countyCode: n.countyCode,
  countyName: n.countyName,
  placeName: n.placeName,
  kind: n.kind,
  title: n.title,
  description: n.description,
  amountFen: n.amountFen,
  claimedFen: Number(n.claimedFen),
  receivedFen: Number(n.receivedFen),
  status: n.status,
  publishedOn: n.publishedOn,
  deadline: n.deadline,
  deliveredOn: n.deliveredOn,
  thanks: n.thanks,
  beneficiary: n.initial ? { initial: n.initial, ageBand: n.ageBand ?? '' } : null,
});

async function tenantOf(ctx: AppContext, code: string | undefined) {
  const t = await pub.publicTenant(ctx.db, code);
  if (!t) throw new AppError('NOT_FOUND');
  return t.id;
}

/** Public needs (published and on): filters by county, kind and status; verified needs only, nothing personal. */
export async function publicNeedList(ctx: AppContext, q: PublicNeedsQuery) {
  return cached(`needs:${JSON.stringify(q)}`, async () => {
    const tenantId = await tenantOf(ctx, q.tenant);
    const r = await pub.publicNeeds(ctx.db, tenantId, q, await workingNow(ctx.db, tenantId));
    return { items: r.items.map(presentPublicNeed), total: r.total };
  });
}

type Totals = PublicSummaryDto['totals'];
const zero = (): Totals => ({ needs: 0, askedFen: 0, claimedFen: 0, receivedFen: 0, passedOnFen: 0, delivered: 0 });
function add(t: Totals, r: stats.FlowRow) {
  t.needs += r.needs;
  t.askedFen += r.askedFen;
  t.claimedFen += r.claimedFen;
  t.receivedFen += r.receivedFen;
  t.passedOnFen += r.passedOnFen;
  t.delivered += r.delivered;
}

/** Totals by county and kind, the honour list (opted-in donors only) and the latest verification entries. */
export async function publicSummary(ctx: AppContext, tenant: string | undefined): Promise<PublicSummaryDto> {
  return cached(`summary:${tenant ?? ''}`, async () => {
    const tenantId = await tenantOf(ctx, tenant);
    const [asOf, now] = [await workingDate(ctx.db, tenantId), await workingNow(ctx.db, tenantId)];
    const [rows, honour, entries] = await Promise.all([
      stats.flowByCountyKind(ctx.db, tenantId, now),
      stats.honourList(ctx.db, tenantId),
      stats.chainEntries(ctx.db, tenantId),
    ]);
    const totals = zero();
    const counties = new Map<string, Totals & { countyCode: string; countyName: string }>();
    const kinds = new Map(NEED_KINDS.map((k) => [k, { ...zero(), kind: k }]));
    for (const r of rows) {
      add(totals, r);
      if (!counties.has(r.countyCode))
        counties.set(r.countyCode, { ...zero(), countyCode: r.countyCode, countyName: r.countyName });
      add(counties.get(r.countyCode)!, r);
      add(kinds.get(r.kind)!, r);
    }
    return {
      asOf,
      totals,
      byCounty: [...counties.values()],
      byKind: [...kinds.values()],
      honour: honour.map((h) => ({ kind: h.kind, name: honourName(h.kind, h.name), amountFen: h.amountFen })),
      entries,
    };
  });
}

/** A receipt's or batch's public verification page: amount, date, digest and its input, the needs and later steps. */
export async function publicVerify(ctx: AppContext, code: string): Promise<PublicVerifyDto> {
  return cached(`verify:${code}`, async () => {
    const step = await pub.stepByCode(ctx.db, code);
    if (!step) throw new AppError('NOT_FOUND');
    const claims = await pub.stepClaims(ctx.db, step.kind, step.id);
    const needs = await pub.publicNeedsByIds(
      ctx.db,
      [...new Set(claims.map((c) => c.need_id))],
      await workingNow(ctx.db, step.tenantId),
    );
    const donor = step.donorId ? await pub.honouredDonor(ctx.db, step.donorId) : undefined;
    const first = (k: 'received_on' | 'transferred_on' | 'confirmed_on' | 'delivered_on') =>
      claims
        .map((c) => c[k])
        .filter((d): d is string => !!d)
        .sort()[0];
    const steps = (
      [
        ['received', first('received_on')],
        ['passed_on', first('transferred_on')],
        ['confirmed', first('confirmed_on')],
        ['delivered', first('delivered_on')],
      ] as const
    ).flatMap(([s, d]) => (d ? [{ step: s, date: d }] : []));
    return {
      kind: step.kind,
      number: step.number,
      amountFen: step.amountFen,
      date: step.date,
      digest: step.digest,
      digestInput: step.digestInput,
      donor: donor ? honourName(donor.kind, donor.name) : null,
      counties: [...new Set(claims.map((c) => c.county_name))],
      needs: needs.map((n) => ({ id: n.id, title: n.title, kind: n.kind, status: n.status })),
      steps,
    };
  });
}
