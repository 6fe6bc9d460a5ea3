import type { Destination, MatchFactor, MatchWeights } from './labour.contracts';

/**
 * Explainable matching of workers and posts. Only job-related facts are factors; ethnicity, gender and religion
 * are never read, and age only where the post states a legal limit (a filter, not a score).
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  destination: 3,
  skills: 3,
  wage: 2,
  distance: 1,
  availability: 1,
  contacted: -1,
};
export const DEFAULT_WEEKLY_CAP = 3;

export type MatchPost = {
  destination: Destination;
  regionCode: string;
  skills: readonly string[];
  wageMaxFen: number;
  startOn: string;
};
export type MatchWorker = {
  wish: Destination;
  countyCode: string;
  skills: readonly string[];
  wishedWageFen: number | null;
  availableFrom: string | null;
  /** already pushed this post or applied to it */
  isContacted: boolean;
};
export type MatchReason = { factor: MatchFactor; weight: number; value: number };

/** The destination of a post by its place: a county of the tenant is near home, 12xxxx is Tianjin, else elsewhere. */
export function destinationOf(regionCode: string, counties: readonly string[]): Destination {
  if (counties.includes(regionCode)) return 'near_home';
  return regionCode.startsWith('12') ? 'tianjin' : 'elsewhere';
}

/** Each factor's value in [0, 1]: the same formulas the database ranks with (labour matching SQL). */
export function factorValues(p: MatchPost, w: MatchWorker): Record<MatchFactor, number> {
  const wanted = new Set(p.skills);
  const overlap = w.skills.filter((s) => wanted.has(s)).length;
  return {
    destination: w.wish === p.destination ? 1 : 0,
    skills: wanted.size ? Math.round((overlap / wanted.size) * 100) / 100 : 1,
    wage: w.wishedWageFen === null || w.wishedWageFen <= p.wageMaxFen ? 1 : 0,
    distance: w.countyCode === p.regionCode ? 1 : w.countyCode.slice(0, 2) === p.regionCode.slice(0, 2) ? 0.5 : 0,
    availability: w.availableFrom === null || w.availableFrom <= p.startOn ? 1 : 0,
    contacted: w.isContacted ? 1 : 0,
  };
}

/** The score and its reasons (each factor with its weight and value), rounded to 2 decimals. */
export function scoreMatch(
  p: MatchPost,
  w: MatchWorker,
  weights: MatchWeights,
): { score: number; reasons: MatchReason[] } {
  const values = factorValues(p, w);
  const reasons = (Object.keys(values) as MatchFactor[]).map((factor) => ({
    factor,
    weight: weights[factor],
    value: values[factor],
  }));
  const score = reasons.reduce((s, r) => s + r.weight * r.value, 0);
  return { score: Math.round(score * 100) / 100, reasons };
}
