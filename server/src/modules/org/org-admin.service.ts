import type { z } from 'zod';
import type {
  GroupDto,
  UnitDto,
  copyYearBody,
  groupBody,
  groupPatchBody,
  unitBody,
  unitListQuery,
  unitPatchBody,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { presentGroup, presentUnit } from './org.presenter';
import * as orgRepo from './org.repository';
import * as repo from './org-admin.repository';

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });

/** A unit's region must lie in the district (east) or an assisted county (west). */
async function checkUnitRegion(
  ctx: AppContext,
  actor: Actor,
  side: 'east' | 'west',
  regionCode: string | null | undefined,
) {
  if (!regionCode) return;
  const region = await orgRepo.findRegion(ctx.db, regionCode);
  if (!region) throw invalid('regionCode', 'unknown region code');
  const tenant = (await orgRepo.findTenant(ctx.db, actor.tenantId))!;
  const counties = await orgRepo.listTenantCountyCodes(ctx.db, actor.tenantId);
  const ok =
    side === 'east' ? regionCode.startsWith(tenant.regionCode) : counties.some((c) => regionCode.startsWith(c));
  if (!ok) throw invalid('regionCode', side === 'east' ? 'not in the district' : 'not in an assisted county');
}

export async function listUnits(ctx: AppContext, actor: Actor, q: z.infer<typeof unitListQuery>) {
  const { rows, total } = await repo.listUnitsPage(
    ctx.db,
    actor.tenantId,
    {
      side: q.side,
      type: q.type,
      member: q.member === undefined ? undefined : q.member === 'true',
      q: q.q || undefined,
    },
    q.page,
    q.pageSize,
    q.sort,
  );
  return { items: rows.map(presentUnit), total, page: q.page, pageSize: q.pageSize };
}

export async function createUnit(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: z.infer<typeof unitBody>,
): Promise<UnitDto> {
  if (await repo.unitCodeTaken(ctx.db, actor.tenantId, body.code)) throw new AppError('DUPLICATE', { field: 'code' });
  await checkUnitRegion(ctx, actor, body.side, body.regionCode);
  return withAudit(ctx.db, actor, meta, async (tx) => {
    const u = await repo.insertUnit(tx, { ...body, tenantId: actor.tenantId });
    return {
      result: presentUnit(u),
      audit: { action: 'unit.create', outcome: 'success', objectType: 'unit', objectId: u.id, details: { ...body } },
    };
  });
}

export async function updateUnit(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: z.infer<typeof unitPatchBody>,
): Promise<UnitDto> {
  const before = await repo.findUnit(ctx.db, actor.tenantId, id);
  if (!before) throw new AppError('NOT_FOUND');
  await checkUnitRegion(ctx, actor, body.side ?? before.side, body.regionCode);
  const { version, ...patch } = body;
  return withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await repo.updateUnit(tx, actor.tenantId, id, version, patch);
    if (!after) throw new AppError('CONFLICT', { currentVersion: before.version });
    return {
      result: presentUnit(after),
      audit: {
        action: 'unit.update',
        outcome: 'success',
        objectType: 'unit',
        objectId: id,
        details: { before: presentUnit(before), after: patch },
      },
    };
  });
}

async function presentOneGroup(ctx: AppContext, actor: Actor, id: string): Promise<GroupDto> {
  const g = (await repo.findGroup(ctx.db, actor.tenantId, id))!;
  const unitRows = await orgRepo.listUnits(ctx.db, actor.tenantId);
  return presentGroup(g, new Map(unitRows.map((u) => [u.id, u])), await repo.memberIds(ctx.db, id));
}

async function checkUnits(ctx: AppContext, actor: Actor, ids: string[]) {
  const unique = [...new Set(ids)];
  if ((await repo.countUnits(ctx.db, actor.tenantId, unique)) !== unique.length)
    throw invalid('memberUnitIds', 'unknown unit');
}

export async function createGroup(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: z.infer<typeof groupBody>,
): Promise<GroupDto> {
  if (await repo.groupCodeTaken(ctx.db, actor.tenantId, body.year, body.code))
    throw new AppError('DUPLICATE', { field: 'code' });
  await checkUnits(ctx, actor, [body.leadUnitId, ...body.memberUnitIds]);
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    const g = await repo.insertGroup(tx, {
      tenantId: actor.tenantId,
      year: body.year,
      kind: 'working',
      code: body.code,
      name: body.name,
      leadUnitId: body.leadUnitId,
      sort: 100,
    });
    await repo.replaceMembers(tx, actor.tenantId, g.id, [body.leadUnitId, ...body.memberUnitIds]);
    return {
      result: g.id,
      audit: { action: 'group.create', outcome: 'success', objectType: 'group', objectId: g.id, details: { ...body } },
    };
  });
  return presentOneGroup(ctx, actor, id);
}

export async function updateGroup(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: z.infer<typeof groupPatchBody>,
): Promise<GroupDto> {
  const before = await repo.findGroup(ctx.db, actor.tenantId, id);
  if (!before) throw new AppError('NOT_FOUND');
  const lead = body.leadUnitId ?? before.leadUnitId;
  if (body.memberUnitIds) await checkUnits(ctx, actor, [...body.memberUnitIds, ...(lead ? [lead] : [])]);
  const beforeMembers = await repo.memberIds(ctx.db, id);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await repo.updateGroup(tx, actor.tenantId, id, body.version, {
      name: body.name,
      leadUnitId: body.leadUnitId,
      leaderTitle: body.leaderTitle,
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: before.version });
    if (body.memberUnitIds)
      await repo.replaceMembers(tx, actor.tenantId, id, [
        ...body.memberUnitIds,
        ...(lead && before.kind === 'working' ? [lead] : []),
      ]);
    return {
      result: after,
      audit: {
        action: 'group.update',
        outcome: 'success',
        objectType: 'group',
        objectId: id,
        details: { before: { name: before.name, leadUnitId: before.leadUnitId, members: beforeMembers }, after: body },
      },
    };
  });
  return presentOneGroup(ctx, actor, id);
}

/** Copies the leadership group and working groups (with members) of one year into an empty next year. */
export async function copyYear(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  body: z.infer<typeof copyYearBody>,
) {
  const source = await repo.groupsOfYear(ctx.db, actor.tenantId, body.fromYear);
  if (!source.length) throw new AppError('NOT_FOUND');
  if ((await repo.groupsOfYear(ctx.db, actor.tenantId, year)).length)
    throw new AppError('DUPLICATE', { field: 'year' });
  const copied = await withAudit(ctx.db, actor, meta, async (tx) => {
    for (const g of source) {
      const members = await repo.memberIds(tx, g.id);
      const n = await repo.insertGroup(tx, {
        tenantId: actor.tenantId,
        year,
        kind: g.kind,
        code: g.code,
        name: g.name,
        leadUnitId: g.leadUnitId,
        leaderTitle: g.leaderTitle,
        sort: g.sort,
      });
      await repo.replaceMembers(tx, actor.tenantId, n.id, members);
    }
    return {
      result: source.length,
      audit: {
        action: 'group.copy_year',
        outcome: 'success',
        objectType: 'org',
        objectId: String(year),
        details: { fromYear: body.fromYear, groups: source.length },
      },
    };
  });
  return { year, groups: copied };
}
