import { type z } from 'zod';
import type { PairingDto, PairingListQuery, pairingBody, pairingPatchBody } from '@xiezuo/domain';
import { DISTRICT } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import type { DbOrTx } from '../../db/client';
import { withAudit } from '../../lib/audit-tx';
import { listTenantCountyCodes, findTenant } from '../org/org.repository';
import { canConfirmPairing, canManagePairings, canSeePairing, pairingScope } from './pairings.policy';
import { pathCodes, presentPairing } from './pairings.presenter';
import * as repo from './pairings.repository';

type PairingInput = z.infer<typeof pairingBody>;
type Party = PairingInput['east'];
export type ResolvedParty = {
  unitId: string | null;
  regionCode: string | null;
  key: string;
  countyCode: string | null;
};

/** Checks a party belongs to the right side of this tenant; returns it with its key and (west) county. */
export async function resolveParty(
  db: DbOrTx,
  tenantId: string,
  side: 'east' | 'west',
  party: Party,
): Promise<ResolvedParty> {
  const tenant = (await findTenant(db, tenantId))!;
  const counties = await listTenantCountyCodes(db, tenantId);
  let code: string | null;
  if (party.unitId) {
    const unit = await repo.findUnit(db, tenantId, party.unitId);
    if (!unit || unit.side !== side)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: `${side}.unitId`, message: `unknown ${side} unit` }],
      });
    code = unit.regionCode;
  } else {
    const region = await repo.findRegion(db, party.regionCode!);
    if (!region)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: `${side}.regionCode`, message: 'unknown region code' }],
      });
    code = region.code;
  }
  const countyCode = code && side === 'west' ? (counties.find((c) => code.startsWith(c)) ?? null) : null;
  if (side === 'east' && party.regionCode && !party.regionCode.startsWith(tenant.regionCode)) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'east.regionCode', message: 'not in the district' }] });
  }
  if (side === 'west' && !countyCode)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'west', message: 'not in an assisted county' }] });
  return {
    unitId: party.unitId,
    regionCode: party.regionCode,
    key: party.unitId ? `u:${party.unitId}` : `r:${party.regionCode}`,
    countyCode,
  };
}

async function present(ctx: AppContext, actor: Actor, rows: repo.PairingWide[]): Promise<PairingDto[]> {
  const names = await repo.regionNames(ctx.db, pathCodes(rows));
  return rows.map((r) => presentPairing(r, actor, names));
}

export async function list(ctx: AppContext, actor: Actor, q: PairingListQuery) {
  const { rows, total } = await repo.listPage(ctx.db, actor.tenantId, pairingScope(actor), q);
  return { items: await present(ctx, actor, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One pairing; 404 when it does not exist or lies outside the caller's scope. */
export async function get(ctx: AppContext, actor: Actor, id: string): Promise<PairingDto> {
  const row = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!row || !canSeePairing(actor, row.p)) throw new AppError('NOT_FOUND');
  return (await present(ctx, actor, [row]))[0]!;
}

/** Inserts a pairing inside a transaction; DUPLICATE when the same kind and parties exist. */
export async function insertPairing(
  tx: DbOrTx,
  actor: Actor,
  input: PairingInput,
  extra: { isIllustrative?: boolean } = {},
) {
  const east = await resolveParty(tx, actor.tenantId, 'east', input.east);
  const west = await resolveParty(tx, actor.tenantId, 'west', input.west);
  const partyKey = `${east.key}|${west.key}`;
  if (await repo.findByPartyKey(tx, actor.tenantId, input.kind, partyKey))
    throw new AppError('DUPLICATE', { field: 'pairing' });
  return repo.insert(tx, {
    tenantId: actor.tenantId,
    kind: input.kind,
    eastUnitId: east.unitId,
    eastRegionCode: east.regionCode,
    westUnitId: west.unitId,
    westRegionCode: west.regionCode,
    countyCode: west.countyCode!,
    partyKey,
    startDate: input.startDate,
    endDate: input.endDate,
    status: input.status,
    note: input.note,
    isIllustrative: extra.isIllustrative ?? false,
    createdBy: actor.userId,
  });
}

export async function create(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: PairingInput,
): Promise<PairingDto> {
  if (!canManagePairings(actor)) throw new AppError('FORBIDDEN');
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    const row = await insertPairing(tx, actor, input);
    return {
      result: row.id,
      audit: {
        action: 'pairing.create',
        outcome: 'success',
        objectType: 'pairing',
        objectId: row.id,
        details: { kind: input.kind, east: input.east, west: input.west },
      },
    };
  });
  return get(ctx, actor, id);
}

export async function update(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  patch: z.infer<typeof pairingPatchBody>,
): Promise<PairingDto> {
  if (!canManagePairings(actor)) throw new AppError('FORBIDDEN');
  const before = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!before) throw new AppError('NOT_FOUND');
  const start = patch.startDate ?? before.p.startDate;
  const end = patch.endDate !== undefined ? patch.endDate : before.p.endDate;
  if (end !== null && end < start)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'endDate', message: 'end date before start date' }] });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const { version, ...changes } = patch;
    const after = await repo.updateVersioned(tx, actor.tenantId, id, version, changes);
    if (!after) throw new AppError('CONFLICT', { currentVersion: before.p.version });
    const b = before.p;
    return {
      result: after,
      audit: {
        action: 'pairing.update',
        outcome: 'success',
        objectType: 'pairing',
        objectId: id,
        details: {
          before: { startDate: b.startDate, endDate: b.endDate, status: b.status, note: b.note },
          after: changes,
        },
      },
    };
  });
  return get(ctx, actor, id);
}

/** The west side's confirmation of a pairing, by a county officer of its county. */
export async function confirm(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string): Promise<PairingDto> {
  const row = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!row || !canSeePairing(actor, row.p)) throw new AppError('NOT_FOUND');
  if (!canConfirmPairing(actor, row.p)) throw new AppError(row.p.westConfirmedAt ? 'CONFLICT' : 'FORBIDDEN');
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await repo.updateVersioned(tx, actor.tenantId, id, row.p.version, {
      westConfirmedAt: new Date(),
      westConfirmedBy: actor.userId,
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: row.p.version });
    return {
      result: after,
      audit: { action: 'pairing.confirm', outcome: 'success', objectType: 'pairing', objectId: id },
    };
  });
  return get(ctx, actor, id);
}

export async function stats(ctx: AppContext, actor: Actor, year: number | undefined, agreementCount: number) {
  const rows = await repo.countByKindAndCounty(ctx.db, actor.tenantId, pairingScope(actor), year);
  return { year: year ?? null, byKindAndCounty: rows, agreements: agreementCount };
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** Subtracts whole months from an ISO date, clamping to the month's last day. */
export function minusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Warning: active pairings with no (non-draft) ledger record in the last N months before asOf. */
export async function dormant(ctx: AppContext, actor: Actor, months: number, asOf: string) {
  const since = minusMonths(asOf, months);
  const rows = await repo.listDormant(ctx.db, actor.tenantId, pairingScope(actor), since, asOf);
  const items = (await present(ctx, actor, rows)).map((p) => ({
    ...p,
    monthsSinceLastRecord: p.lastRecordOn ? monthsBetween(p.lastRecordOn, asOf) : null,
  }));
  return { months, asOf, items };
}

/** How many active pairings of a tenant had no record in the N months before asOf (for the scheduled warning). */
export async function countDormant(ctx: AppContext, tenantId: string, months: number, asOf: string): Promise<number> {
  return (await repo.listDormant(ctx.db, tenantId, DISTRICT, minusMonths(asOf, months), asOf)).length;
}
