import {
  APPLICATION_STATUSES,
  transitionParty,
  type ApplicationDto,
  type ApplicationStatus,
  type Page,
} from '@xiezuo/domain';
import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import * as repo from './applications.repository';
import * as posts from './posts.repository';
import * as workers from './workers.repository';
import * as pushes from './pushes.repository';
import {
  actsAs,
  auditActorOf,
  canSeeWorkerOf,
  employerOf,
  personOf,
  tenantOf,
  workerCounties,
  type ApplicationFacts,
  type Caller,
} from './labour.policy';
import { applyTransition } from './applications.transition';

const factsOf = (w: repo.ApplicationWide): ApplicationFacts => ({
  employerId: w.employerId,
  countyCode: w.countyCode,
  workerPersonId: w.personId,
});

export function applicationDtoOf(c: Caller, w: repo.ApplicationWide): ApplicationDto {
  const to = APPLICATION_STATUSES.filter((s) => {
    const party = transitionParty(w.a.status, s);
    return party !== null && actsAs(c, party, factsOf(w));
  });
  return {
    id: w.a.id,
    postId: w.a.postId,
    postTitle: w.postTitle,
    employerName: w.employerName,
    workerId: w.a.workerId,
    workerName: w.workerName,
    phoneMasked: w.phoneMasked,
    countyCode: w.countyCode,
    status: w.a.status,
    startOn: w.a.startOn,
    recordId: w.recordId,
    appliedAt: w.a.createdAt.toISOString(),
    abilities: { to },
    version: w.a.version,
  };
}

/** Whether the caller sees an application: the worker itself, the post's employer, staff over the worker's county. */
export function canSeeApplication(c: Caller, w: repo.ApplicationWide): boolean {
  if (c.kind === 'staff') return canSeeWorkerOf(c.actor, w.countyCode);
  return employerOf(c) === w.employerId || personOf(c) === w.personId;
}

export async function getApplication(ctx: AppContext, c: Caller, id: string) {
  const w = await repo.findWide(ctx.db, tenantOf(c), id);
  if (!w || !canSeeApplication(c, w)) throw new AppError('NOT_FOUND');
  return applicationDtoOf(c, w);
}

export async function listApplications(
  ctx: AppContext,
  c: Caller,
  q: { status?: ApplicationStatus; postId?: string; page: number; pageSize: number },
): Promise<Page<ApplicationDto>> {
  const f: repo.ApplicationFilter = { ...q };
  if (c.kind === 'staff') f.counties = workerCounties(c.actor);
  else {
    const own = employerOf(c);
    const me = personOf(c);
    if (!own && !me) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    if (own) f.employerId = own;
    else f.personId = me!;
  }
  const { rows, total } = await repo.list(ctx.db, tenantOf(c), { ...f, page: q.page, pageSize: q.pageSize });
  return { items: rows.map((r) => applicationDtoOf(c, r)), total, page: q.page, pageSize: q.pageSize };
}

async function applicantOf(ctx: AppContext, c: Caller, workerId: string | undefined) {
  const tenantId = tenantOf(c);
  if (c.kind === 'account') {
    const me = personOf(c);
    const w = me && (await workers.findByPerson(ctx.db, tenantId, me));
    if (!w || (workerId && workerId !== w.id)) throw new AppError('FORBIDDEN');
    return w;
  }
  if (!workerId) throw new AppError('VALIDATION_FAILED', { fields: { workerId: 'required' } });
  const w = await workers.findWide(ctx.db, tenantId, workerId);
  if (!w || !canSeeWorkerOf(c.actor, w.w.countyCode)) throw new AppError('NOT_FOUND');
  if (!c.actor.abilities.includes('business.write')) throw new AppError('FORBIDDEN');
  return w.w;
}

/** A worker applies in one tap (or its county for it); a second application to the same post is refused. */
export async function apply(
  ctx: AppContext,
  c: Caller,
  meta: RequestMeta,
  body: { postId: string; workerId?: string; pushId?: string },
) {
  const tenantId = tenantOf(c);
  const worker = await applicantOf(ctx, c, body.workerId);
  const post = await posts.findWide(ctx.db, tenantId, body.postId);
  if (!post) throw new AppError('NOT_FOUND');
  if (post.p.status !== 'open') throw new AppError('LABOUR_POST_NOT_OPEN');
  const { actor, who } = auditActorOf(c);
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    const a = await repo.insert(tx, { tenantId, postId: post.p.id, workerId: worker.id, pushId: body.pushId ?? null });
    if (!a) throw new AppError('LABOUR_ALREADY_APPLIED');
    await repo.insertEvent(tx, {
      tenantId,
      applicationId: a.id,
      fromStatus: null,
      toStatus: 'applied',
      userId: c.kind === 'staff' ? c.actor.userId : null,
      accountId: c.kind === 'account' ? c.account.accountId : null,
    });
    await pushes.markOpened(tx, post.p.id, worker.id);
    return {
      result: a,
      audit: { ...who, action: 'labour.apply', outcome: 'success', objectType: 'labour_application', objectId: a.id },
    };
  });
  return getApplication(ctx, c, row.id);
}

/** One step of an application by the side that takes it (see APPLICATION_TRANSITIONS), in one transaction. */
export async function transition(
  ctx: AppContext,
  c: Caller,
  meta: RequestMeta,
  id: string,
  body: { to: ApplicationStatus; version: number; startOn?: string },
) {
  const tenantId = tenantOf(c);
  const w = await repo.findWide(ctx.db, tenantId, id);
  if (!w || !canSeeApplication(c, w)) throw new AppError('NOT_FOUND');
  const party = transitionParty(w.a.status, body.to);
  if (!party) throw new AppError('INVALID_TRANSITION');
  if (!actsAs(c, party, factsOf(w))) throw new AppError('FORBIDDEN');
  if (body.to === 'hired' && !body.startOn)
    throw new AppError('VALIDATION_FAILED', { fields: { startOn: 'a hire needs its start date' } });
  const { actor, who } = auditActorOf(c);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await applyTransition(tx, ctx, c, meta, w, body);
    return {
      result: null,
      audit: {
        ...who,
        action: `labour.application_${body.to}`,
        outcome: 'success',
        objectType: 'labour_application',
        objectId: id,
        details: { from: w.a.status, to: body.to },
      },
    };
  });
  return getApplication(ctx, c, id);
}
