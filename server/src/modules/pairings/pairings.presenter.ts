import type { PairingDto } from '@xiezuo/domain';
import type { Actor } from '../../http/context';
import { canConfirmPairing, canManagePairings } from './pairings.policy';
import type { PairingWide } from './pairings.repository';

/** Region codes whose names a list of pairings needs for its region paths. */
export function pathCodes(rows: PairingWide[]): string[] {
  const codes = new Set<string>();
  for (const r of rows) {
    for (const c of [r.p.eastRegionCode, r.p.westRegionCode, r.eastUnitRegion, r.westUnitRegion]) {
      if (!c) continue;
      for (const n of [2, 4, 6, 9, 12]) if (n <= c.length) codes.add(c.slice(0, n));
    }
  }
  return [...codes];
}

function regionPath(code: string | null, names: Map<string, string>): string | null {
  if (!code) return null;
  return [2, 4, 6, 9, 12]
    .filter((n) => n <= code.length)
    .map((n) => names.get(code.slice(0, n)))
    .filter((n) => n && n !== '市辖区')
    .join(' ');
}

const personOf = (id: string | null, name: string | null, idMasked: string | null) =>
  id && name && idMasked ? { id, name, idMasked } : null;

export function presentPairing(r: PairingWide, actor: Actor, names: Map<string, string>): PairingDto {
  const p = r.p;
  const manage = canManagePairings(actor);
  return {
    id: p.id,
    kind: p.kind,
    east: {
      unitId: p.eastUnitId,
      regionCode: p.eastRegionCode,
      name: r.eastUnitName ?? r.eastRegionName ?? '',
      regionPath: regionPath(p.eastRegionCode ?? r.eastUnitRegion, names),
      person: personOf(p.eastPersonId, r.eastPersonName, r.eastPersonMasked),
    },
    west: {
      unitId: p.westUnitId,
      regionCode: p.westRegionCode,
      name: r.westUnitName ?? r.westRegionName ?? '',
      regionPath: regionPath(p.westRegionCode ?? r.westUnitRegion, names),
      person: personOf(p.westPersonId, r.westPersonName, r.westPersonMasked),
    },
    countyCode: p.countyCode,
    countyName: r.countyName,
    startDate: p.startDate,
    endDate: p.endDate,
    status: p.status,
    note: p.note,
    isIllustrative: p.isIllustrative,
    westConfirmedAt: p.westConfirmedAt?.toISOString() ?? null,
    agreementCount: r.agreementCount,
    lastRecordOn: r.lastRecordOn,
    version: p.version,
    abilities: { edit: manage, confirm: canConfirmPairing(actor, p), addAgreement: manage },
  };
}
