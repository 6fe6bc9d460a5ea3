/** Query keys of the consumption module; `all` covers everything a purchase or pledge change can affect. */
export const consumptionKeys = {
  all: ['consumption'] as const,
  dashboard: (year: number) => ['consumption', 'dashboard', year] as const,
  pledges: (year: number) => ['consumption', 'pledges', year] as const,
  purchases: (q: Record<string, string | number | boolean | undefined>) => ['consumption', 'purchases', q] as const,
  suppliers: (asOf: string) => ['consumption', 'suppliers', asOf] as const,
  products: (q: Record<string, string | number | boolean | undefined>) => ['consumption', 'products', q] as const,
};
