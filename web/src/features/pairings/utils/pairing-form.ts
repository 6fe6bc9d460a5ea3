import type { ReactNode } from 'react';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  isPersonPairing,
  type agreementBody,
  type pairingBody,
  type PairingDto,
  type PairingKind,
  type pairingPatchBody,
  type PairingStatus,
} from '@xiezuo/domain';

export type PartyMode = 'unit' | 'region';
/** A picked region as the region picker holds it: the code and what was shown for it. */
export type RegionValue = { value: string; label?: ReactNode };

export type PairingFormValues = {
  kind: PairingKind;
  eastMode: PartyMode;
  eastUnitId?: string;
  eastRegion?: RegionValue;
  westMode: PartyMode;
  westUnitId?: string;
  westRegion?: RegionValue;
  startDate: Dayjs;
  endDate?: Dayjs | null;
  status: PairingStatus;
  note?: string;
  /** 结对认亲 only: the cadre (east) and the head of the household (west). */
  eastPersonName?: string;
  eastPersonId?: string;
  westPersonName?: string;
  westPersonId?: string;
};
export type PairingBody = z.input<typeof pairingBody>;

/** How each kind's parties are usually given: a 区县结对 is two regions, a 学校结对 two units, and so on. */
export const DEFAULT_PARTY_MODES: Record<PairingKind, { east: PartyMode; west: PartyMode }> = {
  district_county: { east: 'region', west: 'region' },
  street_township: { east: 'region', west: 'region' },
  community_village: { east: 'region', west: 'region' },
  enterprise_village: { east: 'unit', west: 'region' },
  school_school: { east: 'unit', west: 'unit' },
  hospital_hospital: { east: 'unit', west: 'unit' },
  cadre_household: { east: 'unit', west: 'region' },
  other: { east: 'unit', west: 'region' },
};

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

function party(mode: PartyMode, unitId: string | undefined, region: RegionValue | undefined) {
  return mode === 'unit'
    ? { unitId: unitId ?? null, regionCode: null }
    : { unitId: null, regionCode: region?.value ?? null };
}

/** The create-pairing body from the form: one party reference per side, dates as ISO days, empty note as null. */
export function toPairingBody(v: PairingFormValues): PairingBody {
  return {
    kind: v.kind,
    east: party(v.eastMode, v.eastUnitId, v.eastRegion),
    west: party(v.westMode, v.westUnitId, v.westRegion),
    startDate: day(v.startDate),
    endDate: v.endDate ? day(v.endDate) : null,
    status: v.status,
    note: v.note?.trim() || null,
    ...(isPersonPairing(v.kind)
      ? {
          eastPerson: { name: v.eastPersonName?.trim() ?? '', idNumber: v.eastPersonId?.trim() ?? '' },
          westPerson: { name: v.westPersonName?.trim() ?? '', idNumber: v.westPersonId?.trim() ?? '' },
        }
      : {}),
  };
}

export type PairingPatchBody = z.input<typeof pairingPatchBody>;

/** The PATCH body: what changed among dates, status and note, with the version read (409 when stale). */
export function toPairingPatch(
  before: PairingDto,
  v: { startDate: Dayjs; endDate?: Dayjs | null; status: PairingStatus; note?: string },
): PairingPatchBody {
  const patch: PairingPatchBody = { version: before.version };
  const end = v.endDate ? day(v.endDate) : null;
  const note = v.note?.trim() || null;
  if (day(v.startDate) !== before.startDate) patch.startDate = day(v.startDate);
  if (end !== before.endDate) patch.endDate = end;
  if (v.status !== before.status) patch.status = v.status;
  if (note !== before.note) patch.note = note;
  return patch;
}

/** Whether the end date is acceptable: none, or not before the start. */
export function isEndAfterStart(start: Dayjs | null | undefined, end: Dayjs | null | undefined): boolean {
  return !start || !end || !end.isBefore(start, 'day');
}

/** The form field a server path of the pairing body belongs to (the party's picker for its side). */
export function pairingFieldFor(values: Pick<PairingFormValues, 'eastMode' | 'westMode'>) {
  return (path: string): string[] | null => {
    const [head, sub] = path.split('.');
    if (head === 'east' || head === 'west') {
      const mode = sub === 'unitId' ? 'unit' : sub === 'regionCode' ? 'region' : values[`${head}Mode`];
      return [mode === 'unit' ? `${head}UnitId` : `${head}Region`];
    }
    if ((head === 'eastPerson' || head === 'westPerson') && (sub === 'name' || sub === 'idNumber'))
      return [`${head}${sub === 'name' ? 'Name' : 'Id'}`];
    return head && ['kind', 'startDate', 'endDate', 'status', 'note'].includes(head) ? [head] : null;
  };
}

export type TargetValues = {
  year: number;
  description: string;
  quantity?: number | null;
  unit?: string;
  indicatorCode?: string;
};
export type AgreementFormValues = {
  title: string;
  signedOn: Dayjs;
  yearFrom: number;
  yearTo: number;
  commitments?: string;
  targets?: TargetValues[];
};
export type AgreementBody = z.input<typeof agreementBody>;

/** The create-agreement body; blank optional target parts become null. */
export function toAgreementBody(pairingId: string, v: AgreementFormValues): AgreementBody {
  return {
    pairingId,
    title: v.title.trim(),
    signedOn: day(v.signedOn),
    yearFrom: v.yearFrom,
    yearTo: v.yearTo,
    commitments: v.commitments?.trim() ?? '',
    targets: (v.targets ?? []).map((t) => ({
      year: t.year,
      description: t.description.trim(),
      quantity: t.quantity ?? null,
      unit: t.unit?.trim() || null,
      indicatorCode: t.indicatorCode?.trim() || null,
    })),
  };
}

/** `targets.0.year` → ['targets', 0, 'year']: a server path as an antd field name. */
export function pathToName(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const AGREEMENT_FIELDS = ['title', 'signedOn', 'yearFrom', 'yearTo', 'commitments', 'targets'];

export function agreementFieldFor(path: string): (string | number)[] | null {
  const name = pathToName(path);
  return typeof name[0] === 'string' && AGREEMENT_FIELDS.includes(name[0]) ? name : null;
}
