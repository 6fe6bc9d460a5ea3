import type { GroupDto } from '@xiezuo/domain';
import type { GroupBody, GroupPatch } from '../api/use-save-group.mutation';

export type GroupFormValues = {
  code?: string;
  name: string;
  leaderTitle?: string;
  leadUnitId?: string;
  memberUnitIds: string[];
};

export function toGroupFormValues(g: GroupDto): GroupFormValues {
  return {
    code: g.code,
    name: g.name,
    leaderTitle: g.leaderTitle ?? undefined,
    leadUnitId: g.leadUnit?.id,
    memberUnitIds: g.memberUnitIds,
  };
}

/** The create body for a working group of the year; the lead unit is a member by rule (the server adds it). */
export function toGroupBody(year: number, v: GroupFormValues): GroupBody {
  return {
    year,
    code: (v.code ?? '').trim(),
    name: v.name.trim(),
    leadUnitId: v.leadUnitId ?? '',
    memberUnitIds: v.memberUnitIds.filter((id) => id !== v.leadUnitId),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The PATCH body: only what changed, with the version read. */
export function toGroupPatch(before: GroupDto, v: GroupFormValues): GroupPatch {
  const patch: GroupPatch = { version: before.version };
  if (v.name.trim() !== before.name) patch.name = v.name.trim();
  if (v.leadUnitId && v.leadUnitId !== before.leadUnit?.id) patch.leadUnitId = v.leadUnitId;
  const title = v.leaderTitle?.trim() || null;
  if (before.kind === 'leadership' && title !== before.leaderTitle) patch.leaderTitle = title;
  if (!sameSet(v.memberUnitIds, before.memberUnitIds)) patch.memberUnitIds = v.memberUnitIds;
  return patch;
}
