import type { z } from 'zod';
import type { unitBody, UnitDto } from '@xiezuo/domain';

export type UnitFormValues = {
  code: string;
  name: string;
  type: UnitDto['type'];
  side: UnitDto['side'];
  regionCode?: string;
  creditCode?: string;
  isMember: boolean;
};
export type UnitBody = z.input<typeof unitBody>;
export type UnitPatch = Omit<Partial<UnitBody>, 'code'> & { version: number };

const nullIfBlank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The create body: trimmed text, the credit code upper-cased (as the server reads it), blanks as null. */
export function toUnitBody(v: UnitFormValues): UnitBody {
  return {
    code: v.code.trim(),
    name: v.name.trim(),
    type: v.type,
    side: v.side,
    regionCode: nullIfBlank(v.regionCode),
    creditCode: nullIfBlank(v.creditCode)?.toUpperCase() ?? null,
    isMember: v.isMember,
  };
}

/** The PATCH body: only what changed, with the version read (409 when someone saved in between). */
export function toUnitPatch(before: UnitDto, v: UnitFormValues): UnitPatch {
  const next = toUnitBody({ ...v, code: before.code });
  const patch: UnitPatch = { version: before.version };
  if (next.name !== before.name) patch.name = next.name;
  if (next.type !== before.type) patch.type = next.type;
  if (next.side !== before.side) patch.side = next.side;
  if (next.regionCode !== before.regionCode) patch.regionCode = next.regionCode;
  if (next.creditCode !== before.creditCode) patch.creditCode = next.creditCode;
  if (next.isMember !== before.isMember) patch.isMember = next.isMember;
  return patch;
}

export function toUnitFormValues(u: UnitDto): UnitFormValues {
  return {
    code: u.code,
    name: u.name,
    type: u.type,
    side: u.side,
    regionCode: u.regionCode ?? undefined,
    creditCode: u.creditCode ?? undefined,
    isMember: u.isMember,
  };
}

const UNIT_FIELDS = ['code', 'name', 'type', 'side', 'regionCode', 'creditCode', 'isMember'];

export function unitFieldFor(path: string): string[] | null {
  return UNIT_FIELDS.includes(path) ? [path] : null;
}
