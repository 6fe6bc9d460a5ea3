import { destinationOf, type Page, type PostBody, type PostDto, type PostStatus } from '@xiezuo/domain';
import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import type { DbOrTx } from '../../db/client';
import * as employers from './employers.repository';
import * as repo from './posts.repository';
import { auditActorOf, canKeepLabour, employerOf, tenantOf, type Caller } from './labour.policy';
import { tenantCountyCodes } from './workers.repository';

export function postDtoOf(w: repo.PostWide): PostDto {
  const p = w.p;
  return {
    id: p.id,
    employerId: p.employerId,
    employerName: w.employerName,
    title: p.title,
    regionCode: p.regionCode,
    destination: p.destination,
    openings: p.openings,
    hired: w.hired,
    wageMinFen: p.wageMinFen,
    wageMaxFen: p.wageMaxFen,
    skills: p.skills,
    housing: p.housing,
    meals: p.meals,
    contractMonths: p.contractMonths,
    startOn: p.startOn,
    validTo: p.validTo,
    ageMax: p.ageMax,
    status: p.status,
    version: p.version,
  };
}

/** Whether the caller sees a post: staff all; an employer its own; a worker open ones. */
function canSeePost(c: Caller, p: repo.PostRow): boolean {
  if (c.kind === 'staff') return true;
  const own = employerOf(c);
  if (own) return own === p.employerId;
  return p.status === 'open';
}

export async function getPost(ctx: AppContext, c: Caller, id: string): Promise<PostDto> {
  const w = await repo.findWide(ctx.db, tenantOf(c), id);
  if (!w || !canSeePost(c, w.p)) throw new AppError('NOT_FOUND');
  return postDtoOf(w);
}

export async function listPosts(
  ctx: AppContext,
  c: Caller,
  q: { status?: PostStatus; employerId?: string; page: number; pageSize: number },
): Promise<Page<PostDto>> {
  const own = employerOf(c);
  const f: repo.PostFilter = { ...q };
  if (own) f.employerId = own;
  else if (c.kind === 'account') f.status = 'open';
  const { rows, total } = await repo.list(ctx.db, tenantOf(c), { ...f, page: q.page, pageSize: q.pageSize });
  return { items: rows.map(postDtoOf), total, page: q.page, pageSize: q.pageSize };
}

async function employerFor(db: DbOrTx, c: Caller, body: PostBody) {
  const own = employerOf(c);
  if (c.kind === 'account') {
    if (!own || (body.employerId && body.employerId !== own)) throw new AppError('FORBIDDEN');
    return own;
  }
  if (!canKeepLabour(c.actor)) throw new AppError('FORBIDDEN');
  if (!body.employerId) throw new AppError('VALIDATION_FAILED', { fields: { employerId: 'required' } });
  if (!(await employers.findById(db, c.actor.tenantId, body.employerId)))
    throw new AppError('VALIDATION_FAILED', { fields: { employerId: 'unknown employer' } });
  return body.employerId;
}

/** Publishes a post (an employer its own; staff for any employer). Its destination follows from its place. */
export async function createPost(ctx: AppContext, c: Caller, meta: RequestMeta, body: PostBody): Promise<PostDto> {
  const tenantId = tenantOf(c);
  const employerId = await employerFor(ctx.db, c, body);
  const counties = await tenantCountyCodes(ctx.db, tenantId);
  const { actor, who } = auditActorOf(c);
  const { employerId: _omit, ...fields } = body;
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    const p = await repo.insert(tx, {
      ...fields,
      tenantId,
      employerId,
      destination: destinationOf(body.regionCode, counties),
      createdBy: c.kind === 'staff' ? c.actor.userId : null,
      createdByAccount: c.kind === 'account' ? c.account.accountId : null,
    });
    return {
      result: p,
      audit: { ...who, action: 'labour.post_create', outcome: 'success', objectType: 'labour_post', objectId: p.id },
    };
  });
  return getPost(ctx, c, row.id);
}
