import {
  actsFor,
  checkIdNumber,
  idFacts,
  isValidMobile,
  maskIdNumber,
  maskPhone,
  normaliseIdNumber,
  normalisePhone,
  type IdNumberProblem,
  type PersonInput,
  type PersonLookupDto,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { blindIndex, decryptField, encryptFields, type DataKeys } from '../../security/pii';
import { withAudit } from '../../lib/audit-tx';
import { isPersonInScope } from '../ledger/records.people-scope';
import * as repo from './persons.repository';

export type PersonProblem = {
  index: number;
  field: 'idNumber' | 'phone';
  code: IdNumberProblem | 'PHONE' | 'DUPLICATE_ON_RECORD';
};
export type CheckedPerson = {
  index: number;
  idNumber: string;
  idIndex: string;
  name: string;
  phone: string | null;
  isPoor: boolean | undefined;
};

const PROBLEM_MESSAGES: Record<PersonProblem['code'], string> = {
  FORMAT: 'ID number must be 18 characters (17 digits and a digit or X) / 身份证号应为18位',
  BIRTH_DATE: 'ID number has an impossible birth date / 身份证号出生日期无效',
  CHECKSUM: 'ID number check digit is wrong / 身份证号校验位错误',
  PHONE: 'not a mainland mobile number / 手机号码无效',
  DUPLICATE_ON_RECORD: 'this person is already on the record / 同一人重复出现',
};

/** What a person's problem says to whoever typed it (zh / en). */
export const personProblemMessage = (code: PersonProblem['code']) => PROBLEM_MESSAGES[code] ?? code;

/** Normalises and validates people (GB 11643 ID numbers, mobile phones); problems are reported per row. */
export function checkPeople(keys: DataKeys, inputs: PersonInput[]): { ok: CheckedPerson[]; problems: PersonProblem[] } {
  const ok: CheckedPerson[] = [];
  const problems: PersonProblem[] = [];
  const seen = new Set<string>();
  inputs.forEach((p, index) => {
    const id = normaliseIdNumber(p.idNumber);
    const problem = checkIdNumber(id);
    if (problem) return problems.push({ index, field: 'idNumber', code: problem });
    const phone = p.phone ? normalisePhone(p.phone) : null;
    if (phone && !isValidMobile(phone)) return problems.push({ index, field: 'phone', code: 'PHONE' });
    const idIndex = blindIndex(keys, id);
    if (seen.has(idIndex)) return problems.push({ index, field: 'idNumber', code: 'DUPLICATE_ON_RECORD' });
    seen.add(idIndex);
    ok.push({ index, idNumber: id, idIndex, name: p.name, phone, isPoor: p.isPoor });
  });
  return { ok, problems };
}

export type ResolvedPerson = { personId: string; isPoor: boolean; isNew: boolean };

/**
 * Finds each person by blind index, creating those not yet known (encrypted, masked). A known person is not
 * retyped: their stored name stays; a poverty flag given now is taken.
 */
export async function resolvePeople(
  tx: DbOrTx,
  keys: DataKeys,
  tenantId: string,
  people: CheckedPerson[],
  counties: string[],
): Promise<ResolvedPerson[]> {
  const known = new Map(
    (
      await repo.findByIndexes(
        tx,
        tenantId,
        people.map((p) => p.idIndex),
      )
    ).map((r) => [r.idIndex, r]),
  );
  const fresh = people.filter((p) => !known.has(p.idIndex));
  const all = new Map(known);
  const inserted = await repo.insertMany(tx, tenantId, newPersonRows(keys, fresh, counties));
  for (const r of inserted) all.set(r.idIndex, r);
  // a person another transaction put in meanwhile is not in the insert's answer: find them now
  const raced = fresh.filter((p) => !all.has(p.idIndex));
  if (raced.length)
    for (const r of await repo.findByIndexes(
      tx,
      tenantId,
      raced.map((p) => p.idIndex),
    ))
      all.set(r.idIndex, r);
  const created = new Set(inserted.map((r) => r.idIndex));
  return people.map((p) => {
    const row = all.get(p.idIndex)!;
    return { personId: row.id, isPoor: p.isPoor ?? row.isPoor, isNew: created.has(p.idIndex) };
  });
}

/** People's rows as stored: ID numbers and phones encrypted (all of them at once) with their blind indexes and masks, facts from the ID number. */
function newPersonRows(keys: DataKeys, people: CheckedPerson[], counties: string[]) {
  const idEnc = encryptFields(
    keys,
    people.map((p) => p.idNumber),
  );
  const phones = people.flatMap((p) => (p.phone ? [p.phone] : []));
  const phoneEnc = encryptFields(keys, phones);
  let phoneAt = 0;
  return people.map((p, i) => {
    const facts = idFacts(p.idNumber);
    return {
      idIndex: p.idIndex,
      idEnc: idEnc[i]!,
      idMasked: maskIdNumber(p.idNumber),
      name: p.name,
      gender: facts.gender,
      birthDate: facts.birthDate,
      countyCode: counties.find((c) => p.idNumber.startsWith(c)) ?? null,
      isPoor: p.isPoor ?? false,
      phoneIndex: p.phone ? blindIndex(keys, p.phone) : null,
      phoneEnc: p.phone ? phoneEnc[phoneAt++]! : null,
      phoneMasked: p.phone ? maskPhone(p.phone) : null,
    };
  });
}

/** Whether the caller may see a person's full ID number: the district office, or a county officer for their county's people. */
export function canReveal(actor: Actor, person: repo.PersonRow): boolean {
  if (actsFor(actor, { kind: 'office' })) return true;
  return person.countyCode !== null && actsFor(actor, { kind: 'county', code: person.countyCode });
}

/** Decrypts a person's ID number and phone for an allowed caller who gave a reason; the view is audited. */
export async function reveal(ctx: AppContext, actor: Actor, meta: RequestMeta, personId: string, reason: string) {
  const person = await repo.findById(ctx.db, actor.tenantId, personId);
  if (!person) throw new AppError('NOT_FOUND');
  if (!canReveal(actor, person)) throw new AppError('FORBIDDEN');
  return withAudit(ctx.db, actor, meta, async () => ({
    result: {
      personId,
      idNumber: decryptField(ctx.keys, person.idEnc),
      phone: person.phoneEnc ? decryptField(ctx.keys, person.phoneEnc) : null,
    },
    audit: {
      action: 'person.reveal',
      outcome: 'success',
      objectType: 'person',
      objectId: personId,
      details: { reason, fields: person.phoneEnc ? ['idNumber', 'phone'] : ['idNumber'] },
    },
  }));
}

/** A name as typed and as stored compare equal after width, spaces and the middle dots of minority names are unified. */
const nameKey = (name: string) =>
  name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[·•・．‧]/g, '·');

/**
 * Looks a person up by ID number (sent in a body, never a URL), as a verification rather than a directory: within
 * the caller's scope the masked record; outside it only whether a person with this ID number and the name the caller
 * typed exists, never a name or poverty status the caller did not supply. Every lookup is audited, hit or miss, with
 * the masked ID number only.
 */
export async function lookup(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: { idNumber: string; name?: string },
): Promise<PersonLookupDto> {
  const id = normaliseIdNumber(input.idNumber);
  const problem = checkIdNumber(id);
  if (problem) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'idNumber', message: problem }] });
  const [key] = await repo.findByIndexes(ctx.db, actor.tenantId, [blindIndex(ctx.keys, id)]);
  const row = key && (await repo.findById(ctx.db, actor.tenantId, key.id));
  const inScope = row ? await isPersonInScope(ctx, actor, row) : false;
  const typed = input.name ? nameKey(input.name) : '';
  const nameMatch = typed ? row !== undefined && nameKey(row.name) === typed : null;
  return withAudit(ctx.db, actor, meta, async () => ({
    result: {
      person:
        row && inScope
          ? { personId: row.id, name: row.name, idMasked: row.idMasked, isPoor: row.isPoor, countyCode: row.countyCode }
          : null,
      nameMatch,
    },
    audit: {
      action: 'person.lookup',
      outcome: 'success',
      objectType: 'person',
      objectId: row?.id,
      details: { idMasked: maskIdNumber(id), found: row !== undefined, inScope, nameGiven: typed !== '', nameMatch },
    },
  }));
}
