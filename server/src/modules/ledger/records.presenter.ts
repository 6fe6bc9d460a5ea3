import {
  MEASURE_KEYS,
  periodKeys,
  RECORD_SOURCES,
  type Measures,
  type RecordSourceDto,
  type RecordStatus,
  type RecordSummaryDto,
} from '@xiezuo/domain';
import type { Actor } from '../../http/context';
import { abilities, type RecordFacts } from './records.policy';
import type { RecordRow, RecordWide } from './records.repository';

export function measuresOf(r: RecordRow): Measures {
  const m: Measures = {};
  for (const k of MEASURE_KEYS) {
    const v = r[k];
    if (v !== null && v !== undefined) m[k] = Number(v);
  }
  return m;
}

export const factsOf = (r: RecordRow): RecordFacts => ({
  typeCode: r.typeCode,
  reporterSide: r.reporterSide,
  eastUnitId: r.eastUnitId,
  countyCode: r.countyCode,
  createdBy: r.createdBy,
  status: r.status as RecordStatus,
});

export function isPeriodClosed(occurredOn: string, closed: Set<string>): boolean {
  if (!closed.size) return false;
  const k = periodKeys(occurredOn);
  return closed.has(k.month) || closed.has(k.quarter) || closed.has(k.year);
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

/** A produced record is changed only by its module: nobody may act on it in the ledger. */
const NO_HAND_ACTIONS: RecordSummaryDto['abilities'] = {
  edit: false,
  submit: false,
  review: false,
  return: false,
  withdraw: false,
  confirm: false,
  dispute: false,
  requestUnlock: false,
};

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
    abilities: source ? NO_HAND_ACTIONS : abilities(actor, factsOf(r), periodClosed),
  };
}
