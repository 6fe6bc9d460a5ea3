import type { RecordSourceType } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import type { RecordRow } from './records.repository';

/** Whether a module produced this record (then it changes only through that module). */
export const isProduced = (r: Pick<RecordRow, 'sourceType'>) => r.sourceType !== null;

/** Refuses a hand change (edit, workflow step, unlock request, evidence) to a produced record: 409 RECORD_PRODUCED. */
export function refuseProduced(r: Pick<RecordRow, 'sourceType' | 'sourceId'>) {
  if (r.sourceType !== null) throw new AppError('RECORD_PRODUCED', { source: { type: r.sourceType, id: r.sourceId } });
}

/** Where a producing module shows one of its rows: a web path and a title (e.g. the project's code and name). */
export type SourceLink = { path: string; title: string };
type SourceResolver = (db: DbOrTx, tenantId: string, id: string) => Promise<SourceLink | null>;
const resolvers = new Map<string, SourceResolver>();

/** A producing module registers how to link a row of its source type (from its routes plugin). */
export function registerSourceLink(type: RecordSourceType, resolve: SourceResolver) {
  resolvers.set(type, resolve);
}

/** The link of a produced record's source, or null when its module does not say (or the row is gone). */
export async function sourceLinkOf(db: DbOrTx, tenantId: string, r: Pick<RecordRow, 'sourceType' | 'sourceId'>) {
  if (!r.sourceType || !r.sourceId) return null;
  const resolve = resolvers.get(r.sourceType);
  return resolve ? resolve(db, tenantId, r.sourceId) : null;
}
