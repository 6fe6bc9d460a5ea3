import type { z } from 'zod';
import type { AgreementDto, agreementBody } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import type { DbOrTx } from '../../db/client';
import { withAudit } from '../../lib/audit-tx';
import { attachEvidence, openEvidence, type EvidenceKind } from '../../lib/files/evidence.service';
import { EVIDENCE_TYPES, type Upload } from '../../lib/files/upload';
import { canManagePairings, canSeePairing, pairingScope } from './pairings.policy';
import * as pairingsRepo from './pairings.repository';
import { presentAgreement } from './agreements.presenter';
import * as repo from './agreements.repository';

async function present(ctx: AppContext, rows: repo.AgreementRow[]): Promise<AgreementDto[]> {
  const ids = rows.map((r) => r.id);
  const [targets, files] = await Promise.all([repo.targetsOf(ctx.db, ids), repo.filesOf(ctx.db, ids)]);
  return rows.map((a) => presentAgreement(a, targets, files));
}

const facts = (a: repo.AgreementRow) => ({
  countyCode: a.countyCode,
  eastUnitId: a.eastUnitOfPairing,
  westUnitId: a.westUnitOfPairing,
  westConfirmedAt: null,
});
const canSeeAgreement = (actor: Actor, a: repo.AgreementRow) =>
  canSeePairing(actor, facts(a)) ||
  (a.eastUnitId !== null && canSeePairing(actor, { ...facts(a), eastUnitId: a.eastUnitId }));

export async function list(ctx: AppContext, actor: Actor, f: repo.AgreementFilter, page: number, pageSize: number) {
  const { rows, total } = await repo.listPage(ctx.db, actor.tenantId, pairingScope(actor), f, page, pageSize);
  return { items: await present(ctx, rows), total, page, pageSize };
}

export const countInYear = (ctx: AppContext, actor: Actor, year: number | undefined) =>
  repo.countInYear(ctx.db, actor.tenantId, pairingScope(actor), year);

async function load(ctx: AppContext, actor: Actor, id: string): Promise<repo.AgreementRow> {
  const a = await repo.findById(ctx.db, actor.tenantId, id);
  if (!a || !canSeeAgreement(actor, a)) throw new AppError('NOT_FOUND');
  return a;
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<AgreementDto> {
  return (await present(ctx, [await load(ctx, actor, id)]))[0]!;
}

/** Inserts an agreement with its target rows; party names default to the pairing's parties. */
export async function insertAgreement(
  tx: DbOrTx,
  actor: Actor,
  input: z.infer<typeof agreementBody>,
  extra: { isIllustrative?: boolean } = {},
) {
  const pairing = await pairingsRepo.findWide(tx, actor.tenantId, input.pairingId);
  if (!pairing)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'pairingId', message: 'unknown pairing' }] });
  let eastName = input.eastPartyName ?? pairing.eastUnitName ?? pairing.eastRegionName ?? '';
  if (input.eastUnitId) {
    const unit = await pairingsRepo.findUnit(tx, actor.tenantId, input.eastUnitId);
    if (!unit || unit.side !== 'east')
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'eastUnitId', message: 'unknown east unit' }] });
    eastName = input.eastPartyName ?? unit.name;
  }
  const row = await repo.insert(tx, {
    tenantId: actor.tenantId,
    pairingId: input.pairingId,
    title: input.title,
    eastUnitId: input.eastUnitId ?? pairing.p.eastUnitId,
    eastPartyName: eastName,
    westPartyName: input.westPartyName ?? pairing.westUnitName ?? pairing.westRegionName ?? '',
    signedOn: input.signedOn,
    yearFrom: input.yearFrom,
    yearTo: input.yearTo,
    commitments: input.commitments,
    isIllustrative: extra.isIllustrative ?? false,
    createdBy: actor.userId,
  });
  await repo.insertTargets(
    tx,
    input.targets.map((t, i) => ({ ...t, tenantId: actor.tenantId, agreementId: row.id, sort: i })),
  );
  return row;
}

export async function create(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: z.infer<typeof agreementBody>,
): Promise<AgreementDto> {
  if (!canManagePairings(actor)) throw new AppError('FORBIDDEN');
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    const row = await insertAgreement(tx, actor, input);
    return {
      result: row.id,
      audit: {
        action: 'agreement.create',
        outcome: 'success',
        objectType: 'agreement',
        objectId: row.id,
        details: { pairingId: input.pairingId, title: input.title },
      },
    };
  });
  return get(ctx, actor, id);
}

/** An agreement's signed files (PDF, PNG, JPEG). */
export const AGREEMENT_EVIDENCE: EvidenceKind = {
  ...repo.agreementEvidence,
  types: EVIDENCE_TYPES,
  audit: { action: 'agreement.file_attach', objectType: 'agreement' },
};

/** Attaches a signed file (PDF, PNG or JPEG up to 20 MB), stored once by content hash. */
export async function attachFile(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  upload: Upload,
): Promise<AgreementDto> {
  await attachEvidence(ctx, actor, meta, AGREEMENT_EVIDENCE, id, upload, {
    check: async () => {
      if (!canManagePairings(actor)) throw new AppError('FORBIDDEN');
      await load(ctx, actor, id);
    },
    inTransaction: (tx) => repo.touch(tx, id),
  });
  return get(ctx, actor, id);
}

/** A signed file for download, only for users who can see its pairing. */
export async function openFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await load(ctx, actor, id);
  return openEvidence(ctx, actor.tenantId, AGREEMENT_EVIDENCE, id, fileId);
}
