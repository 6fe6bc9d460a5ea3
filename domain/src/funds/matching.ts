/**
 * Matching the county's receipts to the east's payments (资金到账核对). A receipt answers a payment of the same county
 * when the amounts differ by at most the tolerance and the receipt is dated from the payment's day to the window's
 * end — or, whatever the date, when both carry the same voucher number. A receipt the county booked to a project
 * answers only a payment covering that project. Of the candidate pairs, the closest are taken first (same voucher,
 * then the smaller amount difference, then the nearer date), each payment and receipt at most once.
 */

export type PaymentToMatch = {
  id: string;
  countyCode: string;
  paidOn: string;
  amountFen: number;
  voucher: string | null;
  projectIds: readonly string[];
};
export type ReceiptToMatch = {
  id: string;
  countyCode: string;
  receivedOn: string;
  amountFen: number;
  voucher: string | null;
  projectId: string | null;
};
export type MatchOptions = { toleranceFen: number; windowDays: number };
export type MatchPair = { paymentId: string; receiptId: string };

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

type Candidate = { p: PaymentToMatch; r: number; voucher: boolean; amountGap: number; dayGap: number };
/** One county's unmatched payments: sorted by amount, and by voucher. */
type CountyBook = { byAmount: PaymentToMatch[]; byVoucher: Map<string, PaymentToMatch[]> };

const voucherKey = (v: string | null) => (v?.trim() ? v.trim().toLowerCase() : null);

/** Index of the first payment whose amount is ≥ `amount` (payments sorted by amount). */
function lowerBound(sorted: readonly PaymentToMatch[], amount: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.amountFen < amount) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function booksOf(payments: readonly PaymentToMatch[]): Map<string, CountyBook> {
  const books = new Map<string, CountyBook>();
  for (const p of payments) {
    let b = books.get(p.countyCode);
    if (!b) books.set(p.countyCode, (b = { byAmount: [], byVoucher: new Map() }));
    b.byAmount.push(p);
    const k = voucherKey(p.voucher);
    if (k) b.byVoucher.set(k, [...(b.byVoucher.get(k) ?? []), p]);
  }
  for (const b of books.values())
    b.byAmount.sort((x, y) => x.amountFen - y.amountFen || x.paidOn.localeCompare(y.paidOn));
  return books;
}

function candidatesOf(book: CountyBook, r: ReceiptToMatch, ri: number, o: MatchOptions): Candidate[] {
  const out: Candidate[] = [];
  const day = dayNumber(r.receivedOn);
  const fits = (p: PaymentToMatch, voucher: boolean) => {
    if (r.projectId !== null && !p.projectIds.includes(r.projectId)) return;
    const amountGap = Math.abs(p.amountFen - r.amountFen);
    if (amountGap > o.toleranceFen) return;
    const dayGap = day - dayNumber(p.paidOn);
    if (!voucher && (dayGap < 0 || dayGap > o.windowDays)) return;
    out.push({ p, r: ri, voucher, amountGap, dayGap: Math.abs(dayGap) });
  };
  const k = voucherKey(r.voucher);
  const vouchered = k ? (book.byVoucher.get(k) ?? []) : [];
  for (const p of vouchered) fits(p, true);
  const sorted = book.byAmount;
  for (let i = lowerBound(sorted, r.amountFen - o.toleranceFen); i < sorted.length; i++) {
    const p = sorted[i]!;
    if (p.amountFen > r.amountFen + o.toleranceFen) break;
    if (!vouchered.includes(p)) fits(p, false);
  }
  return out;
}

/** Pairs receipts with payments (both unmatched so far); deterministic for the same input. */
export function matchReceipts(
  payments: readonly PaymentToMatch[],
  receipts: readonly ReceiptToMatch[],
  o: MatchOptions,
): MatchPair[] {
  const books = booksOf(payments);
  const all = receipts.flatMap((r, ri) => {
    const book = books.get(r.countyCode);
    return book ? candidatesOf(book, r, ri, o) : [];
  });
  all.sort(
    (a, b) =>
      Number(b.voucher) - Number(a.voucher) ||
      a.amountGap - b.amountGap ||
      a.dayGap - b.dayGap ||
      a.p.paidOn.localeCompare(b.p.paidOn) ||
      receipts[a.r]!.receivedOn.localeCompare(receipts[b.r]!.receivedOn) ||
      a.p.id.localeCompare(b.p.id) ||
      receipts[a.r]!.id.localeCompare(receipts[b.r]!.id),
  );
  const usedP = new Set<string>();
  const usedR = new Set<number>();
  const pairs: MatchPair[] = [];
  for (const c of all) {
    if (usedP.has(c.p.id) || usedR.has(c.r)) continue;
    usedP.add(c.p.id);
    usedR.add(c.r);
    pairs.push({ paymentId: c.p.id, receiptId: receipts[c.r]!.id });
  }
  return pairs;
}

/** Whether an unmatched payment has waited past the days allowed for its receipt, on a date. */
export function isUnreceived(paidOn: string, today: string, unreceivedDays: number): boolean {
  return dayNumber(today) - dayNumber(paidOn) > unreceivedDays;
}

/** Days from a date to another (whole days, never negative). */
export const daysBetween = (from: string, to: string) => Math.max(0, dayNumber(to) - dayNumber(from));

/** A same-voucher payment of another amount than the receipt: the money to be explained (对账差异). */
export function mismatchOf(
  r: Pick<ReceiptToMatch, 'voucher' | 'amountFen' | 'countyCode'>,
  payments: readonly Pick<PaymentToMatch, 'id' | 'voucher' | 'amountFen' | 'countyCode'>[],
): { paymentId: string; voucher: string; amountFen: number } | null {
  const k = voucherKey(r.voucher);
  const p = k ? payments.find((x) => x.countyCode === r.countyCode && voucherKey(x.voucher) === k) : undefined;
  return p && p.amountFen !== r.amountFen ? { paymentId: p.id, voucher: p.voucher!, amountFen: p.amountFen } : null;
}
