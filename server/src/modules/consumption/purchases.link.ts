import type { DbOrTx } from '../../db/client';
import type { SourceLink } from '../ledger/records.produced';
import * as repo from './purchases.repository';

/** Where a produced consumption record links back to: the purchase list, opened on that purchase. */
export async function purchaseLink(db: DbOrTx, tenantId: string, id: string): Promise<SourceLink | null> {
  const w = await repo.findWide(db, tenantId, id);
  if (!w) return null;
  return { path: `/consumption/purchases?id=${id}`, title: `${w.productName} · ${w.supplierName}` };
}
