import type { PairingApiQuery } from '../utils/pairing-filters';

/** Query keys of the pairings module; `all` covers everything a pairing or agreement change can affect. */
export const pairingsKeys = {
  all: ['pairings'] as const,
  list: (q: PairingApiQuery) => ['pairings', 'list', q] as const,
  one: (id: string) => ['pairings', 'one', id] as const,
  stats: (year: number | null) => ['pairings', 'stats', year ?? 'all'] as const,
  dormant: (months: number | null, asOf: string | null) =>
    ['pairings', 'dormant', months ?? 'default', asOf ?? 'today'] as const,
  agreements: (pairingId: string) => ['pairings', 'agreements', pairingId] as const,
  records: (pairingId: string, page: number) => ['pairings', 'records', pairingId, page] as const,
};
