import type { DbOrTx } from '../client';
import { agreements, pairings, units } from '../schema';
import { COUNTIES, LEAD_UNITS } from './org.data';
import { readRegionData } from './regions.seed';

/**
 * The 2018 pairings and agreements the speech counts: 3 district↔county, 12 street↔township, 9 community↔village,
 * 51 enterprise↔village, 5 school and 5 hospital pairs; 46 agreements signed by district departments, schools and
 * hospitals. Streets, townships and villages are real; which pairs with which, and the enterprises, schools and
 * hospitals the speech does not name, are illustrative (示例).
 */
export const PAIRING_COUNTS_2018 = {
  district_county: 3,
  street_township: 12,
  community_village: 9,
  enterprise_village: 51,
  school_school: 5,
  hospital_hospital: 5,
} as const;
export const AGREEMENTS_2018 = 46;

const START = '2018-01-01';
type UnitRow = typeof units.$inferInsert;
type Ctx = { tx: DbOrTx; tenantId: string; unitIds: Map<string, string> };

/** Splits n items over the three counties as evenly as the order 环县, 庆城县, 夏河县 allows. */
function spread<T>(n: number, pools: T[][]): T[] {
  const out: T[] = [];
  const used = pools.map(() => 0);
  for (let i = 0; i < n; i++) {
    const c = i % pools.length;
    const pool = pools[c]!;
    out.push(pool[(used[c]! * 7) % pool.length]!);
    used[c]!++;
  }
  return out;
}

async function addUnits(ctx: Ctx, rows: Omit<UnitRow, 'tenantId'>[]): Promise<string[]> {
  const inserted = await ctx.tx
    .insert(units)
    .values(rows.map((r, i) => ({ ...r, tenantId: ctx.tenantId, sort: 100 + i })))
    .returning({ id: units.id, code: units.code });
  for (const r of inserted) ctx.unitIds.set(r.code, r.id);
  return inserted.map((r) => r.id);
}

type PairingSeed = {
  kind: (typeof pairings.$inferInsert)['kind'];
  east: { unitId?: string; regionCode?: string };
  west: { unitId?: string; regionCode?: string };
  county: string;
  illustrative: boolean;
};

async function addPairings(ctx: Ctx, seeds: PairingSeed[]) {
  const key = (p: { unitId?: string; regionCode?: string }) => (p.unitId ? `u:${p.unitId}` : `r:${p.regionCode}`);
  return ctx.tx
    .insert(pairings)
    .values(
      seeds.map((s) => ({
        tenantId: ctx.tenantId,
        kind: s.kind,
        eastUnitId: s.east.unitId ?? null,
        eastRegionCode: s.east.regionCode ?? null,
        westUnitId: s.west.unitId ?? null,
        westRegionCode: s.west.regionCode ?? null,
        countyCode: s.county,
        partyKey: `${key(s.east)}|${key(s.west)}`,
        startDate: START,
        isIllustrative: s.illustrative,
      })),
    )
    .returning({
      id: pairings.id,
      countyCode: pairings.countyCode,
      eastUnitId: pairings.eastUnitId,
      kind: pairings.kind,
    });
}

export async function seedPairings2018(
  tx: DbOrTx,
  tenantId: string,
  districtCode: string,
  unitIds: Map<string, string>,
) {
  const ctx: Ctx = { tx, tenantId, unitIds };
  const regions = readRegionData();
  const countyCodes = COUNTIES.map((c) => c.code);
  const countyOf = (code: string) => countyCodes.find((c) => code.startsWith(c))!;
  const townships = countyCodes.map((c) => regions.filter((r) => r.level === 'township' && r.parentCode === c));
  const villages = countyCodes.map((c) =>
    regions.filter((r) => r.level === 'village' && r.code.startsWith(c) && r.name.includes('村')),
  );
  const streets = regions.filter((r) => r.level === 'township' && r.parentCode === districtCode);
  const communities = streets.slice(0, 9).map((s) => regions.find((r) => r.parentCode === s.code)!);

  const streetIds = await addUnits(
    ctx,
    streets.map((s) => ({
      code: `street-${s.code}`,
      name: `${s.name}办事处`,
      type: 'street' as const,
      side: 'east' as const,
      regionCode: s.code,
    })),
  );
  const communityIds = await addUnits(
    ctx,
    communities.map((c) => ({
      code: `community-${c.code}`,
      name: c.name.replace('居委会', ''),
      type: 'community' as const,
      side: 'east' as const,
      regionCode: c.code,
    })),
  );
  const enterpriseIds = await addUnits(
    ctx,
    Array.from({ length: 51 }, (_, i) => ({
      code: `enterprise-${String(i + 1).padStart(2, '0')}`,
      name: `南开示例企业${String(i + 1).padStart(2, '0')}有限公司`,
      type: 'enterprise' as const,
      side: 'east' as const,
      regionCode: districtCode,
      isIllustrative: true,
    })),
  );
  const eastSchools = await addUnits(ctx, [
    { code: 'school-nkfz', name: '南开大学附属中学', type: 'school', side: 'east', regionCode: districtCode },
    ...[1, 2, 3, 4].map((n) => ({
      code: `school-east-${n}`,
      name: `南开区示例中学（${n}）`,
      type: 'school' as const,
      side: 'east' as const,
      regionCode: districtCode,
      isIllustrative: true,
    })),
  ]);
  const westSchoolCounties = ['623027', '621022', '621022', '621021', '621021'];
  const westSchools = await addUnits(ctx, [
    { code: 'school-xiahe', name: '夏河中学', type: 'school', side: 'west', regionCode: '623027' },
    ...westSchoolCounties.slice(1).map((c, i) => ({
      code: `school-west-${i + 1}`,
      name: `${COUNTIES.find((x) => x.code === c)!.name}示例学校（${i + 1}）`,
      type: 'school' as const,
      side: 'west' as const,
      regionCode: c,
      isIllustrative: true,
    })),
  ]);
  const hospitalCounties = ['621022', '621022', '621021', '621021', '623027'];
  const eastHospitals = await addUnits(
    ctx,
    hospitalCounties.map((_, i) => ({
      code: `hospital-east-${i + 1}`,
      name: `南开区示例医院（${i + 1}）`,
      type: 'hospital' as const,
      side: 'east' as const,
      regionCode: districtCode,
      isIllustrative: true,
    })),
  );
  const westHospitals = await addUnits(
    ctx,
    hospitalCounties.map((c, i) => ({
      code: `hospital-west-${i + 1}`,
      name: `${COUNTIES.find((x) => x.code === c)!.name}示例医院（${i + 1}）`,
      type: 'hospital' as const,
      side: 'west' as const,
      regionCode: c,
      isIllustrative: true,
    })),
  );

  const townshipPicks = spread(12, townships);
  const villagePicks = spread(9 + 51, villages);
  const seeds: PairingSeed[] = [
    ...countyCodes.map((c) => ({
      kind: 'district_county' as const,
      east: { regionCode: districtCode },
      west: { regionCode: c },
      county: c,
      illustrative: false,
    })),
    ...streetIds.map((id, i) => ({
      kind: 'street_township' as const,
      east: { unitId: id },
      west: { regionCode: townshipPicks[i]!.code },
      county: countyOf(townshipPicks[i]!.code),
      illustrative: true,
    })),
    ...communityIds.map((id, i) => ({
      kind: 'community_village' as const,
      east: { unitId: id },
      west: { regionCode: villagePicks[i]!.code },
      county: countyOf(villagePicks[i]!.code),
      illustrative: true,
    })),
    ...enterpriseIds.map((id, i) => ({
      kind: 'enterprise_village' as const,
      east: { unitId: id },
      west: { regionCode: villagePicks[9 + i]!.code },
      county: countyOf(villagePicks[9 + i]!.code),
      illustrative: true,
    })),
    ...eastSchools.map((id, i) => ({
      kind: 'school_school' as const,
      east: { unitId: id },
      west: { unitId: westSchools[i]! },
      county: westSchoolCounties[i]!,
      illustrative: i > 0,
    })),
    ...eastHospitals.map((id, i) => ({
      kind: 'hospital_hospital' as const,
      east: { unitId: id },
      west: { unitId: westHospitals[i]! },
      county: hospitalCounties[i]!,
      illustrative: true,
    })),
  ];
  const created = await addPairings(ctx, seeds);
  await seedAgreements2018(ctx, created);
}

async function seedAgreements2018(
  ctx: Ctx,
  created: { id: string; countyCode: string; eastUnitId: string | null; kind: string }[],
) {
  const countyName = (c: string) => COUNTIES.find((x) => x.code === c)!.name;
  const departments = [...LEAD_UNITS.map((u) => u.code), 'hezuoban'];
  const byCounty = created.filter((p) => p.kind === 'district_county');
  const unitName = new Map<string, string>([
    ...LEAD_UNITS.map((u) => [u.code, u.name] as const),
    ['hezuoban', '区合作交流办'] as const,
  ]);
  const rows: (typeof agreements.$inferInsert)[] = [];
  for (const [d, code] of departments.entries()) {
    for (const [ci, p] of byCounty.entries()) {
      rows.push({
        tenantId: ctx.tenantId,
        pairingId: p.id,
        title: `${unitName.get(code)}与${countyName(p.countyCode)}对口帮扶协议（2018）`,
        eastUnitId: ctx.unitIds.get(code)!,
        eastPartyName: unitName.get(code)!,
        westPartyName: `${countyName(p.countyCode)}人民政府`,
        signedOn: `2018-0${3 + ((d + ci) % 6)}-1${ci}`,
        yearFrom: 2018,
        yearTo: 2020,
        commitments: '按照天津市三年行动方案，在本部门职责范围内开展对口帮扶（示例条款）。',
        isIllustrative: true,
      });
    }
  }
  for (const p of created.filter((x) => x.kind === 'school_school' || x.kind === 'hospital_hospital')) {
    const isSchool = p.kind === 'school_school';
    rows.push({
      tenantId: ctx.tenantId,
      pairingId: p.id,
      title: isSchool
        ? `${countyName(p.countyCode)}学校“一对一”结对帮扶协议（2018）`
        : `${countyName(p.countyCode)}医院“一对一”结对帮扶协议（2018）`,
      eastUnitId: p.eastUnitId,
      eastPartyName: '',
      westPartyName: '',
      signedOn: '2018-09-01',
      yearFrom: 2018,
      yearTo: 2020,
      commitments: isSchool ? '互派教师交流，开展教研结对。' : '派驻医生，开展义诊与远程会诊。',
      isIllustrative: true,
    });
  }
  await fillPartyNames(ctx, rows);
  await ctx.tx.insert(agreements).values(rows);
}

async function fillPartyNames(ctx: Ctx, rows: (typeof agreements.$inferInsert)[]) {
  const all = await ctx.tx.select({ id: units.id, name: units.name }).from(units);
  const names = new Map(all.map((u) => [u.id, u.name]));
  const wide = await ctx.tx
    .select({ id: pairings.id, west: pairings.westUnitId, east: pairings.eastUnitId })
    .from(pairings);
  const byId = new Map(wide.map((w) => [w.id, w]));
  for (const r of rows) {
    const p = byId.get(r.pairingId)!;
    if (!r.eastPartyName) r.eastPartyName = names.get(p.east ?? '') ?? '';
    if (!r.westPartyName) r.westPartyName = names.get(p.west ?? '') ?? '';
  }
}
