import type { DbOrTx } from '../../../db/client';
import type { AppContext } from '../../../http/context';
import { usersWhere } from '../../messages/audience';
import { enqueueMessage } from '../../messages/outbox';
import { reporterUnits } from './supervision.policy';
import { serialOf } from './supervision.presenter';
import type { OrderRow } from './supervision.repository';

export type OrderNotice = 'supervision.issued' | 'supervision.due_soon' | 'supervision.overdue';

/**
 * Tells the reporters of an order's units, in the caller's transaction: issued, due within 3 days, overdue. Each is
 * sent once per order and due date (a later due date, after a return, is told again).
 */
export async function notifyOrder(
  ctx: AppContext,
  tx: DbOrTx,
  o: OrderRow,
  unitIds: readonly string[],
  template: OrderNotice,
): Promise<number> {
  const to = await usersWhere(tx, o.tenantId, (m) => reporterUnits(m).some((u) => unitIds.includes(u)));
  return enqueueMessage(ctx, tx, {
    tenantId: o.tenantId,
    to,
    template,
    vars: { serial: serialOf(o), subject: o.subject, due: o.dueDate },
    link: `/supervision/${o.id}`,
    key: `${template}:${o.id}:${o.dueDate}`,
  });
}
