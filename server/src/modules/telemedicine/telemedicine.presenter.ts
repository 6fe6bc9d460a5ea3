import { TELEMED_ACTIONS, type TelemedAction, type TelemedRequestDto } from '@xiezuo/domain';
import type { Actor } from '../../http/context';
import type { EvidenceFile } from '../../lib/files/evidence.service';
import { mayAct, mayAttach, type TelemedFacts } from './telemedicine.policy';
import type { TelemedRow, TelemedWide } from './telemedicine.repository';

export const factsOf = (r: TelemedRow): TelemedFacts => ({
  status: r.status,
  countyCode: r.countyCode,
  westUnitId: r.westUnitId,
  eastUnitId: r.eastUnitId,
  expertUserId: r.expertUserId,
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentRequest(
  w: TelemedWide,
  actor: Actor,
  files: EvidenceFile[],
  experts: { id: string; name: string }[],
): TelemedRequestDto {
  const r = w.r;
  const facts = factsOf(r);
  const acts = Object.fromEntries(TELEMED_ACTIONS.map((a) => [a, mayAct(actor, facts, a)])) as Record<
    TelemedAction,
    boolean
  >;
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    urgency: r.urgency,
    department: r.department,
    summary: r.summary,
    pairingId: r.pairingId,
    county: { code: r.countyCode, name: w.countyName },
    westHospital: { id: r.westUnitId, name: w.westName },
    eastHospital: { id: r.eastUnitId, name: w.eastName },
    requestedBy: w.requesterName,
    requestedAt: r.requestedAt.toISOString(),
    expert: r.expertUserId ? { id: r.expertUserId, name: w.expertName ?? '' } : null,
    sessionOn: r.sessionOn,
    sessionTime: r.sessionTime,
    sessionLink: r.sessionLink,
    opinion: r.opinion,
    answeredAt: iso(r.answeredAt),
    feedback: r.feedback,
    rating: r.rating,
    closedAt: iso(r.closedAt),
    cancelReason: r.cancelReason,
    recordId: w.recordId,
    files: files
      .filter((f) => f.ownerId === r.id)
      .map((f) => ({ id: f.id, filename: f.filename, size: f.size, mime: f.mime })),
    version: r.version,
    abilities: { ...acts, attach: mayAttach(actor, facts) },
    experts: acts.assign ? experts : [],
  };
}
