import { AWAITING, RECORD_STATUSES, RECORD_TYPE_CODES, type Awaiting, type RecordStatus } from '@xiezuo/domain';

export const RECORD_SORTS = ['-occurredOn', 'occurredOn', '-updatedAt', 'updatedAt', 'type', 'status'] as const;
export type RecordSort = (typeof RECORD_SORTS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;
export const FIRST_YEAR = 2017;

/** What the ledger list's URL holds. `awaiting` is the server's "awaiting me" filter (待我确认, 待审核, 异议). */
export type LedgerFilters = {
  year: number | null;
  period: string | null;
  type: string | null;
  county: string | null;
  unit: string | null;
  pairing: string | null;
  status: RecordStatus | null;
  sort: RecordSort;
  page: number;
  pageSize: number;
  awaiting: Awaiting | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

function positive(v: string | null, fallback: number): number {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Reads the filters from the URL, ignoring anything malformed; a period outside the chosen year is dropped. */
export function parseLedgerFilters(p: URLSearchParams, now = new Date()): LedgerFilters {
  const yearN = Number(p.get('year'));
  const year = Number.isInteger(yearN) && yearN >= FIRST_YEAR && yearN <= now.getFullYear() + 1 ? yearN : null;
  const periodRaw = p.get('period');
  const period =
    periodRaw && PERIOD.test(periodRaw) && (year === null || periodRaw.startsWith(String(year))) ? periodRaw : null;
  const size = positive(p.get('pageSize'), 20);
  const pick = (key: string, ok: (v: string) => boolean) => {
    const v = p.get(key);
    return v && ok(v) ? v : null;
  };
  return {
    year,
    period,
    type: pick('type', (v) => RECORD_TYPE_CODES.includes(v)),
    county: pick('county', (v) => /^\d{6}$/.test(v)),
    unit: pick('unit', (v) => UUID.test(v)),
    pairing: pick('pairing', (v) => UUID.test(v)),
    status: RECORD_STATUSES.find((s) => s === p.get('status')) ?? null,
    sort: RECORD_SORTS.find((s) => s === p.get('sort')) ?? '-occurredOn',
    page: positive(p.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
    // `1` is what links made before the server filtered by kind say
    awaiting: p.get('awaiting') === '1' ? 'confirm' : (AWAITING.find((a) => a === p.get('awaiting')) ?? null),
  };
}

/** The query for GET /api/records; "awaiting me" is filtered by the server, so its total is the true one. */
export function toRecordQuery(f: LedgerFilters): Record<string, string | number | undefined> {
  return {
    awaiting: f.awaiting ?? undefined,
    year: f.year ?? undefined,
    period: f.period ?? undefined,
    type: f.type ?? undefined,
    county: f.county ?? undefined,
    unit: f.unit ?? undefined,
    pairing: f.pairing ?? undefined,
    status: f.awaiting ? undefined : (f.status ?? undefined),
    sort: f.sort,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** Years a record may fall in, newest first. */
export function yearOptions(now = new Date()): number[] {
  const out: number[] = [];
  for (let y = now.getFullYear(); y >= FIRST_YEAR; y--) out.push(y);
  return out;
}

export type PeriodOption = { value: string; kind: 'year' | 'quarter' | 'month'; n: number };

/** The year itself, its four quarters and twelve months (the period keys the API and period closing use). */
export function periodOptions(year: number): PeriodOption[] {
  return [
    { value: String(year), kind: 'year', n: year },
    ...[1, 2, 3, 4].map((q) => ({ value: `${year}-Q${q}`, kind: 'quarter' as const, n: q })),
    ...Array.from({ length: 12 }, (_, i) => ({
      value: `${year}-${String(i + 1).padStart(2, '0')}`,
      kind: 'month' as const,
      n: i + 1,
    })),
  ];
}

/** antd's column sort order for a column, from the URL's sort. */
export function sortOrderOf(
  sort: RecordSort,
  column: 'occurredOn' | 'updatedAt' | 'type' | 'status',
): 'ascend' | 'descend' | null {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

/** The URL's sort after a click on a column header (null: back to the default, newest first). */
export function sortFromTable(
  column: string | undefined,
  order: 'ascend' | 'descend' | null | undefined,
): RecordSort | null {
  if (!order || !column) return null;
  const s = order === 'descend' ? `-${column}` : column;
  const found = RECORD_SORTS.find((x) => x === s);
  return found && found !== '-occurredOn' ? found : null;
}
