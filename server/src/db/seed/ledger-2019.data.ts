import { dayOf, type DemoRecord } from './demo-ledger';

const HUAN = '621022';
const QING = '621021';
const XIA = '623027';
const COUNTIES = [HUAN, QING, XIA];
const WAN = 1_000_000;

/** 2019 as of the demo date (2019-09-30): every status shows somewhere. Person keys start at 100,000. */
export const DEMO_AS_OF_2019 = '2019-09-30';

let nextKey = 100_000;
const person = (county: string, isPoor: boolean) => ({ key: nextKey++, county, isPoor });
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const on = (i: number) => dayOf(2019, i, 9);

export function ledger2019(): DemoRecord[] {
  nextKey = 100_000;
  const out: DemoRecord[] = [];
  // cadres sent: 3 / 3 / 2 (夏河 behind); professionals sent 25 / 18 / 10, 20 of them on terms of a year or more
  out.push(
    ...[3, 3, 2].flatMap((n, ci) =>
      times(n, (i) => ({
        type: 'secondment',
        on: on(i + 1),
        unit: 'zuzhibu',
        county: COUNTIES[ci]!,
        people: [person('120104', false)],
        values: {
          personKind: 'cadre',
          direction: 'east_to_west',
          post: ['县委常委、副县长', '县扶贫办副主任', '专职工作人员'][i]!,
          isCountyLeader: i === 0,
          termStart: on(i + 1),
          termEnd: `2021-${String(i + 2).padStart(2, '0')}-28`,
        },
      })),
    ),
  );
  let long = 0;
  out.push(
    ...[25, 18, 10].flatMap((n, ci) =>
      times(n, (i) => {
        const isLong = long < 20 && i % 2 === 0;
        if (isLong) long++;
        return {
          type: 'secondment',
          on: on(i),
          unit: i % 2 ? 'weijianwei' : 'jiaoyuju',
          county: COUNTIES[ci]!,
          people: [person('120104', false)],
          values: {
            personKind: 'professional',
            direction: 'east_to_west',
            profession: i % 2 ? 'doctor' : 'teacher',
            post: i % 2 ? '县医院' : '县中学',
            termStart: '2019-02-20',
            termEnd: isLong ? '2020-02-19' : '2019-08-19',
          },
        };
      }),
    ),
  );
  // medical missions: 环县 and 庆城县 confirmed; 夏河县's is submitted, awaiting the county's confirmation
  out.push(
    ...COUNTIES.map((c, i) => ({
      type: 'expert_mission',
      on: on(i + 4),
      unit: 'weijianwei',
      county: c,
      status: i === 2 ? ('submitted' as const) : ('confirmed' as const),
      values: { missionKind: 'medical_service', persons: 10, personTimes: 10, days: 5 },
    })),
  );
  out.push(
    ...[
      [2, 100],
      [1, 80],
      [1, 60],
    ].map(([s, pt], ci) => ({
      type: 'training',
      on: on(ci + 3),
      unit: 'zuzhibu',
      county: COUNTIES[ci]!,
      values: {
        trainingKind: ci === 2 ? 'professional' : 'cadre',
        title: '受援县干部人才培训班',
        sessions: s,
        personTimes: pt,
        location: 'east',
      },
    })),
  );
  // funds: the 7,000 万元 paid so far are the payments of the demo's projects (funds.seed.ts)
  // industry: 3 key industries; 2 featured products confirmed and 1 submitted; 4 of 6 enterprises; 1,200 of 3,000 万元; 3,000 lifted
  out.push(
    ...COUNTIES.map((c, i) => ({
      type: 'task_evidence',
      on: on(i + 2),
      unit: 'fagaiwei',
      county: c,
      values: { task: 'key_industry', subject: ['黄花菜、中药材', '苹果、肉羊', '牦牛、藏羊'][i] },
    })),
  );
  out.push(
    ...COUNTIES.map((c, i) => ({
      type: 'task_evidence',
      on: on(i + 5),
      unit: 'shangwuju',
      county: c,
      status: i === 2 ? ('submitted' as const) : ('confirmed' as const),
      values: { task: 'featured_product', subject: ['“环乡人”农产品', '“庆州壹品”特产', '夏河牦牛肉'][i] },
    })),
  );
  out.push(
    ...[
      [400, 1000],
      [300, 900],
      [300, 700],
      [200, 400],
    ].map(([wan, lifted], i) => ({
      type: 'enterprise_investment',
      on: on(i + 2),
      unit: 'fagaiwei',
      county: COUNTIES[i % 3]!,
      values: {
        enterprise: `天津示例投资企业${i + 11}有限公司`,
        registeredOn: on(i + 2),
        amountFen: wan! * WAN,
        poorPersons: lifted,
      },
    })),
  );
  // consumption (4,000 万元 confirmed, 600 万元 awaiting, 200 万元 not counted) comes from consumption.seed.ts
  // labour: 950 near home (5 of them placed twice: counted once), 90 in Tianjin confirmed + 20 claimed, 600 elsewhere
  const placed = (destination: string, counts: number[], status: 'confirmed' | 'submitted' = 'confirmed') =>
    counts.flatMap((n, ci) =>
      times(n, (i) => ({
        type: 'employment',
        on: on(i),
        unit: 'renshe',
        county: COUNTIES[ci]!,
        status,
        people: [person(COUNTIES[ci]!, true)],
        values: {
          destination,
          employer: destination === 'tianjin' ? '天津市用工企业' : '用工企业',
          postKind: destination === 'near_home' && i % 2 === 0 ? 'public_welfare' : 'enterprise',
          startDate: on(i),
        },
      })),
    );
  const nearHome = placed('near_home', [400, 330, 220]);
  out.push(...nearHome);
  out.push(
    ...nearHome
      .slice(0, 5)
      .map((r, i) => ({ ...r, on: on(i + 6), values: { ...r.values, employer: '另一用工单位（换岗）' } })),
  );
  out.push(...placed('tianjin', [40, 30, 20]));
  out.push(...placed('tianjin', [10, 6, 4], 'submitted'));
  out.push(...placed('elsewhere', [250, 200, 150]));
  // leaders: 350 trained (achieved), 80 started a business (22.9 %, below 30 %)
  out.push(
    ...[
      [2, 150],
      [2, 120],
      [1, 80],
    ].map(([s, n], ci) => ({
      type: 'training',
      on: on(ci + 3),
      unit: 'renshe',
      county: COUNTIES[ci]!,
      values: {
        trainingKind: 'leader',
        title: '致富带头人培训班',
        sessions: s,
        personTimes: n,
        persons: n,
        location: 'west',
      },
    })),
  );
  out.push(
    ...[35, 28, 17].flatMap((n, ci) =>
      times(n, (i) => ({
        type: 'business_start',
        on: on(i + 4),
        unit: 'renshe',
        county: COUNTIES[ci]!,
        people: [person(COUNTIES[ci]!, true)],
        values: { business: `创业项目${i + 1}（示例）`, poorPersons: 2 },
      })),
    ),
  );
  // donations (500 万元 of 800) come from the charity platform's confirmed Red Cross batches: charity.seed.ts
  // a few claims awaiting the county, and a draft, so the workflow shows
  out.push({
    type: 'job_fair',
    on: on(5),
    unit: 'renshe',
    county: HUAN,
    status: 'submitted',
    values: { title: '2019 年南开区赴环县专场招聘会', posts: 620, enterprises: 41 },
  });
  out.push({
    type: 'visit',
    on: on(6),
    unit: 'hezuoban',
    county: XIA,
    status: 'draft',
    values: { visitKind: 'high_level', direction: 'east_to_west', leaders: '区领导' },
  });
  return out;
}
