import type { EvidenceFile } from './evidence.repository';

/** An attached file as every module lists it: the row and the stored file's facts (hash where the contract shows it). */
export const presentEvidence = (f: EvidenceFile) => ({
  id: f.id,
  filename: f.filename,
  size: f.size,
  mime: f.mime,
  hash: f.hash,
  createdAt: f.createdAt.toISOString(),
});

/** The files of one owner, from a list loaded for many. */
export const evidenceOf = (files: EvidenceFile[], ownerId: string) =>
  files.filter((f) => f.ownerId === ownerId).map(presentEvidence);
