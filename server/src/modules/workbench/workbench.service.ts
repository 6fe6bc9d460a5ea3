import { DUE_SOON_DAYS, type WorkbenchDto, type WorkbenchItemDto, type WorkbenchKind } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { verifyTail } from '../audit/audit-verify';
import { sideScope } from '../ledger/records.policy';
import { reporterUnits } from '../oversight/supervision/supervision.policy';
import { list as listWarnings, settingsOf } from '../oversight/warnings/warnings.service';
import { workingDate } from '../settings/working-date.service';
import * as repo from './workbench.repository';

const HREF: Record<WorkbenchKind, string> = {
  'records.confirm': '/ledger?awaiting=confirm',
  'records.review': '/ledger?awaiting=review',
  'records.disputed': '/ledger?awaiting=disputed',
  'supervision.respond': '/supervision?awaiting=respond',
  'supervision.close': '/supervision?awaiting=close',
  'unlock.decide': '/ledger/periods?tab=unlocks&status=pending',
  warnings: '/warnings',
  'imports.stopped': '/imports?stopped=true',
  'admin.users_locked': '/users',
  'admin.failed_signins': '/audit?outcome=failure',
  'admin.audit_chain': '/audit',
  'admin.dead_letters': '/system/messages',
};

const item = (kind: WorkbenchKind, count: number, dueSoon = 0, overdue = 0): WorkbenchItemDto => ({
  kind,
  count,
  dueSoon,
  overdue,
  href: HREF[kind],
});

/**
 * The warnings in the caller's scope on the working date, as the warnings list computes them (the engine, not SQL
 * counts); critical ones read as overdue. The href opens that list on the same year and date.
 */
async function warningsItem(ctx: AppContext, actor: Actor, wd: string): Promise<WorkbenchItemDto> {
  const year = Number(wd.slice(0, 4));
  const { items } = await listWarnings(ctx, actor, { year, asOf: wd });
  const critical = items.filter((w) => w.severity === 'critical').length;
  return { ...item('warnings', items.length, 0, critical), href: `/warnings?year=${year}&asOf=${wd}` };
}

/** The scope the counts run in, from the caller's grants and abilities and the tenant's settings. */
async function scopeOf(ctx: AppContext, actor: Actor): Promise<repo.WorkbenchScope> {
  const [wd, settings] = await Promise.all([workingDate(ctx.db, actor.tenantId), settingsOf(ctx, actor.tenantId)]);
  return {
    tenantId: actor.tenantId,
    userId: actor.userId,
    side: sideScope(actor),
    answerUnits: reporterUnits(actor),
    isOffice: actor.abilities.includes('org.manage'),
    isSecurity: actor.abilities.includes('users.manage'),
    isSystem: actor.abilities.includes('config.manage'),
    workingDate: wd,
    dueSoonDays: DUE_SOON_DAYS,
    awaitingDays: settings.awaitingDays,
  };
}

/**
 * What awaits the caller now, counted by the server in one round of queries on the tenant's working date: records to
 * confirm, review or answer, supervision orders to answer or close (due within 3 days, overdue), unlock requests,
 * warnings in scope, stopped imports; for the 三员 locked users and failed sign-ins, the audit chain, the dead-letter list. Only the
 * kinds the caller has a part in are listed.
 */
export async function workbench(ctx: AppContext, actor: Actor): Promise<WorkbenchDto> {
  const s = await scopeOf(ctx, actor);
  const isAuditAdmin = actor.abilities.includes('audit.read') && !actor.abilities.includes('business.read');
  const [c, recent, chain, warnings] = await Promise.all([
    repo.counts(ctx.db, s),
    repo.recentActivity(ctx.db, actor.userId),
    isAuditAdmin ? verifyTail(ctx.db, ctx.keys.audit) : Promise.resolve(null),
    actor.abilities.includes('business.read') ? warningsItem(ctx, actor, s.workingDate) : Promise.resolve(null),
  ]);
  const n = (k: string) => Number(c[k] ?? 0);
  const triple = (k: string) => [n(`${k}_count`), n(`${k}_due_soon`), n(`${k}_overdue`)] as const;
  const writes = actor.abilities.includes('business.write');
  const side = s.side;
  const items: WorkbenchItemDto[] = [];
  if (writes && (side.confirmCounties.length || side.confirmUnits.length || side.confirmDistrict))
    items.push(item('records.confirm', ...triple('confirm')));
  if (side.reviewTypes.length) items.push(item('records.review', ...triple('review')));
  if (writes && (side.reportUnits.length || side.reportAllEast || side.reportCounties.length))
    items.push(item('records.disputed', ...triple('disputed')));
  if (s.answerUnits.length) items.push(item('supervision.respond', ...triple('respond')));
  if (s.isOffice) items.push(item('supervision.close', ...triple('close')), item('unlock.decide', n('unlock_count')));
  if (warnings) items.push(warnings);
  if (n('imports_count')) items.push(item('imports.stopped', n('imports_count')));
  if (s.isSecurity)
    items.push(item('admin.users_locked', n('locked_count')), item('admin.failed_signins', n('failed_signins')));
  if (chain) items.push({ ...item('admin.audit_chain', chain === 'ok' ? 0 : 1), state: chain });
  if (s.isSystem) items.push(item('admin.dead_letters', n('dead_count')));
  return {
    workingDate: s.workingDate,
    items,
    recent: recent.map((r) => ({ ...r, at: r.at.toISOString() })),
    unread: n('unread'),
  };
}
