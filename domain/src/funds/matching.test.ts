import { describe, expect, it } from 'vitest';
import { isUnreceived, matchReceipts, mismatchOf, type PaymentToMatch, type ReceiptToMatch } from './matching';

const pay = (id: string, paidOn: string, amountFen: number, extra: Partial<PaymentToMatch> = {}): PaymentToMatch => ({
  id,
  countyCode: '621022',
  paidOn,
  amountFen,
  voucher: null,
  projectIds: ['p1'],
  ...extra,
});
const rec = (
  id: string,
  receivedOn: string,
  amountFen: number,
  extra: Partial<ReceiptToMatch> = {},
): ReceiptToMatch => ({
  id,
  countyCode: '621022',
  receivedOn,
  amountFen,
  voucher: null,
  projectId: null,
  ...extra,
});
const EXACT = { toleranceFen: 0, windowDays: 15 };

describe('matching receipts to payments', () => {
  it('pairs equal amounts received within the window, each payment once', () => {
    const pairs = matchReceipts(
      [pay('a', '2019-03-01', 100), pay('b', '2019-03-05', 100)],
      [rec('x', '2019-03-06', 100), rec('y', '2019-03-02', 100), rec('z', '2019-03-07', 100)],
      EXACT,
    );
    // y (day 1 after a) and x (day 1 after b) are the nearest; z is left over
    expect(pairs).toEqual([
      { paymentId: 'a', receiptId: 'y' },
      { paymentId: 'b', receiptId: 'x' },
    ]);
  });

  it('refuses another county, a receipt before the payment, one past the window, and a different amount', () => {
    const p = [pay('a', '2019-03-10', 100)];
    expect(matchReceipts(p, [rec('x', '2019-03-12', 100, { countyCode: '621021' })], EXACT)).toEqual([]);
    expect(matchReceipts(p, [rec('x', '2019-03-09', 100)], EXACT)).toEqual([]);
    expect(matchReceipts(p, [rec('x', '2019-03-26', 100)], EXACT)).toEqual([]);
    expect(matchReceipts(p, [rec('x', '2019-03-25', 100)], EXACT)).toHaveLength(1);
    expect(matchReceipts(p, [rec('x', '2019-03-12', 101)], EXACT)).toEqual([]);
    expect(matchReceipts(p, [rec('x', '2019-03-12', 101)], { ...EXACT, toleranceFen: 1 })).toHaveLength(1);
  });

  it('matches the same voucher whatever the date, and prefers it to a nearer plain match', () => {
    const p = [pay('a', '2019-03-01', 100, { voucher: 'CZ-7' }), pay('b', '2019-04-01', 100)];
    expect(matchReceipts(p, [rec('x', '2019-04-02', 100, { voucher: 'cz-7 ' })], EXACT)).toEqual([
      { paymentId: 'a', receiptId: 'x' },
    ]);
  });

  it('matches a receipt booked to a project only with a payment covering it', () => {
    const p = [pay('a', '2019-03-01', 100, { projectIds: ['p2'] }), pay('b', '2019-03-03', 100)];
    expect(matchReceipts(p, [rec('x', '2019-03-04', 100, { projectId: 'p1' })], EXACT)).toEqual([
      { paymentId: 'b', receiptId: 'x' },
    ]);
  });

  it('matches 10,000 receipts against 10,000 payments quickly enough for one import', () => {
    const counties = ['621022', '621021', '623027'];
    const payments = Array.from({ length: 10_000 }, (_, i) =>
      pay(`p${i}`, `2019-${String((i % 12) + 1).padStart(2, '0')}-10`, 100_000 + (i % 500) * 100, {
        countyCode: counties[i % 3]!,
      }),
    );
    const receipts = payments.map((p, i) =>
      rec(`r${i}`, p.paidOn.replace(/-10$/, '-14'), p.amountFen, { countyCode: p.countyCode }),
    );
    const pairs = matchReceipts(payments, receipts, EXACT);
    expect(pairs).toHaveLength(10_000);
    expect(new Set(pairs.map((x) => x.paymentId)).size).toBe(10_000);
  });
});

describe('unreceived payments and mismatches', () => {
  it('counts a payment unreceived only past the days allowed', () => {
    expect(isUnreceived('2019-08-01', '2019-08-31', 30)).toBe(false);
    expect(isUnreceived('2019-08-01', '2019-09-01', 30)).toBe(true);
  });
  it('names a same-voucher payment of another amount', () => {
    const p = [pay('a', '2019-03-01', 100, { voucher: 'CZ-1' })];
    expect(mismatchOf({ voucher: 'CZ-1', amountFen: 90, countyCode: '621022' }, p)).toEqual({
      paymentId: 'a',
      voucher: 'CZ-1',
      amountFen: 100,
    });
    expect(mismatchOf({ voucher: 'CZ-1', amountFen: 100, countyCode: '621022' }, p)).toBeNull();
  });
});
