import { isValidMobile, maskPhone, normalisePhone, type ExternalRole, type SubjectRef } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import type { AppContext } from '../../http/context';
import { blindIndex, encryptField } from '../../security/pii';
import * as repo from './accounts.repository';

export type { AccountRow } from './accounts.repository';

/** A mainland mobile number in its 11-digit form; 400 PHONE_INVALID for anything else. */
export function parsePhone(raw: string): string {
  const phone = normalisePhone(raw.replace(/[\s-]/g, ''));
  if (!isValidMobile(phone)) throw new AppError('PHONE_INVALID');
  return phone;
}

/** The blind index of a phone: the same HMAC-SM3 the ledger's people use, so the two can be matched. */
export const phoneIndexOf = (ctx: AppContext, phone: string) => blindIndex(ctx.keys, phone);

export type NewAccount = {
  tenantId: string;
  phone: string;
  displayName?: string | null;
  roles?: readonly ExternalRole[];
  subject?: SubjectRef | null;
};

/**
 * The tenant's account for a phone, created when there is none. A new account with no subject given is bound to
 * the person of the ledger who has that phone (and made a worker); otherwise it starts unbound, with no role.
 * Runs in the caller's transaction; the phone is stored SM4-encrypted with its blind index and mask.
 */
export async function findOrCreateAccount(ctx: AppContext, tx: DbOrTx, a: NewAccount) {
  const phone = parsePhone(a.phone);
  const phoneIndex = phoneIndexOf(ctx, phone);
  const existing = await repo.findByPhoneIndex(tx, a.tenantId, phoneIndex);
  if (existing) {
    for (const role of a.roles ?? []) if (!existing.roles.includes(role)) await repo.addRole(tx, existing.id, role);
    if (a.subject && !existing.subjectKind) await repo.setSubject(tx, existing.id, a.subject, a.displayName);
    return { account: (await repo.findById(tx, a.tenantId, existing.id))!, isNew: false };
  }
  const person = a.subject ? undefined : await repo.personByPhoneIndex(tx, a.tenantId, phoneIndex);
  const subject = a.subject ?? (person ? { kind: 'person' as const, id: person.id } : null);
  const roles = [...new Set([...(a.roles ?? []), ...(person ? (['worker'] as const) : [])])];
  const account = await repo.insertAccount(tx, {
    tenantId: a.tenantId,
    phoneIndex,
    phoneEnc: encryptField(ctx.keys, phone),
    phoneMasked: maskPhone(phone),
    displayName: a.displayName ?? person?.name ?? null,
    roles,
    subjectKind: subject?.kind ?? null,
    subjectId: subject?.id ?? null,
  });
  return { account, isNew: true };
}

/** Gives an account an external role (a module does this when someone registers as employer, donor…). */
export async function grantExternalRole(tx: DbOrTx, accountId: string, role: ExternalRole): Promise<void> {
  await repo.addRole(tx, accountId, role);
}

/** Binds an account to what it belongs to (or unbinds it with null). */
export async function bindAccount(
  tx: DbOrTx,
  accountId: string,
  subject: SubjectRef | null,
  displayName?: string | null,
): Promise<void> {
  await repo.setSubject(tx, accountId, subject, displayName);
}

/** The accounts bound to a subject, e.g. to message the people of an enterprise. */
export async function accountsOf(db: DbOrTx, tenantId: string, subject: SubjectRef) {
  return repo.listBySubject(db, tenantId, subject);
}

/** Housekeeping: removes sign-in codes older than a day; returns how many. */
export async function purgeSpentCodes(db: DbOrTx): Promise<number> {
  return repo.purgeOtps(db);
}

/**
 * The worker accounts of many people of the ledger at once (a push to thousands): each person's phone gets an
 * account bound to that person with the worker role, created where there is none. Returns personId → account id;
 * a phone whose account is bound to someone else is left out.
 */
export async function ensurePersonAccounts(
  ctx: AppContext,
  tx: DbOrTx,
  tenantId: string,
  people: readonly { personId: string; phone: string; name: string | null }[],
): Promise<Map<string, string>> {
  const rows = people.map((p) => ({
    tenantId,
    phoneIndex: phoneIndexOf(ctx, p.phone),
    phoneEnc: encryptField(ctx.keys, p.phone),
    phoneMasked: maskPhone(p.phone),
    displayName: p.name,
    roles: ['worker'] as ExternalRole[],
    subjectKind: 'person' as const,
    subjectId: p.personId,
  }));
  const found = await repo.insertManyAccounts(tx, tenantId, rows);
  const out = new Map<string, string>();
  for (const a of found)
    if (a.subjectKind === 'person' && a.subjectId && a.roles.includes('worker')) out.set(a.subjectId, a.id);
  return out;
}
