import { and, eq } from 'drizzle-orm';
import type { RoleGrant } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { userRoles, users } from '../../db/schema';
import type { Recipient } from './messages.repository';

/** A staff user as the policies see one: who, and their grants. */
export type Member = { userId: string; roles: RoleGrant[] };

/**
 * The tenant's active staff users that pass a test — the modules' own policy predicates (who confirms this record,
 * who answers this order) — so that "who is told" is decided by the same rule as "who may act".
 */
export async function usersWhere(db: DbOrTx, tenantId: string, test: (m: Member) => boolean): Promise<Recipient[]> {
  const rows = await db
    .select({
      userId: userRoles.userId,
      role: userRoles.role,
      scopeType: userRoles.scopeType,
      scopeId: userRoles.scopeId,
    })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.tenantId, tenantId), eq(users.isActive, true)));
  const members = new Map<string, Member>();
  for (const r of rows) {
    const m = members.get(r.userId) ?? { userId: r.userId, roles: [] };
    m.roles.push({ role: r.role, scopeType: r.scopeType, scopeId: r.scopeId });
    members.set(r.userId, m);
  }
  return [...members.values()].filter(test).map((m) => ({ kind: 'user', id: m.userId }));
}
