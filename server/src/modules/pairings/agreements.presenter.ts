import type { AgreementDto } from '@xiezuo/domain';
import type { agreementTargets } from '../../db/schema';
import type { EvidenceFile } from '../../lib/files/evidence.repository';
import { evidenceOf } from '../../lib/files/evidence.presenter';
import type { AgreementRow } from './agreements.repository';

type TargetRow = typeof agreementTargets.$inferSelect;

/** An agreement with its yearly targets and its files, from lists loaded for many agreements. */
export function presentAgreement(a: AgreementRow, targets: TargetRow[], files: EvidenceFile[]): AgreementDto {
  return {
    id: a.id,
    pairingId: a.pairingId,
    pairingKind: a.pairingKind,
    countyCode: a.countyCode,
    title: a.title,
    eastUnitId: a.eastUnitId,
    eastPartyName: a.eastPartyName,
    westPartyName: a.westPartyName,
    signedOn: a.signedOn,
    yearFrom: a.yearFrom,
    yearTo: a.yearTo,
    commitments: a.commitments,
    isIllustrative: a.isIllustrative,
    targets: targets
      .filter((t) => t.agreementId === a.id)
      .map((t) => ({
        id: t.id,
        year: t.year,
        description: t.description,
        indicatorCode: t.indicatorCode,
        quantity: t.quantity,
        unit: t.unit,
      })),
    files: evidenceOf(files, a.id),
    version: a.version,
  };
}
