/** Query keys of the ledger module. */
export const ledgerKeys = {
  all: ['ledger'] as const,
  records: ['ledger', 'records'] as const,
  list: (q: Record<string, unknown>) => ['ledger', 'records', 'list', q] as const,
  record: (id: string) => ['ledger', 'records', 'one', id] as const,
  units: (side: 'east' | 'west') => ['ledger', 'units', side] as const,
  pairings: (county: string) => ['ledger', 'pairings', county] as const,
  // the ID number sits only in this in-memory cache key (short gcTime), never in a URL
  person: (idNumber: string) => ['ledger', 'person', idNumber] as const,
  periods: ['ledger', 'periods'] as const,
  allUnlocks: ['ledger', 'unlocks'] as const,
  unlocks: (status: string | null) => ['ledger', 'unlocks', status ?? 'all'] as const,
};
