import { SUPERVISION_KINDS, SUPERVISION_STATUSES, type SupervisionKind, type SupervisionStatus } from '@xiezuo/domain';

export type OrderFilters = {
  status: SupervisionStatus | null;
  kind: SupervisionKind | null;
  overdue: boolean;
  /** from the workbench: exactly the orders it counted as awaiting the caller */
  awaiting: 'respond' | 'close' | null;
  page: number;
  pageSize: number;
};
export type OrderApiQuery = {
  status?: SupervisionStatus;
  kind?: SupervisionKind;
  overdue?: 'true';
  awaiting?: 'respond' | 'close';
  page: number;
  pageSize: number;
};

export const ORDER_PAGE_SIZES = [20, 50, 100] as const;

/** Reads the list filters from the URL, ignoring anything malformed. */
export function parseOrderFilters(p: URLSearchParams): OrderFilters {
  const page = Number(p.get('page'));
  const size = Number(p.get('pageSize'));
  return {
    status: SUPERVISION_STATUSES.find((s) => s === p.get('status')) ?? null,
    kind: SUPERVISION_KINDS.find((k) => k === p.get('kind')) ?? null,
    overdue: p.get('overdue') === 'true',
    awaiting: (['respond', 'close'] as const).find((a) => a === p.get('awaiting')) ?? null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (ORDER_PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
  };
}

export function toOrderQuery(f: OrderFilters): OrderApiQuery {
  const q: OrderApiQuery = { page: f.page, pageSize: f.pageSize };
  if (f.status) q.status = f.status;
  if (f.kind) q.kind = f.kind;
  if (f.overdue) q.overdue = 'true';
  if (f.awaiting) q.awaiting = f.awaiting;
  return q;
}
