import {
  MEASURE_KEYS,
  RECORD_SOURCES,
  type Measures,
  type RecordSourceDto,
  type RecordStatus,
  type RecordSummaryDto,
} from '@xiezuo/domain';
import type { Actor } from '../../http/context';
import type { EvidenceFile } from '../../lib/files/evidence.repository';
import { presentEvidence } from '../../lib/files/evidence.presenter';
import { isPeriodClosed, recordAbilities } from './records.policy';
import type { RecordRow, RecordWide } from './records.repository';

export function measuresOf(r: RecordRow): Measures {
  const m: Measures = {};
  for (const k of MEASURE_KEYS) {
    const v = r[k];
    if (v !== null && v !== undefined) m[k] = Number(v);
  }
  return m;
}

/** A produced record's source: its type, label and row (the link is resolved only for a single record). */
export function sourceOf(r: RecordRow, link: RecordSourceDto['link'] = null): RecordSourceDto | null {
  if (!r.sourceType || !r.sourceId) return null;
  const label = RECORD_SOURCES[r.sourceType as keyof typeof RECORD_SOURCES]?.label ?? {
    zh: r.sourceType,
    en: r.sourceType,
  };
  return { type: r.sourceType, id: r.sourceId, label, link };
}

export function presentSummary(w: RecordWide, actor: Actor, closed: Set<string>): RecordSummaryDto {
  const r = w.r;
  const periodClosed = isPeriodClosed(r.occurredOn, closed);
  const source = sourceOf(r);
  return {
    id: r.id,
    type: r.typeCode,
    year: r.year,
    occurredOn: r.occurredOn,
    eastUnit: { id: r.eastUnitId ?? '', name: w.unitName ?? '' },
    countyCode: r.countyCode ?? '',
    countyName: w.countyName ?? '',
    regionCode: r.regionCode,
    regionName: w.regionName,
    pairingId: r.pairingId,
    values: r.attrs,
    measures: measuresOf(r),
    peopleCount: r.peopleCount,
    status: r.status as RecordStatus,
    disputeReason: r.disputeReason,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
    periodClosed,
    source,
    abilities: recordAbilities(actor, r, periodClosed),
  };
}

/** A record's file; the record contract shows no hash. */
export const presentRecordFile = (f: EvidenceFile) => {
  const { id, filename, size, mime, createdAt } = presentEvidence(f);
  return { id, filename, size, mime, createdAt };
};

export const presentEvent = <E extends { at: Date }>(h: E) => ({ ...h, at: h.at.toISOString() });
