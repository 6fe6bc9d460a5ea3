import { inArray } from 'drizzle-orm';
import {
  DEFAULT_FUND_SETTINGS,
  fundSettings as settingsSchema,
  matchReceipts,
  type FundSettings,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { fundPaymentLines } from '../../db/schema';
import type { RequestMeta } from '../../http/context';
import type { Producer } from '../ledger/records.produce';
import { confirmPaymentRecords } from './fund-records';
import * as money from './money.repository';
import * as repo from './projects.repository';

/** The tenant's funds settings, the defaults filling anything not stored. */
export async function settingsOf(db: DbOrTx, tenantId: string): Promise<FundSettings> {
  const row = await money.findSettings(db, tenantId);
  return settingsSchema.parse({ ...DEFAULT_FUND_SETTINGS, ...(row?.settings ?? {}) });
}

/**
 * Matches the unmatched receipts and confirmed payments of some counties, inside the caller's transaction (a
 * receipt recorded, a statement imported, a payment confirmed): the pairs are stored, each matched payment's ledger
 * records confirmed (the county's receipt is its confirmation), its projects' money recomputed and those still at
 * `allocated` moved to `received`. Rows are locked, so two matchings of one county run one after the other.
 */
export async function matchCounties(
  tx: DbOrTx,
  by: Producer,
  meta: RequestMeta | null,
  counties: string[],
): Promise<{ matched: number }> {
  const settings = await settingsOf(tx, by.tenantId);
  const payments = await money.unmatchedPayments(tx, by.tenantId, counties);
  if (!payments.length) return { matched: 0 };
  const receipts = await money.unmatchedReceipts(tx, by.tenantId, counties);
  const pairs = matchReceipts(
    payments,
    receipts.map((r) => ({
      id: r.id,
      countyCode: r.countyCode,
      receivedOn: r.receivedOn,
      amountFen: r.amountFen,
      voucher: r.voucher,
      projectId: r.projectId,
    })),
    { toleranceFen: settings.matchToleranceFen, windowDays: settings.matchWindowDays },
  );
  if (!pairs.length) return { matched: 0 };
  await money.setMatches(tx, pairs);
  const paymentIds = pairs.map((p) => p.paymentId);
  const lines = await linesOfPayments(tx, paymentIds);
  await confirmPaymentRecords(
    tx,
    by,
    meta,
    lines.map((l) => l.id),
  );
  const projectIds = [...new Set(lines.map((l) => l.projectId))];
  await money.recomputeProjectMoney(tx, projectIds);
  await moveAllocatedToReceived(tx, by, projectIds);
  return { matched: pairs.length };
}

async function linesOfPayments(tx: DbOrTx, paymentIds: string[]) {
  const out: { id: string; projectId: string }[] = [];
  for (let i = 0; i < paymentIds.length; i += 5000)
    out.push(
      ...(await tx
        .select({ id: fundPaymentLines.id, projectId: fundPaymentLines.projectId })
        .from(fundPaymentLines)
        .where(inArray(fundPaymentLines.paymentId, paymentIds.slice(i, i + 5000)))),
    );
  return out;
}

/** Projects whose money reached the county move from allocated to received, each with its event. */
async function moveAllocatedToReceived(tx: DbOrTx, by: Producer, projectIds: string[]) {
  const moved = await repo.moveStage(tx, by.tenantId, projectIds, 'allocated', 'received');
  await repo.insertEvents(
    tx,
    moved.map((projectId) => ({
      tenantId: by.tenantId,
      projectId,
      action: 'receive',
      fromStage: 'allocated',
      toStage: 'received',
      userId: by.userId,
    })),
  );
}
