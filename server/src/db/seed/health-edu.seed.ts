import { and, eq } from 'drizzle-orm';
import { makeIdNumber, type SupportKind } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import { produceRecord, systemProducer } from '../../modules/ledger/records.produce';
import { checkPeople, resolvePeople } from '../../modules/persons/persons.resolve';
import type { DbOrTx } from '../client';
import { cohortResults, cohorts, cohortStudents, cohortSupports, pairings } from '../schema';
import { insertDemoRecords, type DemoRecord } from './demo-ledger';
import { COUNTIES, TENANT } from './org.data';
import { readRegionData } from './regions.seed';

const XIAHE = '623027';
const COUNTY_CODES = COUNTIES.map((c) => c.code);
const FIRST = [
  '卓玛',
  '才让',
  '扎西',
  '拉毛',
  '多杰',
  '央金',
  '旦增',
  '措吉',
  '更登',
  '完玛',
  '华旦',
  '桑杰',
  '德吉',
  '尕藏',
  '东智',
  '草毛',
];
const SECOND = ['加', '吉', '草', '太', '措', '本'];

/** 32 synthetic 夏河 students born 2002–2004 (valid ID numbers in 夏河县's address code, illustrative names). */
export function xiaheStudents() {
  return Array.from({ length: 32 }, (_, i) => {
    const birth = `${2002 + (i % 3)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}`;
    return {
      idNumber: makeIdNumber(XIAHE, birth, 200 + i),
      name: `${FIRST[i % FIRST.length]}${SECOND[i % SECOND.length]}`,
    };
  });
}

async function schoolPair(tx: DbOrTx, tenantId: string, schoolId: string) {
  const r = await tx
    .select({ id: pairings.id })
    .from(pairings)
    .where(and(eq(pairings.tenantId, tenantId), eq(pairings.kind, 'school_school'), eq(pairings.eastUnitId, schoolId)));
  return r[0]?.id ?? null;
}

/**
 * The 夏河班 at 南开大学附属中学: the 32 students the speech counts (synthetic persons), their results for the two terms
 * of 2018–2019, and their 2019 support — a living allowance for each (the school) and a mentor for twelve — each a
 * `student_support` record produced from the register, so the education indicator counts 32 students supported.
 */
export async function seedXiaheCohort(tx: DbOrTx, ctx: AppContext, tenantId: string, unitIds: Map<string, string>) {
  const school = unitIds.get('school-nkfz')!;
  const [cohort] = await tx
    .insert(cohorts)
    .values({
      tenantId,
      name: '夏河班（南开大学附属中学）',
      schoolUnitId: school,
      pairingId: await schoolPair(tx, tenantId, school),
      countyCode: XIAHE,
      startYear: 2018,
      note: '2018年秋季入学，在津就读高中（学生姓名为示例）',
    })
    .returning();
  const { ok } = checkPeople(ctx.keys, xiaheStudents());
  const people = await resolvePeople(tx, ctx.keys, tenantId, ok, COUNTY_CODES);
  const students = await tx
    .insert(cohortStudents)
    .values(
      people.map((p) => ({
        tenantId,
        cohortId: cohort!.id,
        personId: p.personId,
        grade: '高二',
        enrolledOn: '2018-09-01',
      })),
    )
    .returning();
  await tx.insert(cohortResults).values(
    students.flatMap((s, i) =>
      ['2018-2019-1', '2018-2019-2'].map((term, t) => ({
        tenantId,
        studentId: s.id,
        term,
        score: 70 + ((i * 37 + t * 11) % 250) / 10,
        rank: ((i * 7 + t * 5) % 32) + 1,
        classSize: 32,
      })),
    ),
  );
  const produce = systemProducer(tenantId);
  const byStudent = students.map((s, i) => ({ s, p: ok[i]! }));
  for (const [i, { s, p }] of byStudent.entries()) {
    const gifts: { kind: SupportKind; amountFen: number; givenOn: string; term: string }[] = [
      { kind: 'living', amountFen: 150_000, givenOn: '2019-03-15', term: '2018-2019-2' },
    ];
    if (i % 8 < 3) gifts.push({ kind: 'mentoring', amountFen: 0, givenOn: '2019-04-10', term: '2018-2019-2' });
    for (const g of gifts) {
      const amountFen = g.amountFen || null;
      const [row] = await tx
        .insert(cohortSupports)
        .values({
          tenantId,
          studentId: s.id,
          kind: g.kind,
          amountFen,
          term: g.term,
          givenOn: g.givenOn,
          unitId: school,
        })
        .returning();
      await produceRecord(tx, ctx, produce, null, {
        type: 'student_support',
        occurredOn: g.givenOn,
        eastUnitId: school,
        countyCode: XIAHE,
        pairingId: cohort!.pairingId,
        values: { supportKind: g.kind, ...(amountFen ? { amountFen } : {}), programme: cohort!.name, term: g.term },
        people: [{ idNumber: p.idNumber, name: p.name }],
        status: 'confirmed',
        source: { type: 'cohort_support', id: row!.id },
      });
    }
  }
  return { students: students.length };
}

const CADRES = ['zuzhibu', 'zuzhibu', 'tongzhanbu', 'tongzhanbu', 'jiaoyuju', 'weijianwei'];
const CADRE_NAMES = ['刘建华', '陈晓梅', '王志强', '赵丽娟', '孙海涛', '周文静'];
const HEADS = ['马文军', '李红英', '张国平', '杨秀兰', '扎西才让', '卓玛草'];

/**
 * A handful of 结对认亲 pairs (illustrative): six cadres of district units, each with the head of a poor household in
 * a village of the three counties, paired in March 2019; their visits through September are `family_visit` records of
 * the pair. The sixth pair was visited once, in March, and shows as dormant.
 */
export async function seedFamilyPairs(tx: DbOrTx, ctx: AppContext, tenantId: string, unitIds: Map<string, string>) {
  const regions = readRegionData();
  const villages = COUNTY_CODES.map((c) =>
    regions.filter((r) => r.level === 'village' && r.code.startsWith(c) && r.name.includes('村')),
  );
  const people = CADRES.flatMap((_, i) => {
    const county = COUNTY_CODES[i % 3]!;
    return [
      { idNumber: makeIdNumber(TENANT.regionCode, `19${75 + i}0${(i % 9) + 1}1${i}`, 300 + i), name: CADRE_NAMES[i]! },
      { idNumber: makeIdNumber(county, `19${58 + i}1${i % 3}0${i + 1}`, 400 + i), name: HEADS[i]!, isPoor: true },
    ];
  });
  const { ok } = checkPeople(ctx.keys, people);
  const resolved = await resolvePeople(tx, ctx.keys, tenantId, ok, COUNTY_CODES);
  const rows = CADRES.map((code, i) => {
    const county = COUNTY_CODES[i % 3]!;
    const pool = villages[i % 3]!;
    const village = pool[(i * 11 + 40) % pool.length]!;
    const unitId = unitIds.get(code)!;
    const east = resolved[2 * i]!.personId;
    const west = resolved[2 * i + 1]!.personId;
    return {
      tenantId,
      kind: 'cadre_household' as const,
      eastUnitId: unitId,
      westRegionCode: village.code,
      eastPersonId: east,
      westPersonId: west,
      countyCode: county,
      partyKey: `u:${unitId}|r:${village.code}|p:${east}|p:${west}`,
      startDate: '2019-03-01',
      isIllustrative: true,
    };
  });
  const created = await tx.insert(pairings).values(rows).returning({ id: pairings.id });
  const visits: DemoRecord[] = created.flatMap((p, i) =>
    (i === 5 ? [3] : [3, 5, 7, 9]).map((month, v) => ({
      type: 'family_visit',
      on: `2019-0${month}-${String(10 + i).padStart(2, '0')}`,
      unit: CADRES[i]!,
      county: rows[i]!.countyCode,
      pairingId: p.id,
      values: {
        visitKind: v % 2 ? 'remote' : v === 2 ? 'practical_help' : 'home_visit',
        ...(v === 2 ? { amountFen: 50_000 } : {}),
        summary: v % 2 ? '电话了解家庭近况和孩子学习情况' : '入户走访，了解生产生活困难，宣讲帮扶政策',
      },
    })),
  );
  await insertDemoRecords(tx, ctx.keys, tenantId, unitIds, visits);
  return { pairs: created.length, visits: visits.length };
}
