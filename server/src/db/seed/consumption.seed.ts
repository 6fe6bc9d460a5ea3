import { creditCodeCheckChar, LEDGER_CHANNEL, notCountedReason } from '@xiezuo/domain';
import type { DbOrTx } from '../client';
import {
  consumptionCertificates,
  consumptionPledges,
  consumptionProducts,
  consumptionPurchases,
  consumptionSuppliers,
} from '../schema';
import type { DemoRecord } from './demo-ledger';
import {
  DEMO_SUPPLIERS,
  demoPurchases,
  PLEDGES_2019,
  PLEDGES_NOT_ACCEPTED,
  type DemoPurchase,
} from './consumption.data';
import { ILLUSTRATIVE_MEMBERS, LEAD_UNITS, NAMED_MEMBERS } from './org.data';

const UNIT_NAMES = new Map([...LEAD_UNITS, ...NAMED_MEMBERS, ...ILLUSTRATIVE_MEMBERS].map((u) => [u.code, u.name]));
/** Purchases not made by a member unit are reported under the unit responsible for consumption (区商务局). */
const RESPONSIBLE = 'shangwuju';
const BUYER_PREFIX = { unit: '', enterprise: '', union: '工会：', individuals: '个人：' } as const;

/** A valid 统一社会信用代码 for the n-th demo supplier in its county. */
function creditCode(county: string, n: number) {
  const first = `9${n % 2 ? 3 : 1}${county}MA${String(7_100_000 + n * 37).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first)!;
}

async function insertCatalogue(tx: DbOrTx, tenantId: string) {
  const products: { id: string; cert: { validFrom: string; validTo: string } | null; name: string }[][] = [];
  for (const [n, s] of DEMO_SUPPLIERS.entries()) {
    const [sup] = await tx
      .insert(consumptionSuppliers)
      .values({ tenantId, name: s.name, creditCode: creditCode(s.county, n), kind: s.kind, countyCode: s.county })
      .returning({ id: consumptionSuppliers.id });
    const cert = s.cert && { validFrom: s.cert.from, validTo: s.cert.to };
    const [c] = cert
      ? await tx
          .insert(consumptionCertificates)
          .values({
            tenantId,
            supplierId: sup!.id,
            number: `甘扶产认〔${s.cert!.from.slice(0, 4)}〕${String(n + 1).padStart(3, '0')}号（示例）`,
            authority: s.county === XIAHE ? '甘南州扶贫开发办公室' : '庆阳市扶贫开发办公室',
            ...cert,
          })
          .returning({ id: consumptionCertificates.id })
      : [];
    const rows = await tx
      .insert(consumptionProducts)
      .values(
        s.products.map((name, i) => ({
          tenantId,
          supplierId: sup!.id,
          certificateId: c?.id ?? null,
          name,
          category: s.category,
          unit: s.category === 'handicraft' ? '件' : '千克',
          priceFen: 2000 + ((n * 31 + i * 17) % 40) * 500,
        })),
      )
      .returning({ id: consumptionProducts.id, name: consumptionProducts.name });
    products.push(rows.map((r) => ({ ...r, cert })));
  }
  return products;
}
const XIAHE = '623027';

/** The ledger record a demo purchase produces: as the module's producer writes it (first counted = 1). */
function recordOf(p: DemoPurchase, id: string, counted: boolean, first: { supplier: boolean; product: boolean }) {
  const s = DEMO_SUPPLIERS[p.supplier]!;
  const buyer = p.buyerKind === 'unit' ? UNIT_NAMES.get(p.buyer)! : p.buyer;
  const isFirst = p.status === 'confirmed' && counted;
  return {
    type: 'consumption_purchase',
    on: p.on,
    unit: p.buyerKind === 'unit' ? p.buyer : RESPONSIBLE,
    county: s.county,
    status: p.status,
    source: { type: 'consumption_purchase' as const, id },
    values: {
      buyer: `${BUYER_PREFIX[p.buyerKind]}${buyer}`,
      channel: LEDGER_CHANNEL[p.channel],
      supplier: s.name,
      enterprises: isFirst && first.supplier ? 1 : 0,
      quantity: isFirst && first.product ? 1 : 0,
      amountFen: p.amountFen,
      certified: counted,
    },
  } satisfies DemoRecord;
}

/**
 * Inserts the demo catalogue, 2018–2019 purchases and 2019 pledges, and returns the consumption_purchase ledger
 * records they produce (linked back by source), for the demo ledger to insert with the rest.
 */
export async function seedConsumption(
  tx: DbOrTx,
  tenantId: string,
  unitIds: Map<string, string>,
): Promise<DemoRecord[]> {
  const products = await insertCatalogue(tx, tenantId);
  const list = demoPurchases().sort((a, b) => a.on.localeCompare(b.on));
  const seen = new Set<string>();
  const out: DemoRecord[] = [];
  for (const p of list) {
    const prod = products[p.supplier]![p.product]!;
    const reason = notCountedReason(prod.cert, p.on);
    const [row] = await tx
      .insert(consumptionPurchases)
      .values({
        tenantId,
        buyerKind: p.buyerKind,
        buyerUnitId: p.buyerKind === 'unit' ? unitIds.get(p.buyer)! : null,
        buyerName: p.buyerKind === 'unit' ? null : p.buyer,
        productId: prod.id,
        quantity: Math.max(1, Math.round(p.amountFen / 6000)),
        amountFen: p.amountFen,
        purchasedOn: p.on,
        year: Number(p.on.slice(0, 4)),
        channel: p.channel,
        platform: p.platform ?? null,
        orderNo: p.orderNo ?? null,
        status: p.status,
        isCounted: reason === null,
        notCountedReason: reason,
        confirmedAt: p.status === 'confirmed' ? new Date(`${p.on}T16:00:00+08:00`) : null,
      })
      .returning({ id: consumptionPurchases.id });
    const year = p.on.slice(0, 4);
    const first = { supplier: !seen.has(`${year}:s${p.supplier}`), product: !seen.has(`${year}:${prod.id}`) };
    if (p.status === 'confirmed' && reason === null) seen.add(`${year}:s${p.supplier}`).add(`${year}:${prod.id}`);
    out.push(recordOf(p, row!.id, reason === null, first));
  }
  await seedPledges(tx, tenantId, unitIds);
  return out;
}

async function seedPledges(tx: DbOrTx, tenantId: string, unitIds: Map<string, string>) {
  let rest = 0;
  const rows = [...unitIds.entries()].map(([code, unitId]) => {
    const wan = PLEDGES_2019[code] ?? (rest++ < 10 ? 100 : 75);
    const accepted = !PLEDGES_NOT_ACCEPTED.includes(code);
    return {
      tenantId,
      year: 2019,
      unitId,
      pledgeFen: wan * 1_000_000,
      acceptedAt: accepted ? new Date('2019-03-15T10:00:00+08:00') : null,
    };
  });
  await tx.insert(consumptionPledges).values(rows);
}
