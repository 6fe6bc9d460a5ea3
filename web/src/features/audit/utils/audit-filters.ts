import dayjs from 'dayjs';
import { AUDIT_OUTCOMES, type AuditOutcome } from '@xiezuo/domain';

/** What the URL holds: dates as YYYY-MM-DD (local days), everything else as the API expects it. */
export type AuditFilters = {
  page: number;
  pageSize: number;
  from: string | null;
  to: string | null;
  action: string | null;
  outcome: AuditOutcome | null;
  q: string | null;
  order: 'asc' | 'desc';
};

export type AuditApiQuery = {
  page: number;
  pageSize: number;
  from?: string;
  to?: string;
  action?: string;
  outcome?: AuditOutcome;
  q?: string;
  order: 'asc' | 'desc';
};

export const PAGE_SIZES = [20, 50, 100] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function positive(v: string | null, fallback: number): number {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : fallback;
}

function day(v: string | null): string | null {
  return v && DAY.test(v) && dayjs(v).isValid() ? v : null;
}

/** Reads the filters from the URL, ignoring anything malformed. */
export function parseAuditFilters(p: URLSearchParams): AuditFilters {
  const size = positive(p.get('pageSize'), 20);
  const outcome = AUDIT_OUTCOMES.find((o) => o === p.get('outcome')) ?? null;
  return {
    page: positive(p.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
    from: day(p.get('from')),
    to: day(p.get('to')),
    action: p.get('action') || null,
    outcome,
    q: p.get('q')?.trim() || null,
    order: p.get('order') === 'asc' ? 'asc' : 'desc',
  };
}

/** The API query: a date range covers whole local days, sent as ISO instants with offset. */
export function toAuditQuery(f: AuditFilters): AuditApiQuery {
  const q: AuditApiQuery = { page: f.page, pageSize: f.pageSize, order: f.order };
  if (f.from) q.from = dayjs(f.from).startOf('day').toISOString();
  if (f.to) q.to = dayjs(f.to).endOf('day').toISOString();
  if (f.action) q.action = f.action;
  if (f.outcome) q.outcome = f.outcome;
  if (f.q) q.q = f.q;
  return q;
}
