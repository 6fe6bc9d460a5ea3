import {
  checkIdNumber,
  idFacts,
  isValidMobile,
  maskIdNumber,
  maskPhone,
  normaliseIdNumber,
  normalisePhone,
  type IdNumberProblem,
  type PersonInput,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { blindIndex, encryptFields, type DataKeys } from '../../security/pii';
import * as repo from './persons.repository';

// Checking and resolving people by their ID numbers: used by every module that names people (records, pairings,
// cohorts) and by the demo seed, so it is kept apart from the person routes' use cases.

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
