import { eq, sql } from 'drizzle-orm';
import {
  ageBand,
  deriveMeasures,
  idFacts,
  makeIdNumber,
  MEASURE_KEYS,
  PERSON_BENEFICIARIES,
  recordType,
  surnameInitial,
} from '@xiezuo/domain';
import type { DbOrTx } from '../client';
import {
  charityClaims,
  charityDonors,
  charityEvents,
  charityNeeds,
  charityReceipts,
  charityTransfers,
  records,
  users,
} from '../schema';
import { blindIndex, encryptField, type DataKeys } from '../../security/pii';
import { batchNumber, chainDigest, receiptNumber, verifyCode } from '../../modules/charity/charity.chain';
import { CHARITY_COUNTIES, countyNeeds, DEMO_DONORS, type DemoNeed } from './charity.data';

const AS_OF = '2019-09-30';
const plus = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const s = d.toISOString().slice(0, 10);
  return s > AS_OF ? AS_OF : s;
};
/** Batches go on the 26th of the month the money came in (September's batches stay unconfirmed at the working date). */
const batchDay = (receivedOn: string) =>
  receivedOn.slice(8) <= '26' ? `${receivedOn.slice(0, 8)}26` : plus(receivedOn, 3);
const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);

/** A synthetic beneficiary of the right age for the need (a student under 18, a household head, a patient). */
function beneficiary(n: DemoNeed, ci: number) {
  const year = n.beneficiaryKind === 'student' ? 2004 + (n.index % 9) : 1950 + ((n.index * 7) % 40);
  const birth = `${year}${String(1 + (n.index % 12)).padStart(2, '0')}${String(1 + (n.index % 27)).padStart(2, '0')}`;
  const id = makeIdNumber(n.county, birth, 300 + n.index + ci * 60);
  const name = `${'马李张王杨赵刘陈'[(n.index + ci) % 8]}${'小花建国明珠玉兰志强海燕'.slice((n.index * 2) % 10, ((n.index * 2) % 10) + 2)}`;
  return { id, name };
}

type Ids = { tenantId: string; redCrossUnitId: string; keys: DataKeys; county: Map<string, string | null> };

async function insertNeed(tx: DbOrTx, ids: Ids, n: DemoNeed, ci: number, village: string | null) {
  const person = PERSON_BENEFICIARIES.includes(n.beneficiaryKind) ? beneficiary(n, ci) : null;
  const [row] = await tx
    .insert(charityNeeds)
    .values({
      tenantId: ids.tenantId,
      countyCode: n.county,
      regionCode: village,
      kind: n.kind,
      beneficiaryKind: n.beneficiaryKind,
      title: n.title,
      description: n.description,
      amountFen: n.amountFen,
      deadline: '2019-12-31',
      evidenceNote: '入户核实，村委会证明存档（示例）',
      status: n.status,
      year: 2019,
      beneficiaryNameEnc: person ? encryptField(ids.keys, person.name) : null,
      beneficiaryIdEnc: person ? encryptField(ids.keys, person.id) : null,
      beneficiaryIdIndex: person ? blindIndex(ids.keys, person.id) : null,
      beneficiaryInitial: person ? surnameInitial(person.name) : null,
      beneficiaryAgeBand: person ? ageBand(idFacts(person.id).birthDate, n.publishedOn ?? AS_OF) : null,
      createdBy: ids.county.get(n.county) ?? null,
      verifiedBy: n.status === 'draft' ? null : (ids.county.get(n.county) ?? null),
      publishedOn: n.publishedOn,
    })
    .returning({ id: charityNeeds.id });
  return row!.id;
}

type Passed = {
  claimId: string;
  needId: string;
  donorName: string;
  amountFen: number;
  receiptDigest: string;
  receivedOn: string;
};

/** Seeds the charity platform's 2019 demo and the donation records its confirmed batches produced. */
export async function seedCharity(tx: DbOrTx, keys: DataKeys, tenantId: string, unitIds: Map<string, string>) {
  const county = new Map<string, string | null>();
  for (const [c, u] of [
    ['621022', 'county-huan'],
    ['621021', 'county-qingcheng'],
    ['623027', 'county-xiahe'],
  ] as const) {
    const [r] = await tx.select({ id: users.id }).from(users).where(eq(users.username, u));
    county.set(c, r?.id ?? null);
  }
  const ids: Ids = { tenantId, redCrossUnitId: unitIds.get('hongshizihui')!, keys, county };
  const donors = await tx
    .insert(charityDonors)
    .values(DEMO_DONORS.map((d) => ({ tenantId, kind: d.kind, name: d.name, isHonoured: d.isHonoured })))
    .returning({ id: charityDonors.id, name: charityDonors.name });
  let receiptSeq = 0;
  let batchSeq = 0;
  for (const [ci, c] of CHARITY_COUNTIES.entries()) {
    const villages = await tx.execute<{ code: string }>(
      sql`select code from regions where code like ${`${c.code}%`} and level = 'village' order by code limit 50`,
    );
    const passed = new Map<string, Passed[]>(); // by batch date
    for (const n of countyNeeds(c.code, c.passedOnFen, ci)) {
      const needId = await insertNeed(
        tx,
        ids,
        n,
        ci,
        villages.rows[n.index % Math.max(1, villages.rows.length)]?.code ?? null,
      );
      const claimedOn = plus(n.publishedOn ?? AS_OF, 5);
      for (const cl of n.claims) {
        const isReserved = n.stage === 'partial' || n.stage === 'claimed';
        const [claim] = await tx
          .insert(charityClaims)
          .values({
            tenantId,
            needId,
            donorId: donors[cl.donor]!.id,
            amountFen: cl.amountFen,
            status: isReserved
              ? 'reserved'
              : n.stage === 'funded'
                ? 'received'
                : n.stage === 'sent'
                  ? 'passed_on'
                  : 'confirmed',
            reservedUntil: at(isReserved ? '2019-10-12' : plus(claimedOn, 14)),
            createdAt: at(claimedOn),
          })
          .returning({ id: charityClaims.id });
        if (isReserved) continue;
        const receivedOn = plus(claimedOn, 4);
        const number = receiptNumber(2019, ++receiptSeq);
        const proof = chainDigest({
          kind: 'receipt',
          number,
          amountFen: cl.amountFen,
          date: receivedOn,
          needIds: [needId],
        });
        const [r] = await tx
          .insert(charityReceipts)
          .values({
            tenantId,
            receiptNo: number,
            donorId: donors[cl.donor]!.id,
            amountFen: cl.amountFen,
            form: n.kind === 'wish' ? 'goods' : 'cash',
            valuationNote: n.kind === 'wish' ? '按购货发票金额折价（示例）' : null,
            bankRef: `DEMO-${number}`,
            receivedOn,
            verifyCode: verifyCode(),
            ...proof,
            createdAt: at(receivedOn),
          })
          .returning({ id: charityReceipts.id });
        await tx.update(charityClaims).set({ receiptId: r!.id }).where(eq(charityClaims.id, claim!.id));
        await tx.insert(charityEvents).values({
          tenantId,
          objectType: 'receipt',
          objectId: r!.id,
          action: 'receive',
          at: at(receivedOn),
          details: { number, digest: proof.digest },
        });
        if (n.stage === 'funded') continue;
        const batchOn = n.stage === 'sent' ? '2019-09-27' : batchDay(receivedOn);
        const list = passed.get(`${n.stage}:${batchOn}`) ?? [];
        list.push({
          claimId: claim!.id,
          needId,
          donorName: donors[cl.donor]!.name,
          amountFen: cl.amountFen,
          receiptDigest: proof.digest,
          receivedOn,
        });
        passed.set(`${n.stage}:${batchOn}`, list);
      }
    }
    for (const [key, lines] of [...passed.entries()].sort()) {
      const [stage, on] = key.split(':') as [string, string];
      await insertBatch(
        tx,
        ids,
        c.code,
        on!,
        stage === 'sent' ? 'sent' : 'confirmed',
        batchNumber(2019, ++batchSeq),
        lines,
      );
    }
  }
  await setDeliveryDates(tx, tenantId);
}

const THANKS = [
  '孩子们说谢谢叔叔阿姨！',
  '物资已发放到户，村民十分感谢。',
  '工程已完工，全村通上了安全水。',
  '治疗费用已结清，家属表示感谢。',
];

/** Delivered needs: three days after their last batch was confirmed (at most the working date), with thanks. */
async function setDeliveryDates(tx: DbOrTx, tenantId: string) {
  await tx.execute(sql`
    update charity_needs n set delivered_on = least(d.confirmed + 3, ${AS_OF}::date),
      delivery_note = (array[${THANKS[0]}, ${THANKS[1]}, ${THANKS[2]}, ${THANKS[3]}])[1 + abs(hashtext(n.id::text)) % 4],
      delivery_receipt_note = '签收单存县协作办档案（示例）'
    from (select c.need_id, max((t.confirmed_at at time zone 'Asia/Shanghai')::date) as confirmed
          from charity_claims c join charity_transfers t on t.id = c.transfer_id group by c.need_id) d
    where d.need_id = n.id and n.tenant_id = ${tenantId} and n.status = 'delivered'`);
}

/** One batch to a county; a confirmed one produced a donation record per claim, linked back to the claim. */
async function insertBatch(
  tx: DbOrTx,
  ids: Ids,
  countyCode: string,
  on: string,
  status: 'sent' | 'confirmed',
  number: string,
  lines: Passed[],
) {
  const amountFen = lines.reduce((a, l) => a + l.amountFen, 0);
  const proof = chainDigest({
    kind: 'transfer',
    number,
    amountFen,
    date: on,
    needIds: lines.map((l) => l.needId),
    prev: lines
      .map((l) => l.receiptDigest)
      .sort()
      .join(','),
  });
  const confirmedOn = plus(on, 2);
  const [t] = await tx
    .insert(charityTransfers)
    .values({
      tenantId: ids.tenantId,
      batchNo: number,
      countyCode,
      amountFen,
      transferredOn: on,
      status,
      custodianUnitId: ids.redCrossUnitId,
      verifyCode: verifyCode(),
      ...proof,
      confirmedBy: status === 'confirmed' ? (ids.county.get(countyCode) ?? null) : null,
      confirmedAt: status === 'confirmed' ? at(confirmedOn) : null,
      createdAt: at(on),
    })
    .returning({ id: charityTransfers.id });
  await tx.execute(sql`update charity_claims set transfer_id = ${t!.id} where id in ${lines.map((l) => l.claimId)}`);
  await tx.insert(charityEvents).values([
    {
      tenantId: ids.tenantId,
      objectType: 'transfer' as const,
      objectId: t!.id,
      action: 'pass_on',
      toStatus: 'sent',
      at: at(on),
    },
    ...(status === 'confirmed'
      ? [
          {
            tenantId: ids.tenantId,
            objectType: 'transfer' as const,
            objectId: t!.id,
            action: 'confirm',
            fromStatus: 'sent',
            toStatus: 'confirmed',
            at: at(confirmedOn),
          },
        ]
      : []),
  ]);
  if (status === 'confirmed') await insertDonationRecords(tx, ids, countyCode, on, number, lines);
}

async function insertDonationRecords(
  tx: DbOrTx,
  ids: Ids,
  countyCode: string,
  on: string,
  number: string,
  lines: Passed[],
) {
  const decl = recordType('donation')!;
  const rows = lines.map((l) => {
    const values = { donor: l.donorName, form: 'cash', amountFen: l.amountFen, viaRedCross: true, passedOnOn: on };
    const m = deriveMeasures(decl, values, null);
    const cols: Record<string, unknown> = {};
    for (const k of MEASURE_KEYS) cols[k] = m[k] ?? null;
    return {
      ...cols,
      tenantId: ids.tenantId,
      typeCode: 'donation',
      year: 2019,
      occurredOn: on,
      eastUnitId: ids.redCrossUnitId,
      countyCode,
      reporterSide: decl.reportedBy,
      attrs: values,
      status: 'confirmed',
      submittedAt: at(on),
      confirmedAt: at(plus(on, 2)),
      note: number,
      sourceType: 'charity_transfer_line',
      sourceId: l.claimId,
      isDemo: true,
    } as typeof records.$inferInsert;
  });
  await tx.insert(records).values(rows);
}
