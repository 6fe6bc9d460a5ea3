import crypto from 'node:crypto';
import { MESSAGE_TEMPLATES, type MessageTemplateCode, type MessageVars, type OutboundChannel } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { AppContext } from '../../http/context';
import { insertJobs } from '../../lib/queue/queue';
import * as repo from './messages.repository';
import type { Recipient } from './messages.repository';

export type { Recipient };
export const DELIVER_QUEUE = 'messages.deliver';
export const DEAD_QUEUE = 'messages.dead';

/** What a module asks the outbox to send. */
export type MessageInput = {
  tenantId: string;
  /** staff users and external accounts; one message each */
  to: readonly Recipient[];
  template: MessageTemplateCode;
  /** the template's variables except `name` (each recipient's own) and `link` (the message's short link) */
  vars: MessageVars;
  /** the page the message opens, an app path such as `/ledger/<id>` */
  link?: string | null;
  /** outbound channels; the template's own when absent. The in-app centre always gets the message. */
  channels?: readonly OutboundChannel[];
  /** unique per recipient: the same key twice sends nothing twice (e.g. `record.submitted:<id>:<version>`) */
  key: string;
};

const SHORT = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 10 characters from 57: about 58 bits, not guessable, short enough for one SMS. */
export function shortCode(): string {
  const bytes = crypto.randomBytes(10);
  return Array.from(bytes, (b) => SHORT[b % SHORT.length]).join('');
}

/**
 * Enqueues a message in the caller's transaction: an in-app message per recipient and, per outbound channel the
 * recipient accepts and can be reached on (within the daily cap), a delivery and its queued job. Nothing is sent
 * unless the transaction commits; nothing waits for a vendor. Returns the number of new messages.
 */
export async function enqueueMessage(ctx: AppContext, tx: DbOrTx, input: MessageInput): Promise<number> {
  const to = dedupe(input.to);
  if (!to.length) return 0;
  const facts = await repo.recipientFacts(tx, input.tenantId, to);
  const created = await repo.insertMessages(
    tx,
    facts.map((f) => ({
      tenantId: input.tenantId,
      recipientKind: f.kind,
      recipientId: f.id,
      template: input.template,
      vars: { ...input.vars, name: f.name },
      link: input.link ?? null,
      shortCode: shortCode(),
      idempotencyKey: input.key,
    })),
  );
  if (!created.length) return 0;
  const channels = input.channels ?? MESSAGE_TEMPLATES[input.template].channels;
  const byId = new Map(facts.map((f) => [`${f.kind}:${f.id}`, f]));
  const today = await repo.deliveriesToday(
    tx,
    created.map((c) => ({ kind: c.recipientKind, id: c.recipientId })),
  );
  const caps = ctx.config.messaging.dailyCap;
  const rows = created.flatMap((c) => {
    const f = byId.get(`${c.recipientKind}:${c.recipientId}`)!;
    return channels
      .filter((ch) => (ch === 'sms' ? f.hasPhone && f.sms !== false : f.hasWecom && f.wecom !== false))
      .map((channel) => {
        const capped = (today.get(`${c.recipientKind}:${c.recipientId}:${channel}`) ?? 0) >= caps[channel];
        return {
          tenantId: input.tenantId,
          messageId: c.id,
          channel,
          status: capped ? ('skipped' as const) : ('pending' as const),
          lastError: capped ? `daily cap of ${caps[channel]} reached` : null,
        };
      });
  });
  const deliveries = await repo.insertDeliveries(tx, rows);
  const m = ctx.config.messaging;
  await insertJobs(
    tx,
    deliveries
      .filter((d) => d.status === 'pending')
      .map((d) => ({
        name: DELIVER_QUEUE,
        data: { deliveryId: d.id },
        retryLimit: m.retryLimit,
        retryDelay: m.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: m.expireSeconds,
        singletonKey: d.id,
      })),
  );
  return created.length;
}

function dedupe(to: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return to.filter((r) => !seen.has(`${r.kind}:${r.id}`) && seen.add(`${r.kind}:${r.id}`));
}
