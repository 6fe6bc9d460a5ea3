import { isValidMobile, maskPhone, normalisePhone, type ChannelPrefsDto, type Lang } from '@xiezuo/domain';
import { AppError } from '../../http/app-error';
import type { AccountActor, Actor, AppContext, RequestMeta } from '../../http/context';
import { blindIndex, encryptField } from '../../security/pii';
import { withAudit } from '../../lib/audit-tx';
import * as repo from './messages.repository';
import { presentMessage } from './messages.presenter';
import type { Recipient } from './messages.repository';

/** The recipient a signed-in caller reads messages as: a staff user or an external account. */
export function recipientOf(actor: Actor | null, account: AccountActor | null): Recipient {
  if (actor) return { kind: 'user', id: actor.userId };
  if (account) return { kind: 'account', id: account.accountId };
  throw new AppError('UNAUTHENTICATED');
}

export async function inbox(
  ctx: AppContext,
  r: Recipient,
  lang: Lang,
  q: { unread?: boolean; page: number; pageSize: number },
) {
  const { rows, total, unread } = await repo.listInbox(ctx.db, r, q);
  return { items: rows.map((m) => presentMessage(m, lang)), total, unread, page: q.page, pageSize: q.pageSize };
}

export async function markRead(ctx: AppContext, r: Recipient, body: { ids?: string[]; all?: boolean }) {
  if (!body.all && !body.ids?.length)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'ids', message: 'ids or all' }] });
  await repo.markRead(ctx.db, r, body.all ? 'all' : body.ids!);
  return { unread: await repo.unreadCount(ctx.db, r) };
}

export async function prefsOf(ctx: AppContext, r: Recipient): Promise<ChannelPrefsDto> {
  const p = await repo.getPrefs(ctx.db, r);
  const contact = r.kind === 'user' ? await repo.userContact(ctx.db, r.id) : undefined;
  return {
    sms: p?.sms ?? true,
    wecom: p?.wecom ?? true,
    phoneMasked: contact?.phoneMasked ?? null,
    wecomUserId: contact?.wecomUserId ?? null,
  };
}

/** Saves the caller's channels and (staff) the phone and WeCom ID messages go to; audited, phone never logged. */
export async function savePrefs(
  ctx: AppContext,
  r: Recipient,
  tenantId: string,
  actor: Actor | null,
  meta: RequestMeta,
  body: { sms: boolean; wecom: boolean; phone?: string | null; wecomUserId?: string | null },
): Promise<ChannelPrefsDto> {
  let phone: string | null | undefined = undefined;
  if (body.phone !== undefined && body.phone !== null) {
    phone = normalisePhone(body.phone.replace(/[\s-]/g, ''));
    if (!isValidMobile(phone)) throw new AppError('PHONE_INVALID');
  } else if (body.phone === null) phone = null;
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await repo.upsertPrefs(tx, tenantId, r, { sms: body.sms, wecom: body.wecom });
    if (r.kind === 'user' && (phone !== undefined || body.wecomUserId !== undefined))
      await repo.setUserContact(tx, r.id, {
        ...(phone !== undefined
          ? {
              phoneEnc: phone ? encryptField(ctx.keys, phone) : null,
              phoneIndex: phone ? blindIndex(ctx.keys, phone) : null,
              phoneMasked: phone ? maskPhone(phone) : null,
            }
          : {}),
        ...(body.wecomUserId !== undefined ? { wecomUserId: body.wecomUserId } : {}),
      });
    return {
      result: undefined,
      audit: {
        action: 'messages.prefs',
        outcome: 'success',
        objectType: r.kind,
        objectId: r.id,
        details: { sms: body.sms, wecom: body.wecom, phoneChanged: phone !== undefined },
      },
    };
  });
  return prefsOf(ctx, r);
}
