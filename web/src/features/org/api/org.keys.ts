/** Query keys of the organisation module. */
export const orgKeys = {
  all: ['org'] as const,
  overview: (year: number | null) => ['org', 'overview', year ?? 'latest'] as const,
  region: (code: string) => ['org', 'region', code] as const,
  regionSearch: (q: string) => ['org', 'region-search', q] as const,
};
