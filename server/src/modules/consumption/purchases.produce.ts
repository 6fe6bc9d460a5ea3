import { LEDGER_CHANNEL, type BuyerKind } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { AppContext, RequestMeta } from '../../http/context';
import { produceRecord, type Producer } from '../ledger/records.produce';
import * as repo from './purchases.repository';

const BUYER_PREFIX: Record<BuyerKind, string> = { unit: '', enterprise: '', union: '工会：', individuals: '个人：' };

/**
 * Writes the ledger's consumption_purchase record of a purchase (submitted while it awaits the county, confirmed
 * after). The engine counts only that record: amountFen counts when certified, and `enterprises` / `quantity`
 * (suppliers and product kinds) are 1 only on the first counted purchase of the year from that supplier / of that
 * product, so their sums are distinct counts rather than typed totals.
 */
export async function producePurchaseRecord(
  tx: DbOrTx,
  ctx: AppContext,
  by: Producer,
  meta: RequestMeta | null,
  w: repo.PurchaseWide,
  ledgerUnitId: string,
  buyerLabel: string,
) {
  const p = w.p;
  // Only a confirmed, counted purchase may be a supplier's or a product's first of the year.
  const earlier =
    p.status === 'confirmed' && p.isCounted
      ? await repo.earlierCounted(tx, p, w.supplierId)
      : { product: true, supplier: true };
  return produceRecord(tx, ctx, by, meta, {
    type: 'consumption_purchase',
    occurredOn: p.purchasedOn,
    eastUnitId: ledgerUnitId,
    countyCode: w.countyCode,
    values: {
      buyer: `${BUYER_PREFIX[p.buyerKind]}${buyerLabel}`.slice(0, 200),
      channel: LEDGER_CHANNEL[p.channel],
      supplier: w.supplierName,
      enterprises: earlier.supplier ? 0 : 1,
      quantity: earlier.product ? 0 : 1,
      amountFen: p.amountFen,
      certified: p.isCounted,
    },
    note: `${w.productName}${p.orderNo ? ` · ${p.platform ?? ''} ${p.orderNo}` : ''}`.slice(0, 500),
    status: p.status,
    source: { type: 'consumption_purchase', id: p.id },
  });
}
