import { coreIndicators } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { decryptField } from '../../security/pii';
import { produceRecord, withdrawProduced, type Producer } from '../ledger/records.produce';
import type { SourceLink } from '../ledger/records.produced';
import * as repo from './applications.repository';
import * as posts from './posts.repository';

/** The unit the employment records are reported under: the one responsible for the employment indicators (人社局). */
const RESPONSIBLE_UNIT = coreIndicators(false).find((i) => i.code === 'labour.employed_near_home')!
  .responsibleUnits[0]!;

/**
 * Writes the `employment` record of a confirmed hire (same transaction): destination from the post's place, the
 * employer, the start date, the worker as its one person. The indicators count it as they count a typed one.
 */
export async function produceEmployment(
  tx: DbOrTx,
  ctx: AppContext,
  by: Producer,
  meta: RequestMeta | null,
  id: string,
) {
  const a = (await repo.findWide(tx, by.tenantId, id))!;
  const post = (await posts.findWide(tx, by.tenantId, a.a.postId))!;
  const unitId = await repo.unitIdByCode(tx, by.tenantId, RESPONSIBLE_UNIT);
  if (!unitId) throw new AppError('VALIDATION_FAILED', { fields: { unit: `no unit ${RESPONSIBLE_UNIT}` } });
  const person = await repo.personOfWorker(tx, a.a.workerId);
  return produceRecord(tx, ctx, by, meta, {
    type: 'employment',
    occurredOn: a.a.startOn!,
    eastUnitId: unitId,
    countyCode: a.countyCode,
    values: {
      destination: post.p.destination,
      employer: post.employerName.slice(0, 200),
      postKind: 'enterprise',
      startDate: a.a.startOn!,
    },
    people: [{ idNumber: decryptField(ctx.keys, person.idEnc), name: person.name, isPoor: person.isPoor }],
    note: post.p.title.slice(0, 500),
    status: 'confirmed',
    source: { type: 'labour_application', id },
  });
}

/** A hire reversed by the county before the start: its record no longer counts. */
export async function withdrawEmployment(tx: DbOrTx, by: Producer, meta: RequestMeta | null, id: string) {
  return withdrawProduced(tx, by, meta, { type: 'labour_application', id }, 'hire reversed');
}

/** Where a produced employment record links back to: the applications board, opened on that application. */
export async function applicationLink(db: DbOrTx, tenantId: string, id: string): Promise<SourceLink | null> {
  const a = await repo.findWide(db, tenantId, id);
  if (!a) return null;
  return { path: `/labour/applications?id=${id}`, title: `${a.postTitle} · ${a.employerName}` };
}
