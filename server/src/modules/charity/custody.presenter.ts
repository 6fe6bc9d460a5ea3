import type { ClaimDto, DonorDto, ReceiptDto, TransferDto } from '@xiezuo/domain';
import type { Actor } from '../../http/context';
import { canConfirmTransfer } from './charity.policy';
import type { ClaimView, DonorRow, ReceiptRow, TransferRow } from './custody.repository';

export const presentDonor = (d: DonorRow): DonorDto => ({
  id: d.id,
  kind: d.kind,
  name: d.name,
  creditCode: d.creditCode,
  isHonoured: d.isHonoured,
  hasAccount: d.accountId !== null,
});

export const presentClaim = (c: ClaimView): ClaimDto => ({
  id: c.id,
  needId: c.needId,
  needTitle: c.needTitle,
  needKind: c.needKind,
  countyCode: c.countyCode,
  countyName: c.countyName,
  donorId: c.donorId,
  donorName: c.donorName,
  amountFen: c.amountFen,
  status: c.status,
  reservedUntil: c.reservedUntil.toISOString(),
  receiptId: c.receiptId,
  receiptNo: c.receiptNo,
  transferId: c.transferId,
  createdAt: c.createdAt.toISOString(),
});

export const presentReceipt = (r: ReceiptRow & { donorName: string }, claims: readonly ClaimView[]): ReceiptDto => ({
  id: r.id,
  receiptNo: r.receiptNo,
  donorId: r.donorId,
  donorName: r.donorName,
  amountFen: r.amountFen,
  form: r.form,
  valuationNote: r.valuationNote,
  bankRef: r.bankRef,
  receivedOn: r.receivedOn,
  claims: claims.map((c) => ({ id: c.id, needId: c.needId, amountFen: c.amountFen, countyCode: c.countyCode })),
  recordedAt: r.createdAt.toISOString(),
  verifyCode: r.verifyCode,
  digest: r.digest,
});

export const presentTransfer = (
  t: TransferRow & { countyName: string },
  lines: readonly (ClaimView & { recordId: string | null })[],
  actor: Actor,
): TransferDto => ({
  id: t.id,
  batchNo: t.batchNo,
  countyCode: t.countyCode,
  countyName: t.countyName,
  amountFen: t.amountFen,
  transferredOn: t.transferredOn,
  status: t.status,
  confirmedAt: t.confirmedAt?.toISOString() ?? null,
  lines: lines.map((c) => ({
    claimId: c.id,
    needId: c.needId,
    needTitle: c.needTitle,
    amountFen: c.amountFen,
    recordId: c.recordId,
  })),
  version: t.version,
  abilities: { confirm: canConfirmTransfer(actor, t) },
  verifyCode: t.verifyCode,
  digest: t.digest,
});
