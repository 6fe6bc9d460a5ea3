import { MEASURE_KEYS, periodKeys, type Measures, type RecordStatus, type RecordSummaryDto } from '@xiezuo/domain';
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

export function presentSummary(w: RecordWide, actor: Actor, closed: Set<string>): RecordSummaryDto {
  const r = w.r;
  const periodClosed = isPeriodClosed(r.occurredOn, closed);
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
    abilities: abilities(actor, factsOf(r), periodClosed),
  };
}
