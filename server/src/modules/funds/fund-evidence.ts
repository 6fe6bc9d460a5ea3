import { auditFindingFiles, fundProjectFiles } from '../../db/schema';
import type { EvidenceKind } from '../../lib/files/evidence.service';
import { EVIDENCE_TYPES_WITH_XLSX } from '../../lib/files/upload';

/** A project's evidence: proposal papers, the acceptance report and photos, the asset hand-over (PDF, images, xlsx). */
export const PROJECT_EVIDENCE: EvidenceKind = {
  table: fundProjectFiles,
  ownerKey: 'projectId',
  types: EVIDENCE_TYPES_WITH_XLSX,
  audit: { action: 'project.file_attach', objectType: 'project' },
};

/** A finding's rectification evidence. */
export const FINDING_EVIDENCE: EvidenceKind = {
  table: auditFindingFiles,
  ownerKey: 'findingId',
  types: EVIDENCE_TYPES_WITH_XLSX,
  audit: { action: 'finding.file_attach', objectType: 'finding' },
};
