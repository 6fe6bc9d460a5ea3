import type { WorkingDateDto } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { withAudit } from '../../lib/audit-tx';
import * as repo from './working-date.repository';

/** Today's date in China (UTC+8), the default working date. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * 工作日期 / 数据截至: the date a tenant's pages, warnings, due dates and reports take as "now" — the office's
 * setting, or today when none is set. Every module asks here instead of reading the clock.
 */
export async function workingDate(db: DbOrTx, tenantId: string): Promise<string> {
  return (await repo.findSettings(db, tenantId))?.workingDate ?? chinaToday();
}

/** The working date as a moment: the end of that day in China when it is in the past, else now. */
export async function workingNow(db: DbOrTx, tenantId: string): Promise<Date> {
  const day = await workingDate(db, tenantId);
  const now = new Date();
  return day < chinaToday(now) ? new Date(`${day}T23:59:59.999+08:00`) : now;
}

/** ISO date `days` after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function getWorkingDate(ctx: AppContext, tenantId: string): Promise<WorkingDateDto> {
  const row = await repo.findSettings(ctx.db, tenantId);
  return {
    workingDate: row?.workingDate ?? chinaToday(),
    isToday: !row?.workingDate,
    version: row?.version ?? 0,
  };
}

/** The office sets (or clears, back to today) the working date; version-checked and audited. */
export async function setWorkingDate(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: { workingDate: string | null; version: number },
): Promise<WorkingDateDto> {
  const before = await getWorkingDate(ctx, actor.tenantId);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const v = await repo.putWorkingDate(tx, actor.tenantId, body.workingDate, body.version, actor.userId);
    if (v === null) throw new AppError('CONFLICT', { currentVersion: before.version });
    return {
      result: v,
      audit: {
        action: 'settings.working_date',
        outcome: 'success',
        objectType: 'tenant',
        objectId: actor.tenantId,
        details: { before: before.isToday ? null : before.workingDate, after: body.workingDate },
      },
    };
  });
  return getWorkingDate(ctx, actor.tenantId);
}
