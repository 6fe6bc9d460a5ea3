import { FUND_SOURCES, PROJECT_CATEGORIES, PROJECT_STAGES, type ProjectListQuery } from '@xiezuo/domain';
import { intParam } from '../../../app/use-url-params';

export const PAGE_SIZES = [20, 50, 100] as const;
export const SORTS = ['code', '-plannedFen', 'plannedFen', '-updatedAt', 'stage'] as const;
export type ProjectSort = (typeof SORTS)[number];

/** The project library's filters as they stand in the URL; anything unknown is dropped, not sent. */
export type ProjectFilters = {
  year: number | null;
  county: string | null;
  stage: string | null;
  category: string | null;
  source: string | null;
  q: string | null;
  page: number;
  pageSize: number;
  sort: ProjectSort;
};

const oneOf = (v: string | null, allowed: readonly string[]) => (v !== null && allowed.includes(v) ? v : null);

export function parseProjectFilters(p: URLSearchParams): ProjectFilters {
  const year = Number(p.get('year'));
  const size = intParam(p.get('pageSize'), 20);
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    county: /^\d{6}$/.test(p.get('county') ?? '') ? p.get('county') : null,
    stage: oneOf(p.get('stage'), PROJECT_STAGES),
    category: oneOf(p.get('category'), PROJECT_CATEGORIES),
    source: oneOf(p.get('source'), FUND_SOURCES),
    q: p.get('q')?.trim() || null,
    page: intParam(p.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
    sort: (oneOf(p.get('sort'), SORTS) ?? 'code') as ProjectSort,
  };
}

/** The `GET /api/projects` query of the filters (empty ones left out). */
export function toProjectQuery(f: ProjectFilters): Partial<Record<keyof ProjectListQuery, string | number>> {
  const q: Partial<Record<keyof ProjectListQuery, string | number>> = { page: f.page, pageSize: f.pageSize };
  if (f.sort !== 'code') q.sort = f.sort;
  for (const k of ['year', 'county', 'stage', 'category', 'source', 'q'] as const) {
    const v = f[k];
    if (v !== null) q[k] = v;
  }
  return q;
}

/** The export address of the filters (the whole filtered library, no paging). */
export function filtersHref(path: string, f: ProjectFilters): string {
  const q = new URLSearchParams();
  for (const k of ['year', 'county', 'stage', 'category', 'source', 'q'] as const) {
    const v = f[k];
    if (v !== null) q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** A table column's sort order under the URL's sort, and the URL's sort for a table's click. */
export function sortOrderOf(
  sort: ProjectSort,
  column: 'code' | 'plannedFen' | 'updatedAt' | 'stage',
): 'ascend' | 'descend' | null {
  if (column === 'plannedFen') return sort === 'plannedFen' ? 'ascend' : sort === '-plannedFen' ? 'descend' : null;
  if (column === 'updatedAt') return sort === '-updatedAt' ? 'descend' : null;
  return sort === column ? 'ascend' : null;
}

export function sortFromTable(column: string | undefined, order: 'ascend' | 'descend' | null | undefined) {
  if (!order || !column) return null;
  if (column === 'plannedFen') return order === 'ascend' ? 'plannedFen' : '-plannedFen';
  if (column === 'updatedAt') return '-updatedAt';
  return column === 'stage' ? 'stage' : null;
}
