import { eq } from 'drizzle-orm';
import { maskPhone } from '@xiezuo/domain';
import type { DbOrTx } from '../client';
import { externalAccounts, persons, tenantSettings, users } from '../schema';
import { blindIndex, encryptField, type DataKeys } from '../../security/pii';

/** The demo's working date: the speech's 2019 state. */
export const DEMO_WORKING_DATE = '2019-09-30';

/**
 * Demo contacts for messages (phones of the 139 0000 00xx series, WeCom IDs) so that SMS and WeCom can be tried with
 * the log adapter or a vendor; documented in the README.
 */
export const DEMO_CONTACTS: Record<string, { phone: string; wecom?: string }> = {
  office: { phone: '13900000021', wecom: 'nankai.office' },
  'unit-zuzhibu': { phone: '13900000011', wecom: 'zuzhibu.reporter' },
  'unit-renshe': { phone: '13900000012' },
  'county-huan': { phone: '13900000001', wecom: 'huan.officer' },
  'county-qingcheng': { phone: '13900000002' },
  'county-xiahe': { phone: '13900000003' },
};

/** The working date, staff contacts and one external account (a worker, by phone) for the demo. */
export async function seedMessaging(tx: DbOrTx, keys: DataKeys, tenantId: string, externalPhone: string) {
  await tx.insert(tenantSettings).values({ tenantId, workingDate: DEMO_WORKING_DATE });
  for (const [username, c] of Object.entries(DEMO_CONTACTS))
    await tx
      .update(users)
      .set({
        phoneEnc: encryptField(keys, c.phone),
        phoneIndex: blindIndex(keys, c.phone),
        phoneMasked: maskPhone(c.phone),
        wecomUserId: c.wecom ?? null,
      })
      .where(eq(users.username, username));
  // the demo worker is bound to a person of the demo ledger, so the account shows its binding
  const [person] = await tx.select({ id: persons.id, name: persons.name }).from(persons).limit(1);
  await tx.insert(externalAccounts).values({
    tenantId,
    phoneIndex: blindIndex(keys, externalPhone),
    phoneEnc: encryptField(keys, externalPhone),
    phoneMasked: maskPhone(externalPhone),
    displayName: person?.name ?? '演示求职者',
    roles: ['worker'],
    subjectKind: person ? 'person' : null,
    subjectId: person?.id ?? null,
  });
}
