import type { DbOrTx } from '../../db/client';
import type { AppContext } from '../../http/context';
import { enqueueMessage } from '../messages/outbox';
import type { ImportFailure } from './imports.presenter';
import type { ImportRow } from './imports.repository';

const LINKS: Record<ImportRow['kind'], string> = { records: '/ledger', pairings: '/pairings/list' };

/** Tells whoever uploaded a batch that it finished (with its counts) or stopped (with the reason), once each. */
export async function notifyImportEnd(
  ctx: AppContext,
  tx: DbOrTx,
  row: ImportRow,
  failure: ImportFailure | null = null,
): Promise<void> {
  if (!row.createdBy) return;
  await enqueueMessage(ctx, tx, {
    tenantId: row.tenantId,
    to: [{ kind: 'user', id: row.createdBy }],
    template: failure ? 'import.stopped' : 'import.finished',
    vars: failure
      ? { file: row.filename, reason: failure.zh }
      : { file: row.filename, ok: row.accepted, rejected: row.rejected },
    link: LINKS[row.kind],
    key: failure ? `import.stopped:${row.id}:${row.finishedAt?.toISOString() ?? ''}` : `import.finished:${row.id}`,
  });
}
