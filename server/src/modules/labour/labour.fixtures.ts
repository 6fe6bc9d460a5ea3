import { idFacts, makeIdNumber, maskIdNumber, maskPhone, type Destination } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { labourWorkers, persons } from '../../db/schema';
import { blindIndex, encryptField, type DataKeys } from '../../security/pii';

/** One worker to place in the pool: its county, wishes and (optionally) phone; the person is synthetic. */
export type WorkerSeed = {
  key: number;
  countyCode: string;
  wish: Destination;
  skills?: string[];
  wishedWageFen?: number | null;
  availableFrom?: string | null;
  hasConsent?: boolean;
  phone?: string | null;
  name?: string;
  isPoor?: boolean;
};

const BIRTH_BASE = Date.UTC(1970, 0, 1);

/**
 * Inserts people of the ledger (checksum-valid ID numbers, encrypted, with a blind index) and their workers in the
 * pool, in bulk: the demo seed, the tests and the benchmark use it. Returns the worker ids in the order given.
 */
export async function insertWorkers(tx: DbOrTx, keys: DataKeys, tenantId: string, seeds: WorkerSeed[]) {
  const ids: string[] = [];
  for (let i = 0; i < seeds.length; i += 1000) {
    const chunk = seeds.slice(i, i + 1000);
    const people = chunk.map((s) => {
      // sequence numbers 900–999 are the pool's own (the demo ledger's people use 100–899): keys never collide
      const day = new Date(BIRTH_BASE + (Math.floor(s.key / 100) % 12000) * 86_400_000).toISOString().slice(0, 10);
      const idNumber = makeIdNumber(s.countyCode, day.replaceAll('-', ''), 900 + (s.key % 100));
      const facts = idFacts(idNumber);
      return {
        tenantId,
        idIndex: blindIndex(keys, idNumber),
        idEnc: encryptField(keys, idNumber),
        idMasked: maskIdNumber(idNumber),
        name: s.name ?? `劳动力${s.key}`,
        gender: facts.gender,
        birthDate: facts.birthDate,
        countyCode: s.countyCode,
        isPoor: s.isPoor ?? true,
        phoneIndex: s.phone ? blindIndex(keys, s.phone) : null,
        phoneEnc: s.phone ? encryptField(keys, s.phone) : null,
        phoneMasked: s.phone ? maskPhone(s.phone) : null,
      };
    });
    const rows = await tx
      .insert(persons)
      .values(people)
      .onConflictDoUpdate({ target: [persons.tenantId, persons.idIndex], set: { updatedAt: new Date() } })
      .returning({ id: persons.id });
    const workers = await tx
      .insert(labourWorkers)
      .values(
        chunk.map((s, j) => ({
          tenantId,
          personId: rows[j]!.id,
          countyCode: s.countyCode,
          wish: s.wish,
          skills: s.skills ?? [],
          wishedWageFen: s.wishedWageFen ?? null,
          availableFrom: s.availableFrom ?? null,
          hasConsent: s.hasConsent ?? true,
        })),
      )
      .returning({ id: labourWorkers.id });
    ids.push(...workers.map((w) => w.id));
  }
  return ids;
}
