import { moneyWanValue } from '@xiezuo/domain';

/** 万元 with two decimals at most, grouped (1,234.5). */
export const wan = (fen: number, lang: 'zh' | 'en') =>
  moneyWanValue(fen).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });

/** A unit's share of its pledge in whole percent; null without a pledge. */
export const shareOf = (boughtFen: number, pledgeFen: number): number | null =>
  pledgeFen > 0 ? Math.round((boughtFen / pledgeFen) * 100) : null;

/** Pledge board rows ranked by share (then amount bought); units without a pledge last. Rank 1 is best. */
export function rankPledges<T extends { boughtFen: number; pledgeFen: number }>(items: T[]) {
  const scored = items.map((i) => ({ ...i, share: shareOf(i.boughtFen, i.pledgeFen) }));
  scored.sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || b.boughtFen - a.boughtFen);
  return scored.map((i, k) => ({ ...i, rank: k + 1 }));
}

/** The year to show: the one in the URL, else the latest year that has a plan, else this year. */
export function yearOf(param: string | null, years: number[]): number | null {
  const n = Number(param);
  if (param && Number.isInteger(n) && n >= 2000 && n <= 2100) return n;
  return years.length ? Math.max(...years) : null;
}
