import {
  deriveMeasures,
  idFacts,
  makeIdNumber,
  maskIdNumber,
  MEASURE_KEYS,
  recordType,
  type RecordSourceType,
} from '@xiezuo/domain';
import type { DbOrTx } from '../client';
import { persons, recordPeople, records } from '../schema';
import { blindIndex, encryptField, type DataKeys } from '../../security/pii';

/** One demo record as the seed states it: type, date, east unit (by code), county, values, status, people. */
export type DemoRecord = {
  type: string;
  on: string;
  unit: string;
  county: string | null;
  values: Record<string, unknown>;
  status?: 'confirmed' | 'submitted' | 'draft';
  people?: DemoPerson[];
  /** The pairing the record belongs to (a school or hospital pair, a 结对认亲 pair), by id. */
  pairingId?: string;
  /** The module row that produced it (a consumption purchase): the record then changes only through that module. */
  source?: { type: RecordSourceType; id: string };
};
export type DemoPerson = { key: number; county: string; isPoor: boolean };

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '文华建国明军平志红丽强敏静娟霞涛勇艳杰磊超秀英芳燕玲桂兰海鹏飞雪梅亮波斌';

/** A synthetic but valid person: ID number with a correct checksum in the county's address code. */
export function syntheticPerson(key: number, county: string) {
  const day = new Date(Date.UTC(1965, 0, 1) + ((key * 7919) % 12000) * 86_400_000);
  const birth = `${day.getUTCFullYear()}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}`;
  const idNumber = makeIdNumber(county, birth, 100 + (key % 800));
  const name = `${SURNAMES[key % SURNAMES.length]}${GIVEN[(key * 7) % GIVEN.length]}${key % 3 === 0 ? GIVEN[(key * 13) % GIVEN.length] : ''}`;
  return { idNumber, name };
}

/** Inserts demo records (and their synthetic people) in bulk, computing measures from the declarations. */
export async function insertDemoRecords(
  tx: DbOrTx,
  keys: DataKeys,
  tenantId: string,
  unitIds: Map<string, string>,
  list: DemoRecord[],
) {
  const people = new Map<number, DemoPerson>();
  for (const r of list) for (const p of r.people ?? []) people.set(p.key, p);
  const personIds = new Map<number, string>();
  const personRows = [...people.values()].map((p) => {
    const s = syntheticPerson(p.key, p.county);
    const facts = idFacts(s.idNumber);
    return {
      key: p.key,
      row: {
        tenantId,
        idIndex: blindIndex(keys, s.idNumber),
        idEnc: encryptField(keys, s.idNumber),
        idMasked: maskIdNumber(s.idNumber),
        name: s.name,
        gender: facts.gender,
        birthDate: facts.birthDate,
        countyCode: p.county,
        isPoor: p.isPoor,
      },
    };
  });
  for (let i = 0; i < personRows.length; i += 1000) {
    const chunk = personRows.slice(i, i + 1000);
    const ids = await tx
      .insert(persons)
      .values(chunk.map((c) => c.row))
      .onConflictDoNothing()
      .returning({ id: persons.id, idIndex: persons.idIndex });
    const byIndex = new Map(ids.map((r) => [r.idIndex, r.id]));
    for (const c of chunk) personIds.set(c.key, byIndex.get(c.row.idIndex)!);
  }
  const rows = list.map((r) => {
    const decl = recordType(r.type)!;
    const roster = r.people?.length ? { count: r.people.length, poor: r.people.filter((p) => p.isPoor).length } : null;
    const m = deriveMeasures(decl, r.values, roster);
    const cols: Record<string, unknown> = {};
    for (const k of MEASURE_KEYS) cols[k] = m[k] ?? null;
    const status = r.status ?? 'confirmed';
    return {
      ...cols,
      tenantId,
      typeCode: r.type,
      year: Number(r.on.slice(0, 4)),
      occurredOn: r.on,
      eastUnitId: unitIds.get(r.unit)!,
      countyCode: r.county,
      pairingId: r.pairingId ?? null,
      reporterSide: decl.reportedBy,
      attrs: r.values,
      peopleCount: roster?.count ?? 0,
      status,
      submittedAt: status === 'draft' ? null : new Date(`${r.on}T10:00:00+08:00`),
      confirmedAt: status === 'confirmed' ? new Date(`${r.on}T16:00:00+08:00`) : null,
      isDemo: true,
      sourceType: r.source?.type ?? null,
      sourceId: r.source?.id ?? null,
    } as typeof records.$inferInsert;
  });
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await tx
      .insert(records)
      .values(rows.slice(i, i + 500))
      .returning({ id: records.id });
    const links = inserted.flatMap((rec, j) =>
      (list[i + j]!.people ?? []).map((p, k) => ({
        recordId: rec.id,
        personId: personIds.get(p.key)!,
        tenantId,
        isPoor: p.isPoor,
        sort: k,
      })),
    );
    for (let l = 0; l < links.length; l += 2000)
      await tx
        .insert(recordPeople)
        .values(links.slice(l, l + 2000))
        .onConflictDoNothing();
  }
  return { records: rows.length, persons: personRows.length };
}

/** Spreads a total over n parts as evenly as integers allow (earlier parts get the remainder). */
export function split(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

/** A date in the year, spread over months by index. */
export function dayOf(year: number, i: number, lastMonth = 12): string {
  const month = (i % lastMonth) + 1;
  const day = ((i * 7) % 27) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
