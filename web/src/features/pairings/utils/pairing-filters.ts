import { PAIRING_KINDS, PAIRING_STATUSES, type PairingKind, type PairingStatus } from '@xiezuo/domain';

/** Sort orders `GET /api/pairings` accepts; only the start date sorts both ways. */
export const PAIRING_SORTS = ['-startDate', 'startDate', 'kind', 'county', 'east'] as const;
export type PairingSort = (typeof PAIRING_SORTS)[number];
export const DEFAULT_SORT: PairingSort = '-startDate';
export const PAIRING_PAGE_SIZES = [20, 50, 100] as const;

/** What the list URL holds; null means "not filtered". */
export type PairingFilters = {
  kind: PairingKind | null;
  county: string | null;
  unit: string | null;
  status: PairingStatus | null;
  year: number | null;
  q: string | null;
  sort: PairingSort;
  page: number;
  pageSize: number;
};

/** The list query as the API takes it (filters left out when unset). */
export type PairingApiQuery = {
  kind?: PairingKind;
  county?: string;
  unit?: string;
  status?: PairingStatus;
  year?: number;
  q?: string;
  sort: PairingSort;
  page: number;
  pageSize: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(list: readonly T[], v: string | null): T | null {
  return list.find((x) => x === v) ?? null;
}

/** A plan year between 2000 and 2100, else null. */
export function parseYear(v: string | null): number | null {
  const n = Number(v);
  return v !== null && v !== '' && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}

function positive(v: string | null, fallback: number): number {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Reads the list filters from the URL, ignoring anything the API would refuse. */
export function parsePairingFilters(p: URLSearchParams): PairingFilters {
  const size = positive(p.get('pageSize'), 20);
  const county = p.get('county');
  const unit = p.get('unit');
  const q = p.get('q')?.trim().slice(0, 50);
  return {
    kind: oneOf(PAIRING_KINDS, p.get('kind')),
    county: county && /^\d{6}$/.test(county) ? county : null,
    unit: unit && UUID.test(unit) ? unit : null,
    status: oneOf(PAIRING_STATUSES, p.get('status')),
    year: parseYear(p.get('year')),
    q: q || null,
    sort: oneOf(PAIRING_SORTS, p.get('sort')) ?? DEFAULT_SORT,
    page: positive(p.get('page'), 1),
    pageSize: (PAIRING_PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
  };
}

/** The filters without paging and sorting (what the export takes). */
export function filterParams(f: PairingFilters): Omit<PairingApiQuery, 'sort' | 'page' | 'pageSize'> {
  const q: Omit<PairingApiQuery, 'sort' | 'page' | 'pageSize'> = {};
  if (f.kind) q.kind = f.kind;
  if (f.county) q.county = f.county;
  if (f.unit) q.unit = f.unit;
  if (f.status) q.status = f.status;
  if (f.year) q.year = f.year;
  if (f.q) q.q = f.q;
  return q;
}

export function toPairingQuery(f: PairingFilters): PairingApiQuery {
  return { ...filterParams(f), sort: f.sort, page: f.page, pageSize: f.pageSize };
}

/** `GET /api/pairings/export.xlsx` under the same filters as the list, as a link target. */
export function exportHref(f: PairingFilters): string {
  const params = new URLSearchParams(Object.entries(filterParams(f)).map(([k, v]) => [k, String(v)]));
  const qs = params.toString();
  return `/api/pairings/export.xlsx${qs ? `?${qs}` : ''}`;
}

export type SortableColumn = 'startDate' | 'kind' | 'county' | 'east';
export type AntdOrder = 'ascend' | 'descend' | null;

/** The order a column shows for the current sort. */
export function columnOrder(sort: PairingSort, column: SortableColumn): AntdOrder {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

/** The sort a table header click asks for; a cleared sort goes back to the default (newest first). */
export function sortFromTable(column: string | undefined, order: AntdOrder): PairingSort {
  if (!order || !column) return DEFAULT_SORT;
  if (column === 'startDate') return order === 'descend' ? '-startDate' : 'startDate';
  return oneOf(PAIRING_SORTS, column) ?? DEFAULT_SORT;
}
