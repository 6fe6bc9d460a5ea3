import { UNIT_TYPES, type UnitDto } from '@xiezuo/domain';

export type UnitType = UnitDto['type'];
export type UnitSide = UnitDto['side'];
export const UNIT_SORTS = ['sort', 'name', 'type'] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];
export const UNIT_PAGE_SIZES = [20, 50, 100] as const;

/** What the units URL holds. */
export type UnitFilters = {
  side: UnitSide | null;
  type: UnitType | null;
  member: boolean | null;
  q: string | null;
  sort: UnitSort;
  page: number;
  pageSize: number;
};

/** `GET /api/units` query: filters only when set; member as the 'true'/'false' the API takes. */
export type UnitApiQuery = {
  side?: UnitSide;
  type?: UnitType;
  member?: 'true' | 'false';
  q?: string;
  sort: UnitSort;
  page: number;
  pageSize: number;
};

function positive(v: string | null, fallback: number): number {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : fallback;
}

export function parseUnitFilters(p: URLSearchParams): UnitFilters {
  const size = positive(p.get('pageSize'), 50);
  const member = p.get('member');
  return {
    side: p.get('side') === 'east' ? 'east' : p.get('side') === 'west' ? 'west' : null,
    type: UNIT_TYPES.find((t) => t === p.get('type')) ?? null,
    member: member === 'true' ? true : member === 'false' ? false : null,
    q: p.get('q')?.trim().slice(0, 50) || null,
    sort: UNIT_SORTS.find((s) => s === p.get('sort')) ?? 'sort',
    page: positive(p.get('page'), 1),
    pageSize: (UNIT_PAGE_SIZES as readonly number[]).includes(size) ? size : 50,
  };
}

export function toUnitQuery(f: UnitFilters): UnitApiQuery {
  const q: UnitApiQuery = { sort: f.sort, page: f.page, pageSize: f.pageSize };
  if (f.side) q.side = f.side;
  if (f.type) q.type = f.type;
  if (f.member !== null) q.member = f.member ? 'true' : 'false';
  if (f.q) q.q = f.q;
  return q;
}

/** A table header click → the server sort (name, type; cleared → the configured order). */
export function unitSortFromTable(
  column: string | undefined,
  order: 'ascend' | 'descend' | null | undefined,
): UnitSort {
  if (!order) return 'sort';
  return column === 'name' || column === 'type' ? column : 'sort';
}
