import { recordType } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { AppContext } from '../../http/context';
import { enqueueMessage } from '../messages/outbox';
import type { UnlockRow } from './periods.repository';
import type { RecordWide } from './records.repository';

/** Tells the requester that the office approved or rejected an unlock request, in the deciding transaction. */
export async function notifyUnlockDecided(
  ctx: AppContext,
  tx: DbOrTx,
  u: UnlockRow,
  w: RecordWide,
  approved: boolean,
): Promise<void> {
  await enqueueMessage(ctx, tx, {
    tenantId: u.tenantId,
    to: [{ kind: 'user', id: u.requestedBy }],
    template: 'unlock.decided',
    vars: {
      decision: approved ? '批准' : '驳回',
      decisionCode: approved ? 'approved' : 'rejected',
      typeCode: w.r.typeCode,
      type: recordType(w.r.typeCode)?.label.zh ?? w.r.typeCode,
      note: u.decisionNote ?? '',
    },
    link: `/ledger/${u.recordId}`,
    key: `unlock.decided:${u.id}`,
  });
}
