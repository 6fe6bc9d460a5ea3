import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type UrlPatch = Record<string, string | number | null | undefined>;

/**
 * Selection state kept in the URL (so a view can be shared or reloaded): read with `get`, change with `update`.
 * Empty values remove the key. `push` adds a history entry (tab switches); filters replace the current one.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((key: string): string | null => params.get(key), [params]);
  const update = useCallback(
    (patch: UrlPatch, opts: { push?: boolean } = {}) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === null || v === undefined || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: !opts.push, preventScrollReset: true },
      );
    },
    [setParams],
  );
  return { params, get, update };
}

/** A positive integer from the URL, or the fallback. */
export function intParam(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
