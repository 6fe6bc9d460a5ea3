import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { attachEvidence, openEvidence } from '../../lib/files/evidence.service';
import type { Upload } from '../../lib/files/upload';
import { PROJECT_EVIDENCE } from './fund-evidence';
import { isCountySide, isProposer } from './funds.policy';
import * as repo from './projects.repository';
import { get, loadVisible } from './projects.service';

/** Attaches evidence to a project: the proposing side or the county, while the project is open. */
export async function attachProjectFile(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, upload: Upload) {
  await attachEvidence(ctx, actor, meta, PROJECT_EVIDENCE, id, upload, {
    check: async () => {
      const p = await loadVisible(ctx.db, actor, id);
      if (!isProposer(actor, p.countyCode) && !isCountySide(actor, p.countyCode)) throw new AppError('FORBIDDEN');
      if (p.stage === 'cancelled' || p.stage === 'evaluated')
        throw new AppError('INVALID_TRANSITION', { stage: p.stage });
      return p;
    },
    inTransaction: (tx) =>
      repo.insertEvent(tx, {
        tenantId: actor.tenantId,
        projectId: id,
        action: 'attach',
        userId: actor.userId,
        details: { filename: upload.filename.slice(0, 200) },
      }),
  });
  return get(ctx, actor, id);
}

/** A project's file for download, for those who see the project. */
export async function openProjectFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await loadVisible(ctx.db, actor, id);
  return openEvidence(ctx, actor.tenantId, PROJECT_EVIDENCE, id, fileId);
}
