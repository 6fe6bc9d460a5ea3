import { recordType, valuesSchema, type PersonInput, type RecordTypeDecl } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { DataKeys } from '../../security/pii';
import { checkPeople, personProblemMessage, type CheckedPerson } from '../persons/persons.resolve';
import * as refs from './records-refs.repository';

export type FieldError = { path: string; message: string; code?: string };
export type RecordCore = {
  type: string;
  occurredOn: string;
  eastUnitId: string;
  countyCode: string | null;
  regionCode: string | null;
  pairingId: string | null;
  values: Record<string, unknown>;
  people: PersonInput[];
};
export type ValidRecord = { decl: RecordTypeDecl; values: Record<string, unknown>; people: CheckedPerson[] };

/** Reference data a batch of records is checked against, loaded once per request or import. */
export type RefData = {
  counties: Set<string>;
  eastUnits: Set<string>;
  westUnits: Set<string>;
  regionCodes: (codes: string[]) => Promise<Set<string>>;
  pairingCounty: (ids: string[]) => Promise<Map<string, string>>;
};

export async function loadRefData(db: DbOrTx, tenantId: string): Promise<RefData> {
  const [counties, us] = await Promise.all([refs.tenantCountyCodes(db, tenantId), refs.unitSides(db, tenantId)]);
  return {
    counties: new Set(counties),
    eastUnits: new Set(us.filter((u) => u.side === 'east').map((u) => u.id)),
    westUnits: new Set(us.filter((u) => u.side === 'west').map((u) => u.id)),
    regionCodes: (codes) => refs.existingRegionCodes(db, codes),
    pairingCounty: (ids) => refs.pairingCounties(db, tenantId, ids),
  };
}

/** Checks a record against its type declaration and the tenant's reference data; returns errors per field path. */
export async function validateRecord(
  input: RecordCore,
  ref: RefData,
  keys: DataKeys,
  opts: { skipRoster?: boolean } = {},
): Promise<{ ok: ValidRecord } | { errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const decl = recordType(input.type);
  if (!decl) return { errors: [{ path: 'type', message: 'unknown record type' }] };
  const parsed = valuesSchema(decl).safeParse(input.values);
  if (!parsed.success)
    for (const i of parsed.error.issues)
      errors.push({ path: ['values', ...i.path.map(String)].join('.'), message: i.message, code: i.code });
  if (!ref.eastUnits.has(input.eastUnitId))
    errors.push({ path: 'eastUnitId', message: 'unknown east unit / 未知的东部单位' });
  if (input.countyCode === null) {
    if (!decl.countyOptional)
      errors.push({ path: 'countyCode', message: 'the county is required for this record type / 该类型须填写受援县' });
  } else if (!ref.counties.has(input.countyCode))
    errors.push({ path: 'countyCode', message: 'not an assisted county / 非受援县' });
  if (input.regionCode) {
    const known = await ref.regionCodes([input.regionCode]);
    if (!known.has(input.regionCode) || !input.countyCode || !input.regionCode.startsWith(input.countyCode))
      errors.push({ path: 'regionCode', message: 'unknown region or not in the county / 区划不在该县' });
  }
  if (input.pairingId) {
    const c = (await ref.pairingCounty([input.pairingId])).get(input.pairingId);
    if (c !== input.countyCode)
      errors.push({ path: 'pairingId', message: 'unknown pairing or of another county / 结对不存在或不属于该县' });
  }
  if (parsed.success) {
    for (const f of decl.fields) {
      const v = parsed.data[f.key];
      if (f.kind === 'unit' && typeof v === 'string' && !(f.side === 'east' ? ref.eastUnits : ref.westUnits).has(v))
        errors.push({ path: `values.${f.key}`, message: 'unknown unit / 未知单位' });
    }
  }
  const n = input.people.length;
  if (opts.skipRoster) {
    /* people unchanged: the stored roster stands */
  } else if (decl.roster.mode === 'none' && n > 0)
    errors.push({ path: 'people', message: 'this record type has no people / 该类型不登记人员' });
  else if (decl.roster.mode === 'single' && n !== 1)
    errors.push({ path: 'people', message: 'exactly one person / 须登记一人' });
  const people = checkPeople(keys, input.people);
  for (const p of people.problems)
    errors.push({ path: `people.${p.index}.${p.field}`, message: personProblemMessage(p.code), code: p.code });
  if (errors.length || !parsed.success) return { errors };
  return { ok: { decl, values: parsed.data, people: people.ok } };
}
