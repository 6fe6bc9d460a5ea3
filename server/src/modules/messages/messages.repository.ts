import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DeliveryStatus, MessageVars, OutboundChannel } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { channelPrefs, externalAccounts, messageDeliveries, messages, users } from '../../db/schema';

export type RecipientKind = 'user' | 'account';
export type Recipient = { kind: RecipientKind; id: string };
export type MessageRow = typeof messages.$inferSelect;
export type DeliveryRow = typeof messageDeliveries.$inferSelect;

/** Name, contacts present and channel choices of recipients (staff users and external accounts) in a tenant. */
export async function recipientFacts(db: DbOrTx, tenantId: string, to: readonly Recipient[]) {
  const ids = (k: RecipientKind) => to.filter((r) => r.kind === k).map((r) => r.id);
  const userIds = ids('user');
  const accountIds = ids('account');
  const prefs = (kind: RecipientKind, id: typeof users.id | typeof externalAccounts.id) =>
    and(eq(channelPrefs.recipientKind, kind), eq(channelPrefs.recipientId, id));
  const [u, a] = await Promise.all([
    userIds.length
      ? db
          .select({
            id: users.id,
            name: users.displayName,
            hasPhone: sql<boolean>`${users.phoneEnc} is not null`,
            hasWecom: sql<boolean>`${users.wecomUserId} is not null`,
            sms: channelPrefs.sms,
            wecom: channelPrefs.wecom,
          })
          .from(users)
          .leftJoin(channelPrefs, prefs('user', users.id))
          .where(and(eq(users.tenantId, tenantId), inArray(users.id, userIds), eq(users.isActive, true)))
      : [],
    accountIds.length
      ? db
          .select({
            id: externalAccounts.id,
            name: externalAccounts.displayName,
            hasPhone: sql<boolean>`true`,
            hasWecom: sql<boolean>`false`,
            sms: channelPrefs.sms,
            wecom: channelPrefs.wecom,
          })
          .from(externalAccounts)
          .leftJoin(channelPrefs, prefs('account', externalAccounts.id))
          .where(and(eq(externalAccounts.tenantId, tenantId), inArray(externalAccounts.id, accountIds)))
      : [],
  ]);
  return [
    ...u.map((r) => ({ ...r, kind: 'user' as const })),
    ...a.map((r) => ({ ...r, kind: 'account' as const, name: r.name ?? '' })),
  ];
}

/** Messages inserted now; a key a recipient already has is skipped (a retried producer sends nothing twice). */
export async function insertMessages(db: DbOrTx, rows: (typeof messages.$inferInsert)[]) {
  if (!rows.length) return [];
  return db
    .insert(messages)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: messages.id, recipientKind: messages.recipientKind, recipientId: messages.recipientId });
}

/** Deliveries created in the last day per recipient and channel (for the per-recipient caps). */
export async function deliveriesToday(db: DbOrTx, to: readonly Recipient[]) {
  if (!to.length) return new Map<string, number>();
  const rows = await db
    .select({ kind: messages.recipientKind, id: messages.recipientId, channel: messageDeliveries.channel, n: count() })
    .from(messageDeliveries)
    .innerJoin(messages, eq(messages.id, messageDeliveries.messageId))
    .where(
      and(
        inArray(
          messages.recipientId,
          to.map((r) => r.id),
        ),
        sql`${messageDeliveries.createdAt} > now() - interval '1 day'`,
        sql`${messageDeliveries.status} <> 'skipped'`,
      ),
    )
    .groupBy(messages.recipientKind, messages.recipientId, messageDeliveries.channel);
  return new Map(rows.map((r) => [`${r.kind}:${r.id}:${r.channel}`, r.n]));
}

export async function insertDeliveries(db: DbOrTx, rows: (typeof messageDeliveries.$inferInsert)[]) {
  if (!rows.length) return [];
  return db
    .insert(messageDeliveries)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: messageDeliveries.id, status: messageDeliveries.status });
}

/** A delivery with its message and the recipient's stored contact (encrypted phone, WeCom ID). */
export async function findDelivery(db: DbOrTx, id: string) {
  const rows = await db
    .select({
      d: messageDeliveries,
      m: messages,
      phoneEnc: sql<
        string | null
      >`coalesce((select u.phone_enc from ${users} u where ${messages.recipientKind} = 'user' and u.id = ${messages.recipientId}),
                 (select a.phone_enc from ${externalAccounts} a where ${messages.recipientKind} = 'account' and a.id = ${messages.recipientId}))`,
      wecomUserId: sql<
        string | null
      >`(select u.wecom_user_id from ${users} u where ${messages.recipientKind} = 'user' and u.id = ${messages.recipientId})`,
    })
    .from(messageDeliveries)
    .innerJoin(messages, eq(messages.id, messageDeliveries.messageId))
    .where(eq(messageDeliveries.id, id));
  return rows[0];
}

/** Claims a delivery for one send: committed before the vendor is called, so a crash leaves it 'sending'. */
export async function claimDelivery(db: DbOrTx, id: string, adapter: string): Promise<boolean> {
  const rows = await db
    .update(messageDeliveries)
    .set({
      status: 'sending',
      adapter,
      attempts: sql`${messageDeliveries.attempts} + 1`,
      sendingSince: new Date(),
      updatedAt: new Date(),
    })
    .where(and(eq(messageDeliveries.id, id), inArray(messageDeliveries.status, ['pending', 'failed', 'sending'])))
    .returning({ id: messageDeliveries.id });
  return rows.length === 1;
}

export async function markDelivery(
  db: DbOrTx,
  id: string,
  status: DeliveryStatus,
  patch: { lastError?: string | null; vendorRef?: string | null } = {},
) {
  await db
    .update(messageDeliveries)
    .set({
      status,
      ...patch,
      updatedAt: new Date(),
      ...(status === 'sent' ? { sentAt: new Date(), lastError: null } : {}),
    })
    .where(and(eq(messageDeliveries.id, id), sql`${messageDeliveries.status} not in ('sent', 'dead', 'skipped')`));
}

export async function listInbox(db: DbOrTx, r: Recipient, q: { unread?: boolean; page: number; pageSize: number }) {
  const where = and(
    eq(messages.recipientKind, r.kind),
    eq(messages.recipientId, r.id),
    q.unread ? isNull(messages.readAt) : undefined,
  );
  const [rows, total, unread] = await Promise.all([
    db
      .select()
      .from(messages)
      .where(where)
      .orderBy(desc(messages.createdAt), desc(messages.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(messages).where(where),
    unreadCount(db, r),
  ]);
  return { rows, total: total[0]?.n ?? 0, unread };
}

export async function unreadCount(db: DbOrTx, r: Recipient): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.recipientKind, r.kind), eq(messages.recipientId, r.id), isNull(messages.readAt)));
  return rows[0]?.n ?? 0;
}

export async function markRead(db: DbOrTx, r: Recipient, ids: string[] | 'all'): Promise<number> {
  const rows = await db
    .update(messages)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(messages.recipientKind, r.kind),
        eq(messages.recipientId, r.id),
        isNull(messages.readAt),
        ids === 'all' ? undefined : inArray(messages.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']),
      ),
    )
    .returning({ id: messages.id });
  return rows.length;
}

export async function findByShortCode(db: DbOrTx, code: string) {
  const rows = await db
    .select({ id: messages.id, link: messages.link })
    .from(messages)
    .where(eq(messages.shortCode, code))
    .limit(1);
  return rows[0];
}

export async function listDeliveries(db: DbOrTx, q: { status: DeliveryStatus; page: number; pageSize: number }) {
  const where = eq(messageDeliveries.status, q.status);
  const [rows, total] = await Promise.all([
    db
      .select({
        d: messageDeliveries,
        template: messages.template,
        recipient: sql<string>`coalesce(
          (select u.display_name from ${users} u where ${messages.recipientKind} = 'user' and u.id = ${messages.recipientId}),
          (select a.phone_masked from ${externalAccounts} a where ${messages.recipientKind} = 'account' and a.id = ${messages.recipientId}),
          '')`,
      })
      .from(messageDeliveries)
      .innerJoin(messages, eq(messages.id, messageDeliveries.messageId))
      .where(where)
      .orderBy(desc(messageDeliveries.updatedAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(messageDeliveries).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function deliveryCounts(db: DbOrTx): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: messageDeliveries.status, n: count() })
    .from(messageDeliveries)
    .groupBy(messageDeliveries.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function resetDelivery(db: DbOrTx, id: string) {
  const rows = await db
    .update(messageDeliveries)
    .set({ status: 'pending', lastError: null, updatedAt: new Date() })
    .where(and(eq(messageDeliveries.id, id), eq(messageDeliveries.status, 'dead')))
    .returning({ id: messageDeliveries.id });
  return rows.length === 1;
}

export async function getPrefs(db: DbOrTx, r: Recipient) {
  const rows = await db
    .select()
    .from(channelPrefs)
    .where(and(eq(channelPrefs.recipientKind, r.kind), eq(channelPrefs.recipientId, r.id)));
  return rows[0];
}

export async function upsertPrefs(db: DbOrTx, tenantId: string, r: Recipient, p: Record<OutboundChannel, boolean>) {
  await db
    .insert(channelPrefs)
    .values({ recipientKind: r.kind, recipientId: r.id, tenantId, ...p })
    .onConflictDoUpdate({
      target: [channelPrefs.recipientKind, channelPrefs.recipientId],
      set: { ...p, updatedAt: new Date() },
    });
}

export type { MessageVars };

/** A staff user's contact for messages, masked. */
export async function userContact(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ phoneMasked: users.phoneMasked, wecomUserId: users.wecomUserId })
    .from(users)
    .where(eq(users.id, userId));
  return rows[0];
}

export async function setUserContact(
  db: DbOrTx,
  userId: string,
  c: { phoneEnc?: string | null; phoneIndex?: string | null; phoneMasked?: string | null; wecomUserId?: string | null },
) {
  await db
    .update(users)
    .set({ ...c, updatedAt: new Date() })
    .where(eq(users.id, userId));
}
