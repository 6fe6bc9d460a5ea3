import type { AccountSessionDto, SubjectRef } from '@xiezuo/domain';
import type { AccountActor, AppContext } from '../../http/context';
import { randomToken, sha256Hex } from '../../security/hash';
import type { DbOrTx } from '../../db/client';
import * as repo from './accounts.repository';

// an external session's token says so, so that the staff session table is never asked about it
const PREFIX = 'x.';
export const isAccountToken = (token: string) => token.startsWith(PREFIX);

export type AccountLookup = { account: AccountActor } | { expired: true } | null;

/** Loads the external account behind a session token; idle and absolute limits as for staff sessions. */
export async function resolveAccountSession(ctx: AppContext, token: string): Promise<AccountLookup> {
  const id = sha256Hex(token);
  const found = await repo.findSession(ctx.db, id);
  if (!found || found.session.revokedAt || found.account.status !== 'active') return null;
  const now = Date.now();
  const { session, account } = found;
  if (now > session.expiresAt.getTime() || now - session.lastSeenAt.getTime() > ctx.config.session.idleMs) {
    await repo.revokeSession(ctx.db, id);
    return { expired: true };
  }
  if (now - session.lastSeenAt.getTime() > 15_000) await repo.touchSession(ctx.db, id);
  const subject: SubjectRef | null =
    account.subjectKind && account.subjectId ? { kind: account.subjectKind, id: account.subjectId } : null;
  return {
    account: {
      accountId: account.id,
      tenantId: account.tenantId,
      tenantName: found.tenantName,
      phoneMasked: account.phoneMasked,
      displayName: account.displayName,
      roles: account.roles,
      subject,
      sessionId: id,
      csrfToken: session.csrfToken,
    },
  };
}

/** Opens a session for an external account in the caller's transaction; returns the cookie token. */
export async function openAccountSession(
  ctx: AppContext,
  tx: DbOrTx,
  a: { accountId: string; tenantId: string; ip: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = PREFIX + randomToken(32);
  const csrfToken = randomToken(24);
  const now = new Date();
  await repo.insertSession(tx, {
    id: sha256Hex(token),
    tenantId: a.tenantId,
    accountId: a.accountId,
    csrfToken,
    ip: a.ip,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ctx.config.session.absoluteMs),
  });
  await repo.markSignedIn(tx, a.accountId);
  return { token, csrfToken };
}

export function presentAccountSession(ctx: AppContext, a: AccountActor, isNew = false): AccountSessionDto {
  return {
    account: {
      id: a.accountId,
      phoneMasked: a.phoneMasked,
      displayName: a.displayName,
      roles: a.roles,
      subject: a.subject,
      tenant: { id: a.tenantId, name: a.tenantName },
      isNew,
    },
    kind: 'external',
    csrfToken: a.csrfToken,
    idleTimeoutSeconds: Math.round(ctx.config.session.idleMs / 1000),
  };
}
