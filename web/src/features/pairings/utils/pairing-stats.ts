import { PAIRING_KINDS, type PairingKind } from '@xiezuo/domain';

export type StatsRow = { kind: PairingKind; countyCode: string; countyName: string; count: number };
export type CountyStats = { code: string; name: string; total: number; byKind: Partial<Record<PairingKind, number>> };
/** Pairing counts arranged by county, with the kinds that occur and the totals. */
export type StatsPivot = {
  counties: CountyStats[];
  kinds: PairingKind[];
  byKind: Partial<Record<PairingKind, number>>;
  total: number;
};

/**
 * Pivots `GET /api/pairings/stats` rows by county. `known` lists the counties in the caller's scope so one without
 * pairings still appears (with zero); counties only the stats mention follow in code order.
 */
export function pivotStats(
  rows: readonly StatsRow[],
  known: readonly { code: string; name: string }[] = [],
): StatsPivot {
  const byCode = new Map<string, CountyStats>();
  for (const c of known) byCode.set(c.code, { code: c.code, name: c.name, total: 0, byKind: {} });
  const extra = [...new Set(rows.map((r) => r.countyCode))].filter((c) => !byCode.has(c)).sort();
  for (const code of extra)
    byCode.set(code, { code, name: rows.find((r) => r.countyCode === code)!.countyName, total: 0, byKind: {} });
  const byKind: Partial<Record<PairingKind, number>> = {};
  let total = 0;
  for (const r of rows) {
    const c = byCode.get(r.countyCode)!;
    c.byKind[r.kind] = (c.byKind[r.kind] ?? 0) + r.count;
    c.total += r.count;
    byKind[r.kind] = (byKind[r.kind] ?? 0) + r.count;
    total += r.count;
  }
  return { counties: [...byCode.values()], kinds: PAIRING_KINDS.filter((k) => (byKind[k] ?? 0) > 0), byKind, total };
}

/** One colour per county, in the order the counties come, so bar and map agree. */
export const COUNTY_COLORS = ['#1f5fbf', '#c2410c', '#15803d', '#7c3aed', '#0e7490'] as const;

export function countyColor(index: number): string {
  return COUNTY_COLORS[index % COUNTY_COLORS.length]!;
}

/** Escapes text placed into an ECharts HTML tooltip. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
