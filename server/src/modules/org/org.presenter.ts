import type { GroupDto, RegionDto, UnitDto } from '@xiezuo/domain';
import type { RegionRow, UnitRow } from './org.repository';
import type { orgGroups } from '../../db/schema';

export function presentUnit(u: UnitRow): UnitDto {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    type: u.type,
    side: u.side,
    regionCode: u.regionCode,
    creditCode: u.creditCode,
    isMember: u.isMember,
    isIllustrative: u.isIllustrative,
    version: u.version,
  };
}

export function presentRegion(r: RegionRow & { childCount?: number }): RegionDto {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parentCode,
    side: r.side,
    ...(r.childCount !== undefined ? { childCount: r.childCount } : {}),
  };
}

export function presentGroup(
  g: typeof orgGroups.$inferSelect,
  unitsById: Map<string, UnitRow>,
  memberIds: string[],
): GroupDto {
  const lead = g.leadUnitId ? unitsById.get(g.leadUnitId) : undefined;
  return {
    id: g.id,
    version: g.version,
    code: g.code,
    name: g.name,
    kind: g.kind,
    year: g.year,
    leaderTitle: g.leaderTitle,
    leadUnit: lead ? { id: lead.id, name: lead.name } : null,
    memberUnitIds: memberIds,
  };
}
