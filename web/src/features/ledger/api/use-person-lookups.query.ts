import { useEffect, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { PersonLookupDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { ApiError } from '../../../api/api-error';
import { ledgerKeys } from './ledger.keys';
import type { KnownPerson } from './ledger.types';

/**
 * At most this many rows are looked up: the server allows each user 30 lookups a minute (PERSON_LOOKUPS_PER_MINUTE),
 * so one roster must not use them all.
 */
export const LOOKUP_LIMIT = 20;
/** A name is sent for verification once the typing has paused this long. */
const NAME_PAUSE_MS = 600;

export type LookupState =
  | { status: 'pending' }
  | { status: 'known'; person: KnownPerson; nameMatch: boolean | null }
  /** Not within the caller's scope, or unknown: only whether the typed name matches (null: none typed). */
  | { status: 'verified'; nameMatch: boolean | null }
  | { status: 'limited' }
  | { status: 'failed' };

export type LookupEntry = { idNumber: string; name: string };

/** The value once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * `POST /api/persons/lookup` for each valid ID number with the name typed beside it (in the body, never the URL):
 * within the caller's scope the masked person, otherwise only whether the name matches. Results are kept briefly in
 * memory only.
 */
export function usePersonLookups(entries: readonly LookupEntry[]): Map<string, LookupState> {
  const wanted = new Map<string, string>();
  for (const e of entries) if (!wanted.has(e.idNumber) && wanted.size < LOOKUP_LIMIT) wanted.set(e.idNumber, e.name);
  const settled = useSettled(JSON.stringify([...wanted]), NAME_PAUSE_MS);
  const ids = (JSON.parse(settled) as [string, string][]).map(([idNumber, name]) => ({ idNumber, name: name.trim() }));
  const results = useQueries({
    queries: ids.map(({ idNumber, name }) => ({
      queryKey: [...ledgerKeys.person(idNumber), name],
      queryFn: () => api.post<PersonLookupDto>('/api/persons/lookup', name ? { idNumber, name } : { idNumber }),
      staleTime: 60_000,
      gcTime: 60_000,
      retry: false,
      meta: { handledErrors: 'all' as const },
    })),
  });
  const map = new Map<string, LookupState>();
  ids.forEach(({ idNumber }, i) => {
    const r = results[i]!;
    map.set(idNumber, stateOf(r));
  });
  for (const id of wanted.keys()) if (!map.has(id)) map.set(id, { status: 'pending' });
  return map;
}

function stateOf(r: { isPending: boolean; error: unknown; data: PersonLookupDto | undefined }): LookupState {
  if (r.isPending) return { status: 'pending' };
  if (r.error)
    return r.error instanceof ApiError && r.error.status === 429 ? { status: 'limited' } : { status: 'failed' };
  const d = r.data!;
  return d.person
    ? { status: 'known', person: d.person, nameMatch: d.nameMatch }
    : { status: 'verified', nameMatch: d.nameMatch };
}
