import type { QueryParams } from '../../../api/api-client';

/** Query keys of the funds module; `all` covers everything a money or stage change can affect. */
export const fundsKeys = {
  all: ['funds'] as const,
  projects: (q: QueryParams) => ['funds', 'projects', q] as const,
  project: (id: string) => ['funds', 'project', id] as const,
  rules: (year: number, q: QueryParams) => ['funds', 'rules', year, q] as const,
  payments: (q: QueryParams) => ['funds', 'payments', q] as const,
  payment: (id: string) => ['funds', 'payment', id] as const,
  receipts: (q: QueryParams) => ['funds', 'receipts', q] as const,
  findings: (q: QueryParams) => ['funds', 'findings', q] as const,
  finding: (id: string) => ['funds', 'finding', id] as const,
  overview: (year: number) => ['funds', 'overview', year] as const,
  settings: ['funds', 'settings'] as const,
};
