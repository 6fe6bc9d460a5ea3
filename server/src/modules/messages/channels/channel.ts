import type { MessageTemplateCode, MessageVars, OutboundChannel } from '@xiezuo/domain';

/** What an adapter sends: the message's idempotency key, the recipient's contact, the template and its text. */
export type Outbound = {
  key: string;
  phone: string | null;
  wecomUserId: string | null;
  template: MessageTemplateCode;
  vars: MessageVars;
  text: string;
};

/** Whether a send that may have happened (a process stopped between sending and marking) reached the vendor. */
export type Verdict = 'sent' | 'not_sent' | 'unknown';

export type ChannelAdapter = {
  channel: OutboundChannel;
  name: string;
  send(m: Outbound): Promise<{ vendorRef: string | null }>;
  /** Asks the vendor whether the message with this key went out since `since`. */
  reconcile(m: Outbound, since: Date): Promise<Verdict>;
};

/** A failure that no retry will cure (no template registered, no contact): the delivery is dead-lettered at once. */
export class PermanentError extends Error {}

/** Rejects after `ms` so a vendor that does not answer never holds a worker. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const UNCERTAIN =
  /no answer within|timeout|timed out|ETIMEDOUT|ECONNRESET|EPIPE|socket hang up|aborted|UND_ERR_SOCKET/i;

/**
 * Whether a failed send may still have reached the vendor: no answer came (a timeout, a connection dropped
 * mid-request). A vendor's error answer, a refused connection or a bad request means it did not.
 */
export function isUncertain(e: unknown): boolean {
  if (e instanceof PermanentError) return false;
  const text = e instanceof Error ? `${e.name} ${e.message} ${(e as { code?: string }).code ?? ''}` : String(e);
  return UNCERTAIN.test(text);
}
