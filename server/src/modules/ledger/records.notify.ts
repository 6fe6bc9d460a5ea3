import { recordType, type RecordAction } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { AppContext } from '../../http/context';
import { usersWhere } from '../messages/audience';
import { enqueueMessage, type Recipient } from '../messages/outbox';
import { isConfirmer, isGroupReviewer, isReporter } from './records.policy';
import { factsOf } from './records.policy';
import type { RecordRow, RecordWide } from './records.repository';

/**
 * Messages a workflow step causes, in its transaction: a record now awaiting confirmation goes to the other side
 * (the county's officers, or the east unit's reporters), one awaiting review to its working group, a disputed one
 * to whoever entered it. Recipients come from the same rules that decide who may act.
 */
export async function notifyRecordStep(
  ctx: AppContext,
  tx: DbOrTx,
  w: RecordWide,
  after: RecordRow,
  action: RecordAction,
  reason: string | undefined,
): Promise<void> {
  const facts = factsOf(after);
  const vars = {
    typeCode: after.typeCode,
    type: recordType(after.typeCode)?.label.zh ?? after.typeCode,
    unit: w.unitName ?? '',
    county: w.countyName ?? '',
    date: after.occurredOn,
  };
  const base = { tenantId: after.tenantId, link: `/ledger/${after.id}`, vars };
  const key = (what: string) => `${what}:${after.id}:${after.version}`;
  if ((action === 'submit' || action === 'review') && after.status === 'submitted') {
    const to = await usersWhere(tx, after.tenantId, (m) => isConfirmer(m, facts));
    await enqueueMessage(ctx, tx, {
      ...base,
      to,
      template: 'record.awaiting_confirmation',
      key: key('record.confirm'),
    });
  } else if (action === 'submit' && after.status === 'in_review') {
    const to = await usersWhere(tx, after.tenantId, (m) => isGroupReviewer(m, facts));
    await enqueueMessage(ctx, tx, { ...base, to, template: 'record.awaiting_review', key: key('record.review') });
  } else if (action === 'dispute') {
    const to: Recipient[] = after.createdBy
      ? [{ kind: 'user', id: after.createdBy }]
      : await usersWhere(tx, after.tenantId, (m) => isReporter(m, facts));
    await enqueueMessage(ctx, tx, {
      ...base,
      vars: { ...vars, reason: reason?.trim() ?? '' },
      to,
      template: 'record.disputed',
      key: key('record.disputed'),
    });
  }
}
