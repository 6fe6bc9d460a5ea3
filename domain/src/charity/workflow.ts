/**
 * The charity platform's state machines (扶贫公益平台): a need from draft to delivery, and a claim from reservation to
 * the county's confirmation. Hand actions are listed in NEED_TRANSITIONS; claimed, funded and delivered follow from
 * claims, receipts and deliveries (`needStatusAfter`), never from a button.
 */
export const NEED_KINDS = ['wish', 'schooling', 'medical', 'production', 'village'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const BENEFICIARY_KINDS = ['household', 'student', 'patient', 'village', 'cooperative'] as const;
export type BeneficiaryKind = (typeof BENEFICIARY_KINDS)[number];
/** Beneficiaries that are people: their identity is held encrypted and counts against the yearly cap. */
export const PERSON_BENEFICIARIES: readonly BeneficiaryKind[] = ['household', 'student', 'patient'];

export const NEED_STATUSES = ['draft', 'verified', 'published', 'claimed', 'funded', 'delivered', 'cancelled'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_ACTIONS = ['verify', 'return', 'publish', 'cancel'] as const;
export type NeedAction = (typeof NEED_ACTIONS)[number];

type NeedTransition = { from: readonly NeedStatus[]; to: NeedStatus; needsReason: boolean; checker: boolean };
/** `checker`: the action must be taken by someone other than the need's maker (maker–checker). */
export const NEED_TRANSITIONS: Record<NeedAction, NeedTransition> = {
  verify: { from: ['draft'], to: 'verified', needsReason: false, checker: true },
  return: { from: ['verified'], to: 'draft', needsReason: true, checker: false },
  publish: { from: ['verified'], to: 'published', needsReason: false, checker: false },
  cancel: { from: ['draft', 'verified', 'published'], to: 'cancelled', needsReason: true, checker: false },
};

export const canNeedTransition = (a: NeedAction, from: NeedStatus) => NEED_TRANSITIONS[a].from.includes(from);

/** Statuses in which a need is shown on the public page. */
export const PUBLIC_NEED_STATUSES: readonly NeedStatus[] = ['published', 'claimed', 'funded', 'delivered'];
/** Statuses in which a donor may claim a need (what is left of it). */
export const CLAIMABLE_STATUSES: readonly NeedStatus[] = ['published'];

export const CLAIM_STATUSES = ['reserved', 'received', 'passed_on', 'confirmed', 'expired', 'cancelled'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** Claims that hold part of a need: a reservation not yet lapsed, or money on its way. */
export const LIVE_CLAIM_STATUSES: readonly ClaimStatus[] = ['reserved', 'received', 'passed_on', 'confirmed'];
/** Claims whose money the Red Cross holds or has passed on. */
export const RECEIVED_CLAIM_STATUSES: readonly ClaimStatus[] = ['received', 'passed_on', 'confirmed'];

export const TRANSFER_STATUSES = ['sent', 'confirmed'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/**
 * The status a published need moves to from its money: claimed when live claims cover it, funded when received money
 * covers it, back to published when reservations lapse. Statuses outside the money path are left as they are.
 */
export function needStatusAfter(
  status: NeedStatus,
  amountFen: number,
  claimedFen: number,
  receivedFen: number,
): NeedStatus {
  if (!['published', 'claimed', 'funded'].includes(status)) return status;
  if (receivedFen >= amountFen) return 'funded';
  if (claimedFen >= amountFen) return 'claimed';
  return 'published';
}

type L = { zh: string; en: string };
export const NEED_KIND_LABELS: Record<NeedKind, L> = {
  wish: { zh: '微心愿', en: 'Small wish' },
  schooling: { zh: '助学', en: 'Schooling' },
  medical: { zh: '助医', en: 'Medical' },
  production: { zh: '产业', en: 'Production' },
  village: { zh: '村集体', en: 'Village project' },
};
export const BENEFICIARY_KIND_LABELS: Record<BeneficiaryKind, L> = {
  household: { zh: '农户', en: 'Household' },
  student: { zh: '学生', en: 'Student' },
  patient: { zh: '患者', en: 'Patient' },
  village: { zh: '村', en: 'Village' },
  cooperative: { zh: '合作社', en: 'Cooperative' },
};
export const NEED_STATUS_LABELS: Record<NeedStatus, L> = {
  draft: { zh: '草稿', en: 'Draft' },
  verified: { zh: '已核实', en: 'Verified' },
  published: { zh: '已发布', en: 'Published' },
  claimed: { zh: '已认领', en: 'Claimed' },
  funded: { zh: '款物已到', en: 'Funded' },
  delivered: { zh: '已送达', en: 'Delivered' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, L> = {
  reserved: { zh: '已认领待捐', en: 'Reserved' },
  received: { zh: '红十字会已接收', en: 'Received' },
  passed_on: { zh: '已划转', en: 'Passed on' },
  confirmed: { zh: '县已确认到账', en: 'Confirmed by county' },
  expired: { zh: '认领已过期', en: 'Expired' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};
export const TRANSFER_STATUS_LABELS: Record<TransferStatus, L> = {
  sent: { zh: '已划转待县确认', en: 'Sent, awaiting county' },
  confirmed: { zh: '县已确认到账', en: 'Confirmed by county' },
};
