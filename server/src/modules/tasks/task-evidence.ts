import { ALLOWED_MIME } from '../../lib/files/file-store';
import type { EvidenceKind } from '../../lib/files/evidence.service';
import { EVIDENCE_TYPES_WITH_XLSX } from '../../lib/files/upload';
import { reportEvidence } from './task-reports.repository';

/** Evidence for a task report: PDF, images, Excel or Word. */
export const REPORT_EVIDENCE: EvidenceKind = {
  ...reportEvidence,
  types: [...EVIDENCE_TYPES_WITH_XLSX, ALLOWED_MIME.docx],
  audit: { action: 'task.report_file', objectType: 'task' },
};
