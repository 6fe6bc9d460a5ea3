import { intParam } from '../../../app/use-url-params';

/** The page and filters of a funds list (payments, receipts, findings) as they stand in the URL. */
export function listParams(p: URLSearchParams, keys: readonly string[]) {
  const q: Record<string, string | number> = { page: intParam(p.get('page'), 1), pageSize: 20 };
  for (const k of keys) {
    const v = p.get(k);
    if (v) q[k] = v;
  }
  return q;
}
