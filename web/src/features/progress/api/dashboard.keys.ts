import type { DrillPart, DrillWhich, ProgressApiQuery } from '../utils/dashboard-params';

export type DrillApiQuery = {
  asOf: string;
  county?: string;
  group?: string;
  unit?: string;
  part: DrillPart;
  which: DrillWhich;
};

/** Query keys of the progress views; `all` covers everything a confirmed record can move. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  progress: (year: number, q: ProgressApiQuery) => ['dashboard', 'progress', year, q] as const,
  plan: (year: number) => ['dashboard', 'plan', year] as const,
  drill: (year: number, code: string, q: DrillApiQuery) => ['dashboard', 'drill', year, code, q] as const,
};
