import {
  WARNING_KINDS,
  WARNING_SEVERITIES,
  type WarningDto,
  type WarningKind,
  type WarningSeverity,
} from '@xiezuo/domain';

/** What the warnings page keeps in the URL. */
export type WarningFilters = {
  year: number | null;
  asOf: string | null;
  kind: WarningKind | null;
  severity: WarningSeverity | null;
  county: string | null;
  page: number;
};

export type WarningApiQuery = { year: number; asOf?: string; kind?: WarningKind; county?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function year(v: string | null): number | null {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}

/** Reads the filters from the URL, ignoring anything malformed. */
export function parseWarningFilters(p: URLSearchParams): WarningFilters {
  const page = Number(p.get('page'));
  return {
    year: year(p.get('year')),
    asOf: p.get('asOf') && DAY.test(p.get('asOf')!) ? p.get('asOf') : null,
    kind: WARNING_KINDS.find((k) => k === p.get('kind')) ?? null,
    severity: WARNING_SEVERITIES.find((s) => s === p.get('severity')) ?? null,
    county: /^\d{6}$/.test(p.get('county') ?? '') ? p.get('county') : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The API query (severity is filtered here: the list is small and already in memory). */
export function toWarningQuery(f: WarningFilters, year: number): WarningApiQuery {
  const q: WarningApiQuery = { year };
  if (f.asOf) q.asOf = f.asOf;
  if (f.kind) q.kind = f.kind;
  if (f.county) q.county = f.county;
  return q;
}

/** Critical first, then by kind in the declared order, then the longest open first; the server's order otherwise kept. */
export function sortWarnings(items: readonly WarningDto[], severity: WarningSeverity | null): WarningDto[] {
  const rank = (w: WarningDto) => (w.severity === 'critical' ? 0 : 1);
  return items
    .filter((w) => severity === null || w.severity === severity)
    .map((w, i) => ({ w, i }))
    .sort(
      (a, b) =>
        rank(a.w) - rank(b.w) ||
        WARNING_KINDS.indexOf(a.w.kind) - WARNING_KINDS.indexOf(b.w.kind) ||
        (b.w.daysOpen ?? 0) - (a.w.daysOpen ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.w);
}

/** How many warnings of each severity. */
export function severityCounts(items: readonly WarningDto[]): Record<WarningSeverity, number> {
  return {
    critical: items.filter((w) => w.severity === 'critical').length,
    warning: items.filter((w) => w.severity === 'warning').length,
  };
}

/**
 * The web page a warning points at. Indicator warnings open the progress view on that indicator (and county) with
 * its records; record and pairing warnings their own pages; anything else the server's link.
 */
export function warningHref(
  w: Pick<WarningDto, 'indicatorCode' | 'countyCode' | 'recordId' | 'pairingId' | 'link'>,
  year: number,
  asOf: string | null,
): string {
  if (w.indicatorCode) {
    const q = new URLSearchParams({ year: String(year) });
    if (asOf) q.set('asOf', asOf);
    q.set('ind', w.indicatorCode);
    q.set('drill', w.indicatorCode);
    if (w.countyCode) q.set('dc', w.countyCode);
    return `/dashboard?${q.toString()}`;
  }
  if (w.recordId) return `/ledger/${w.recordId}`;
  if (w.pairingId) return `/pairings/${w.pairingId}`;
  return w.link.startsWith('/') && !w.link.startsWith('//') ? w.link : '/';
}
