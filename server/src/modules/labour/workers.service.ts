import type { WorkerDto } from '@xiezuo/domain';
import { type z } from 'zod';
import type { workerUpdateBody } from '@xiezuo/domain';
import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import * as repo from './workers.repository';
import { auditActorOf, canSeeWorkerOf, personOf, tenantOf, workerCounties, type Caller } from './labour.policy';

export function workerDtoOf(r: repo.WorkerWide): WorkerDto {
  const w = r.w;
  return {
    id: w.id,
    name: r.name,
    idMasked: r.idMasked,
    phoneMasked: r.phoneMasked,
    countyCode: w.countyCode,
    isPoor: r.isPoor,
    skills: w.skills,
    education: w.education,
    wish: w.wish,
    wishedWageFen: w.wishedWageFen,
    availableFrom: w.availableFrom,
    hasConsent: w.hasConsent,
    status: w.status,
    version: w.version,
  };
}

/** The labour pool in the caller's scope: a county officer its county; a worker only itself. */
export async function listWorkers(
  ctx: AppContext,
  c: Caller,
  q: { county?: string; wish?: WorkerDto['wish']; status?: WorkerDto['status']; page: number; pageSize: number },
) {
  const tenantId = tenantOf(c);
  if (c.kind === 'account') {
    const personId = personOf(c);
    if (!personId) return { items: [], total: 0 };
    const { rows, total } = await repo.list(ctx.db, tenantId, { counties: null, personId, page: 1, pageSize: 1 });
    return { items: rows.map(workerDtoOf), total };
  }
  if (q.county && !canSeeWorkerOf(c.actor, q.county)) throw new AppError('FORBIDDEN');
  const { rows, total } = await repo.list(ctx.db, tenantId, { ...q, counties: workerCounties(c.actor) });
  return { items: rows.map(workerDtoOf), total };
}

/** Updates a worker's wishes and consent: its county's staff, or the worker itself on the mobile page. */
export async function updateWorker(
  ctx: AppContext,
  c: Caller,
  meta: RequestMeta,
  id: string,
  body: z.infer<typeof workerUpdateBody>,
) {
  const tenantId = tenantOf(c);
  const cur = await repo.findWide(ctx.db, tenantId, id);
  const isSelf = cur && personOf(c) === cur.w.personId;
  const isStaff = cur && c.kind === 'staff' && canSeeWorkerOf(c.actor, cur.w.countyCode);
  if (!cur || (!isSelf && !isStaff)) throw new AppError('NOT_FOUND');
  if (c.kind === 'staff' && !c.actor.abilities.includes('business.write')) throw new AppError('FORBIDDEN');
  const { version, ...set } = body;
  const { actor, who } = auditActorOf(c);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await repo.updateVersioned(tx, tenantId, id, version, set);
    if (!after) throw new AppError('CONFLICT', { currentVersion: cur.w.version });
    return {
      result: after,
      audit: {
        ...who,
        action: 'labour.worker_update',
        outcome: 'success',
        objectType: 'labour_worker',
        objectId: id,
        details: { fields: Object.keys(set) },
      },
    };
  });
  return workerDtoOf((await repo.findWide(ctx.db, tenantId, id))!);
}
