/** Query keys of the plans page; `all` covers every plan and the list of years. */
export const plansKeys = {
  all: ['plans'] as const,
  list: ['plans', 'list'] as const,
  years: ['plans', 'years'] as const,
  plan: (year: number) => ['plans', 'plan', year] as const,
  recordTypes: ['plans', 'record-types'] as const,
};
