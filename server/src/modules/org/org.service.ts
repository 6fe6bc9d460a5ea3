import type { CountySummaryDto, OrgOverviewDto, RegionDetailDto, RegionDto } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import { isRegionVisible, visibleCounties } from './org.policy';
import { presentGroup, presentRegion, presentUnit } from './org.presenter';
import * as repo from './org.repository';

async function scopeOf(ctx: AppContext, actor: Actor) {
  const tenant = await repo.findTenant(ctx.db, actor.tenantId);
  if (!tenant) throw new AppError('NOT_FOUND');
  const counties = visibleCounties(actor, await repo.listTenantCountyCodes(ctx.db, actor.tenantId));
  return { tenant, counties };
}

async function pathOf(ctx: AppContext, code: string): Promise<RegionDto[]> {
  const prefixes = [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));
  return (await repo.findRegions(ctx.db, prefixes)).map(presentRegion);
}

async function countySummary(ctx: AppContext, code: string): Promise<CountySummaryDto> {
  const region = await repo.findRegion(ctx.db, code);
  if (!region) throw new AppError('NOT_FOUND');
  const counts = await repo.countDescendants(ctx.db, code);
  return {
    code,
    name: region.name,
    parents: await pathOf(ctx, code),
    townships: counts.township ?? 0,
    villages: counts.village ?? 0,
  };
}

/** The tenant's structure for a year: counties in scope, leadership group, working groups, member units. */
export async function overview(ctx: AppContext, actor: Actor, year?: number): Promise<OrgOverviewDto> {
  const { tenant, counties } = await scopeOf(ctx, actor);
  const y = year ?? (await repo.latestGroupYear(ctx.db, tenant.id)) ?? null;
  const unitRows = await repo.listUnits(ctx.db, tenant.id);
  const unitsById = new Map(unitRows.map((u) => [u.id, u]));
  const groups = y === null ? [] : await repo.listGroups(ctx.db, tenant.id, y);
  const members = await repo.listGroupMembers(
    ctx.db,
    groups.map((g) => g.id),
  );
  const membersOf = (id: string) => members.filter((m) => m.groupId === id).map((m) => m.unitId);
  const leadership = groups.find((g) => g.kind === 'leadership');
  const east = await repo.findRegion(ctx.db, tenant.regionCode);
  return {
    tenant: { id: tenant.id, name: tenant.name, regionCode: tenant.regionCode },
    year: y,
    east: east ? presentRegion(east) : null,
    counties: await Promise.all(counties.map((c) => countySummary(ctx, c))),
    leadership: leadership ? presentGroup(leadership, unitsById, membersOf(leadership.id)) : null,
    workingGroups: groups.filter((g) => g.kind === 'working').map((g) => presentGroup(g, unitsById, membersOf(g.id))),
    units: unitRows.map(presentUnit),
  };
}

/** One assisted county's summary; 403 for a county outside the caller's scope. */
export async function county(ctx: AppContext, actor: Actor, code: string): Promise<CountySummaryDto> {
  const all = await repo.listTenantCountyCodes(ctx.db, actor.tenantId);
  if (!all.includes(code)) throw new AppError('NOT_FOUND');
  if (!visibleCounties(actor, all).includes(code)) throw new AppError('FORBIDDEN');
  return countySummary(ctx, code);
}

/** A region with its path and children; regions outside the caller's scope do not exist for them (404). */
export async function region(ctx: AppContext, actor: Actor, code: string): Promise<RegionDetailDto> {
  const { tenant, counties } = await scopeOf(ctx, actor);
  const row = await repo.findRegion(ctx.db, code);
  if (!row || !isRegionVisible(code, tenant.regionCode, counties)) throw new AppError('NOT_FOUND');
  const children = (await repo.listChildren(ctx.db, code)).filter((c) =>
    isRegionVisible(c.code, tenant.regionCode, counties),
  );
  return { region: presentRegion(row), path: await pathOf(ctx, code), children: children.map(presentRegion) };
}

/** Searches regions by name or code prefix within the caller's scope. */
export async function searchRegions(ctx: AppContext, actor: Actor, q: string): Promise<RegionDto[]> {
  const { tenant, counties } = await scopeOf(ctx, actor);
  return (await repo.searchRegions(ctx.db, [tenant.regionCode, ...counties], q, 50)).map(presentRegion);
}
