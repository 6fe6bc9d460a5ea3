import { DOCUMENT_KINDS, TASK_STATUSES, type DocumentKind, type TaskStatus } from '@xiezuo/domain';

export type TaskFilters = {
  year: number;
  group: string | null;
  unit: string | null;
  status: TaskStatus | null;
  kind: DocumentKind | null;
  document: string | null;
  q: string | null;
  page: number;
  pageSize: number;
};
export type TaskApiQuery = {
  year: number;
  group?: string;
  unit?: string;
  status?: TaskStatus;
  kind?: DocumentKind;
  document?: string;
  q?: string;
  page: number;
  pageSize: number;
};

export const TASK_PAGE_SIZES = [50, 100, 200] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the list's filters from the URL, ignoring anything malformed. Without a source the division is shown: it is
 * what the leadership group adopted; plans' own tasks are one filter away.
 */
export function parseTaskFilters(p: URLSearchParams, defaultYear: number): TaskFilters {
  const year = Number(p.get('year'));
  const page = Number(p.get('page'));
  const size = Number(p.get('pageSize'));
  const uuid = (k: string) => (UUID.test(p.get(k) ?? '') ? p.get(k) : null);
  const kind = p.get('kind');
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : defaultYear,
    group: p.get('group')?.match(/^[a-z_]{1,40}$/)?.[0] ?? null,
    unit: uuid('unit'),
    status: TASK_STATUSES.find((s) => s === p.get('status')) ?? null,
    kind:
      kind === 'all' ? null : (DOCUMENT_KINDS.find((k) => k === kind) ?? (uuid('document') ? null : 'task_division')),
    document: uuid('document'),
    q: p.get('q')?.trim().slice(0, 50) || null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (TASK_PAGE_SIZES as readonly number[]).includes(size) ? size : 50,
  };
}

export function toTaskQuery(f: TaskFilters): TaskApiQuery {
  const q: TaskApiQuery = { year: f.year, page: f.page, pageSize: f.pageSize };
  if (f.group) q.group = f.group;
  if (f.unit) q.unit = f.unit;
  if (f.status) q.status = f.status;
  if (f.kind) q.kind = f.kind;
  if (f.document) q.document = f.document;
  if (f.q) q.q = f.q;
  return q;
}
