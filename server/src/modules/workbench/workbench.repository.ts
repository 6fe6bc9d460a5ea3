import { sql, type SQL } from 'drizzle-orm';
import { IMPORT_STOPPED_STATUSES, SUPERVISION_AWAITING } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import {
  auditLog,
  imports,
  messageDeliveries,
  messages,
  records,
  supervisionOrders,
  supervisionOrderUnits,
  unlockRequests,
  users,
} from '../../db/schema';
import { awaitingWhere, type SideScope } from '../ledger/records.repository';

/** What the counts are computed for: the caller's sides, units, abilities and the tenant's working date. */
export type WorkbenchScope = {
  tenantId: string;
  userId: string;
  side: SideScope;
  answerUnits: string[];
  isOffice: boolean;
  isSecurity: boolean;
  isSystem: boolean;
  workingDate: string;
  dueSoonDays: number;
  awaitingDays: number;
};

const int = (q: SQL) => sql<number>`coalesce((${q}), 0)::int`;
const uuids = (ids: string[]) =>
  sql`array[${sql.join(ids.length ? ids.map((i) => sql`${i}`) : [sql`null`], sql`, `)}]::uuid[]`;

/** The day a record submitted on `d` falls overdue, compared to the working date as days. */
function recordCounts(s: WorkbenchScope, which: 'confirm' | 'review' | 'disputed') {
  const where = sql`${records.tenantId} = ${s.tenantId} and ${awaitingWhere(s.side, which)}`;
  const age = sql`(${s.workingDate}::date - ${records.submittedAt}::date)`;
  return {
    count: int(sql`select count(*) from ${records} where ${where}`),
    overdue: int(sql`select count(*) from ${records} where ${where} and ${age} > ${s.awaitingDays}`),
    dueSoon: int(
      sql`select count(*) from ${records} where ${where} and ${age} between ${s.awaitingDays - s.dueSoonDays} and ${s.awaitingDays}`,
    ),
  };
}

function orderCounts(s: WorkbenchScope, statuses: readonly string[], mine: boolean) {
  const assigned = mine
    ? sql`and exists (select 1 from ${supervisionOrderUnits} ou where ou.order_id = ${supervisionOrders.id} and ou.unit_id = any(${uuids(s.answerUnits)}))`
    : sql``;
  const where = sql`${supervisionOrders.tenantId} = ${s.tenantId} and ${supervisionOrders.status} in (${sql.join(
    statuses.map((x) => sql`${x}`),
    sql`, `,
  )}) ${assigned}`;
  const wd = sql`${s.workingDate}::date`;
  return {
    count: int(sql`select count(*) from ${supervisionOrders} where ${where}`),
    overdue: int(
      sql`select count(*) from ${supervisionOrders} where ${where} and ${supervisionOrders.dueDate} < ${wd}`,
    ),
    dueSoon: int(
      sql`select count(*) from ${supervisionOrders} where ${where} and ${supervisionOrders.dueDate} between ${wd} and ${wd} + ${s.dueSoonDays}::int`,
    ),
  };
}

const none = { count: sql<number>`0`, overdue: sql<number>`0`, dueSoon: sql<number>`0` };

/** Every count of the workbench in one statement (one round trip); parts a caller has no part in are zero. */
export async function counts(db: DbOrTx, s: WorkbenchScope) {
  const c = {
    confirm: recordCounts(s, 'confirm'),
    review: s.side.reviewTypes.length ? recordCounts(s, 'review') : none,
    disputed: recordCounts(s, 'disputed'),
    respond: s.answerUnits.length ? orderCounts(s, SUPERVISION_AWAITING.respond, true) : none,
    close: s.isOffice ? orderCounts(s, SUPERVISION_AWAITING.close, false) : none,
  };
  const cols = Object.entries(c).flatMap(([k, v]) => [
    sql`${v.count} as ${sql.identifier(`${k}_count`)}`,
    sql`${v.overdue} as ${sql.identifier(`${k}_overdue`)}`,
    sql`${v.dueSoon} as ${sql.identifier(`${k}_due_soon`)}`,
  ]);
  const extra = [
    sql`${s.isOffice ? int(sql`select count(*) from ${unlockRequests} where ${unlockRequests.tenantId} = ${s.tenantId} and ${unlockRequests.status} = 'pending'`) : sql`0`} as unlock_count`,
    sql`${int(
      sql`select count(*) from ${imports} where ${imports.tenantId} = ${s.tenantId} and ${imports.createdBy} = ${s.userId}::uuid and ${imports.status} in (${sql.join(
        IMPORT_STOPPED_STATUSES.map((x) => sql`${x}`),
        sql`, `,
      )})`,
    )} as imports_count`,
    sql`${s.isSecurity ? int(sql`select count(*) from ${users} where ${users.tenantId} = ${s.tenantId} and ${users.lockedUntil} > now()`) : sql`0`} as locked_count`,
    sql`${s.isSecurity ? int(sql`select count(*) from ${auditLog} where ${auditLog.at} > now() - interval '1 day' and ${auditLog.action} in ('auth.login', 'account.sign_in') and ${auditLog.outcome} <> 'success' and (${auditLog.tenantId} = ${s.tenantId} or ${auditLog.tenantId} is null)`) : sql`0`} as failed_signins`,
    sql`${s.isSystem ? int(sql`select count(*) from ${messageDeliveries} where ${messageDeliveries.tenantId} = ${s.tenantId} and ${messageDeliveries.status} = 'dead'`) : sql`0`} as dead_count`,
    sql`${int(sql`select count(*) from ${messages} where ${messages.recipientKind} = 'user' and ${messages.recipientId} = ${s.userId}::uuid and ${messages.readAt} is null`)} as unread`,
  ];
  const res = await db.execute<Record<string, number>>(sql`select ${sql.join([...cols, ...extra], sql`, `)}`);
  return res.rows[0]!;
}

/** The caller's own latest audited actions. */
export async function recentActivity(db: DbOrTx, userId: string, limit = 8) {
  return db
    .select({ at: auditLog.at, action: auditLog.action, objectType: auditLog.objectType, objectId: auditLog.objectId })
    .from(auditLog)
    .where(sql`${auditLog.userId} = ${userId}::uuid and ${auditLog.outcome} = 'success'`)
    .orderBy(sql`${auditLog.id} desc`)
    .limit(limit);
}
