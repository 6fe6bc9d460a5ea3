import type { AuditEntryDto, AuditQuery, Page } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { presentAuditEntry } from './audit.presenter';
import * as repo from './audit.repository';

/** A page of the caller's tenant's audit log under the search's filters. */
export async function searchLog(ctx: AppContext, actor: Actor, q: AuditQuery): Promise<Page<AuditEntryDto>> {
  const filter = {
    tenantId: actor.tenantId,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    action: q.action,
    outcome: q.outcome,
    q: q.q || undefined,
  };
  const { rows, total } = await repo.listPage(ctx.db, filter, q.page, q.pageSize, q.order);
  const names = await repo.objectNames(ctx.db, rows);
  return { items: rows.map((r) => presentAuditEntry(r, names)), total, page: q.page, pageSize: q.pageSize };
}

/** The distinct actions in the caller's tenant's log (for the filter's choices). */
export async function listActions(ctx: AppContext, actor: Actor): Promise<{ actions: string[] }> {
  return { actions: await repo.listActions(ctx.db, actor.tenantId) };
}
