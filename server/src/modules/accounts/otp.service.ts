import crypto from 'node:crypto';
import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { appendAudit } from '../../lib/audit-tx';
import { enqueueMessage } from '../messages/outbox';
import { openAccountSession } from './account-sessions.service';
import { findOrCreateAccount, parsePhone, phoneIndexOf } from './accounts.service';
import * as repo from './accounts.repository';

export const OTP_TTL_SECONDS = 300;
export const OTP_TRIES = 5;
export const OTP_RESEND_SECONDS = 60;

const hashCode = (ctx: AppContext, otpId: string, code: string) =>
  crypto.createHmac('sm3', ctx.keys.mac).update(`otp:${otpId}:${code}`).digest('hex');

async function tenantOf(ctx: AppContext, code: string | undefined) {
  const t = await repo.tenantByCode(ctx.db, code);
  if (!t) throw new AppError('NOT_FOUND');
  return t;
}

/**
 * Sends a 6-digit code to a phone through the outbox (SMS, or the log file without a vendor), valid 5 minutes.
 * Limited per phone (one a minute, OTP_RATE_PER_PHONE_HOUR an hour) and per client IP; only its hash is kept.
 * The code goes to an account created for the phone if there is none, so that it has a recipient.
 */
export async function requestOtp(ctx: AppContext, meta: RequestMeta, rawPhone: string, tenantCode?: string) {
  const phone = parsePhone(rawPhone);
  const tenant = await tenantOf(ctx, tenantCode);
  const phoneIndex = phoneIndexOf(ctx, phone);
  const limits = ctx.config.messaging.otp;
  const seen = await repo.otpRequestCounts(ctx.db, tenant.id, phoneIndex, meta.ip);
  const wait =
    seen.newestAgeSeconds !== null && seen.newestAgeSeconds < OTP_RESEND_SECONDS
      ? OTP_RESEND_SECONDS - seen.newestAgeSeconds
      : seen.phone >= limits.perPhoneHour || seen.ip >= limits.perIpHour
        ? 3600
        : 0;
  if (wait) throw new AppError('RATE_LIMITED', { retryAfterSeconds: wait });
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  await ctx.db.transaction(async (tx) => {
    const { account } = await findOrCreateAccount(ctx, tx, { tenantId: tenant.id, phone });
    const id = crypto.randomUUID();
    await repo.insertOtp(tx, {
      id,
      tenantId: tenant.id,
      phoneIndex,
      codeHash: hashCode(ctx, id, code),
      ip: meta.ip,
      expiresAt: new Date(Date.now() + OTP_TTL_SECONDS * 1000),
    });
    await enqueueMessage(ctx, tx, {
      tenantId: tenant.id,
      to: [{ kind: 'account', id: account.id }],
      template: 'auth.otp',
      vars: { code },
      channels: ['sms'],
      key: `auth.otp:${id}`,
    });
  });
  return { sent: true as const, expiresInSeconds: OTP_TTL_SECONDS, resendAfterSeconds: OTP_RESEND_SECONDS };
}

/**
 * Checks a code: the newest live code of the phone, 5 tries, then it is spent (423 OTP_LOCKED, a new code needed).
 * Right: the code is spent, the account found or created, and an external session opened, all audited.
 */
export async function verifyOtp(ctx: AppContext, meta: RequestMeta, rawPhone: string, code: string, t?: string) {
  const phone = parsePhone(rawPhone);
  const tenant = await tenantOf(ctx, t);
  const phoneIndex = phoneIndexOf(ctx, phone);
  type Outcome =
    | { error: 'OTP_INVALID' | 'OTP_LOCKED'; tries: number }
    | { session: { token: string; csrfToken: string }; isNew: boolean };
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    const live = await repo.liveOtp(tx, tenant.id, phoneIndex);
    if (!live) return { error: 'OTP_INVALID' as const, tries: 0 };
    if (live.attempts >= OTP_TRIES) return { error: 'OTP_LOCKED' as const, tries: 0 };
    const expected = Buffer.from(live.codeHash, 'hex');
    const given = Buffer.from(hashCode(ctx, live.id, code), 'hex');
    if (!crypto.timingSafeEqual(expected, given)) {
      const spent = live.attempts + 1 >= OTP_TRIES;
      await repo.failOtp(tx, live.id, spent);
      return {
        error: spent ? ('OTP_LOCKED' as const) : ('OTP_INVALID' as const),
        tries: OTP_TRIES - live.attempts - 1,
      };
    }
    await repo.consumeOtp(tx, live.id);
    const { account, isNew } = await findOrCreateAccount(ctx, tx, { tenantId: tenant.id, phone });
    const session = await openAccountSession(ctx, tx, { accountId: account.id, tenantId: tenant.id, ip: meta.ip });
    await appendAudit(tx, null, meta, {
      action: 'account.sign_in',
      outcome: 'success',
      objectType: 'external_account',
      objectId: account.id,
      tenantId: tenant.id,
      username: `phone:${account.phoneMasked}`,
    });
    return { session, isNew };
  });
  if ('error' in outcome) {
    await ctx.db.transaction((tx) =>
      appendAudit(tx, null, meta, {
        action: 'account.sign_in',
        outcome: outcome.error === 'OTP_LOCKED' ? 'denied' : 'failure',
        objectType: 'phone',
        tenantId: tenant.id,
        username: `phone:${phone.slice(0, 3)}****${phone.slice(-4)}`,
        details: { reason: outcome.error, triesLeft: outcome.tries },
      }),
    );
    throw new AppError(outcome.error, { triesLeft: outcome.tries });
  }
  return outcome;
}
