import { z } from 'zod';

export const UNIT_TYPES = ['party_gov', 'street', 'community', 'school', 'hospital', 'enterprise', 'social_org', 'county_bureau', 'charity'] as const;
export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;

export const unitDto = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.enum(UNIT_TYPES),
  side: z.enum(['east', 'west']),
  regionCode: z.string().nullable(),
  creditCode: z.string().nullable(),
  isMember: z.boolean(),
  isIllustrative: z.boolean(),
  version: z.number().int(),
});
export type UnitDto = z.infer<typeof unitDto>;

export const regionDto = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
  side: z.enum(['east', 'west']),
  childCount: z.number().int().optional(),
});
export type RegionDto = z.infer<typeof regionDto>;

export const groupDto = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['leadership', 'working']),
  year: z.number().int(),
  leaderTitle: z.string().nullable(),
  leadUnit: unitDto.pick({ id: true, name: true }).nullable(),
  memberUnitIds: z.array(z.string()),
});
export type GroupDto = z.infer<typeof groupDto>;

export const countySummaryDto = z.object({
  code: z.string(),
  name: z.string(),
  parents: z.array(regionDto),
  townships: z.number().int(),
  villages: z.number().int(),
});
export type CountySummaryDto = z.infer<typeof countySummaryDto>;

export const orgOverviewDto = z.object({
  tenant: z.object({ id: z.string(), name: z.string(), regionCode: z.string() }),
  year: z.number().int().nullable(),
  east: regionDto.nullable(),
  counties: z.array(countySummaryDto),
  leadership: groupDto.nullable(),
  workingGroups: z.array(groupDto),
  units: z.array(unitDto),
});
export type OrgOverviewDto = z.infer<typeof orgOverviewDto>;

export const regionDetailDto = z.object({ region: regionDto, path: z.array(regionDto), children: z.array(regionDto) });
export type RegionDetailDto = z.infer<typeof regionDetailDto>;
