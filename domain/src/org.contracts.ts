import { z } from 'zod';
import { paging } from './page';

export const UNIT_TYPES = [
  'party_gov',
  'street',
  'community',
  'school',
  'hospital',
  'enterprise',
  'social_org',
  'county_bureau',
  'charity',
] as const;
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
  version: z.number().int(),
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

export const unitListQuery = z.object({
  side: z.enum(['east', 'west']).optional(),
  type: z.enum(UNIT_TYPES).optional(),
  member: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(50).optional(),
  ...paging(50, 500),
  sort: z.enum(['name', 'type', 'sort']).default('sort'),
});

export const groupBody = z.object({
  year: z.number().int().min(2000).max(2100),
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/),
  name: z.string().trim().min(1).max(100),
  leadUnitId: z.uuid(),
  memberUnitIds: z.array(z.uuid()).max(200).default([]),
});

export const groupPatchBody = z.object({
  version: z.number().int(),
  name: z.string().trim().min(1).max(100).optional(),
  leadUnitId: z.uuid().optional(),
  leaderTitle: z.string().trim().max(100).nullable().optional(),
  memberUnitIds: z.array(z.uuid()).max(200).optional(),
});

export const copyYearBody = z.object({ fromYear: z.number().int().min(2000).max(2100) });
