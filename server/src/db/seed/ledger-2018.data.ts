import { dayOf, split, type DemoRecord } from './demo-ledger';

const HUAN = '621022';
const QING = '621021';
const XIA = '623027';
const COUNTIES = [HUAN, QING, XIA];
const WAN = 1_000_000; // 1 万元 in fen

/** Person keys are unique across the whole demo: 2018 uses 1–99,999, 2019 from 100,000. */
let nextKey = 1;
const person = (county: string, isPoor: boolean) => ({ key: nextKey++, county, isPoor });

function times<T>(n: number, f: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => f(i));
}

/** 2018 as the speech reports it: every figure of seed-figures.md section "2018 results" comes out of these records. */
export function ledger2018(): DemoRecord[] {
  nextKey = 1;
  const y = 2018;
  const out: DemoRecord[] = [];
  // 组织领导: 2 / 1 / 1 / 6 meetings; 20 visits, of which 6 top leaders' inspections (2 per county)
  out.push(
    ...times(2, (i) => ({
      type: 'meeting',
      on: ['2018-03-15', '2018-09-20'][i]!,
      unit: 'hezuoban',
      county: null,
      values: { meetingKind: 'standing_committee', topic: '研究部署东西部扶贫协作工作' },
    })),
  );
  out.push({
    type: 'meeting',
    on: '2018-04-10',
    unit: 'hezuoban',
    county: null,
    values: { meetingKind: 'executive', topic: '研究对口支援资金安排' },
  });
  out.push({
    type: 'meeting',
    on: '2018-05-08',
    unit: 'hezuoban',
    county: null,
    values: { meetingKind: 'push_meeting', topic: '全区东西部扶贫协作工作推动大会' },
  });
  out.push(
    ...times(6, (i) => ({
      type: 'meeting',
      on: dayOf(y, i * 2),
      unit: 'hezuoban',
      county: null,
      values: { meetingKind: 'special', topic: `扶贫专题会议（第${i + 1}次）` },
    })),
  );
  out.push(
    ...times(6, (i) => ({
      type: 'visit',
      on: dayOf(y, i + 3),
      unit: 'hezuoban',
      county: COUNTIES[i % 3]!,
      values: { visitKind: 'top_leader_inspection', direction: 'east_to_west', leaders: '区主要领导' },
    })),
  );
  out.push(
    ...times(14, (i) => ({
      type: 'visit',
      on: dayOf(y, i),
      unit: 'hezuoban',
      county: COUNTIES[i % 3]!,
      values: { visitKind: 'high_level', direction: i % 2 ? 'west_to_east' : 'east_to_west', leaders: '区领导' },
    })),
  );
  // 人才支援
  out.push(
    ...COUNTIES.map((c) => ({
      type: 'secondment',
      on: '2018-03-01',
      unit: 'zuzhibu',
      county: c,
      people: [person('120104', false)],
      values: {
        personKind: 'cadre',
        direction: 'east_to_west',
        post: '县委常委、副县长',
        isCountyLeader: true,
        termStart: '2018-03-01',
        termEnd: '2021-02-28',
      },
    })),
  );
  out.push(
    ...split(19, 3).flatMap((n, ci) =>
      times(n, (i) => ({
        type: 'secondment',
        on: dayOf(y, i + 2),
        unit: 'zuzhibu',
        county: COUNTIES[ci]!,
        people: [person(COUNTIES[ci]!, false)],
        values: {
          personKind: 'cadre',
          direction: 'west_to_east',
          post: '区直部门挂职',
          termStart: dayOf(y, i + 2),
          termEnd: dayOf(y + 1, i + 1),
        },
      })),
    ),
  );
  out.push(
    ...split(19, 3).flatMap((n, ci) =>
      times(n, (i) => ({
        type: 'secondment',
        on: dayOf(y, i + 4),
        unit: i % 2 ? 'weijianwei' : 'jiaoyuju',
        county: COUNTIES[ci]!,
        people: [person('120104', false)],
        values: {
          personKind: 'professional',
          direction: 'east_to_west',
          profession: i % 2 ? 'doctor' : 'teacher',
          post: i % 2 ? '县医院' : '县中学',
          termStart: dayOf(y, i + 4),
          termEnd: dayOf(y, i + 9),
        },
      })),
    ),
  );
  out.push(
    ...split(51, 3).flatMap((n, ci) =>
      times(n, (i) => ({
        type: 'secondment',
        on: dayOf(y, i + 1),
        unit: i % 2 ? 'weijianwei' : 'jiaoyuju',
        county: COUNTIES[ci]!,
        people: [person(COUNTIES[ci]!, false)],
        values: {
          personKind: 'professional',
          direction: 'west_to_east',
          profession: i % 2 ? 'doctor' : 'teacher',
          post: '跟岗学习',
          termStart: dayOf(y, i + 1),
          termEnd: dayOf(y, i + 4),
        },
      })),
    ),
  );
  out.push(
    ...split(30, 3).map((n, ci) => ({
      type: 'expert_mission',
      on: '2018-07-02',
      unit: 'zuzhibu',
      county: COUNTIES[ci]!,
      values: { missionKind: 'expert_exchange', persons: n, personTimes: n, days: 30 },
    })),
  );
  out.push(
    ...COUNTIES.map((c, i) => ({
      type: 'expert_mission',
      on: dayOf(y, i + 5),
      unit: 'weijianwei',
      county: c,
      values: { missionKind: 'medical_service', persons: 8, personTimes: 8, days: 5 },
    })),
  );
  out.push(
    ...[4, 3, 3].map((n, ci) => ({
      type: 'expert_mission',
      on: dayOf(y, ci + 8),
      unit: ci === 0 ? 'jiaoyuju' : 'weijianwei',
      county: COUNTIES[ci]!,
      values: { missionKind: 'teacher_doctor_exchange', persons: n, personTimes: n, days: 7 },
    })),
  );
  out.push(
    ...[3, 2, 2].map((s, ci) => ({
      type: 'training',
      on: dayOf(y, ci + 5),
      unit: 'zuzhibu',
      county: COUNTIES[ci]!,
      values: {
        trainingKind: 'cadre',
        title: '受援县党政干部培训班',
        sessions: s,
        personTimes: [110, 80, 78][ci],
        location: 'east',
      },
    })),
  );
  out.push(
    ...COUNTIES.map((c, ci) => ({
      type: 'training',
      on: dayOf(y, ci + 6),
      unit: ci === 0 ? 'weijianwei' : 'jiaoyuju',
      county: c,
      values: {
        trainingKind: 'professional',
        title: '专业技术人才培训班',
        sessions: 1,
        personTimes: 20,
        location: 'east',
      },
    })),
  );
  // 资金支持: the 6,700 万元 fiscal aid are the payments of the demo's projects (funds.seed.ts); 212.53 万元 donated
  out.push({
    type: 'donation',
    on: '2018-10-17',
    unit: 'tongzhanbu',
    county: HUAN,
    values: { donor: '集翔集团', form: 'cash', amountFen: 120 * WAN, viaRedCross: true, passedOnOn: '2018-10-30' },
  });
  out.push({
    type: 'donation',
    on: '2018-10-17',
    unit: 'hongshizihui',
    county: QING,
    values: {
      donor: '爱心企业（示例）',
      form: 'goods',
      amountFen: 50 * WAN,
      viaRedCross: true,
      passedOnOn: '2018-11-05',
    },
  });
  out.push({
    type: 'donation',
    on: '2018-11-20',
    unit: 'hongshizihui',
    county: XIA,
    values: {
      donor: '区属单位职工捐款',
      form: 'cash',
      amountFen: 4253 * 10_000,
      viaRedCross: true,
      passedOnOn: '2018-12-10',
    },
  });
  // 产业合作
  out.push(
    ...times(4, (i) => ({
      type: 'enterprise_investment',
      on: dayOf(y, i + 4),
      unit: 'fagaiwei',
      county: COUNTIES[i % 3]!,
      values: {
        enterprise: `天津示例投资企业${i + 1}有限公司`,
        registeredOn: dayOf(y, i + 4),
        amountFen: [300, 200, 150, 150][i]! * WAN,
        poorPersons: [120, 80, 60, 40][i],
      },
    })),
  );
  out.push({
    type: 'industry_base',
    on: '2018-05-10',
    unit: 'weijianwei',
    county: HUAN,
    values: {
      name: '天津中医药大学一附院环县黄芩、甘草种植基地',
      product: '黄芩',
      areaMu: 480,
      households: 80,
      poorHouseholds: 23,
    },
  });
  out.push({
    type: 'facility',
    on: '2018-09-01',
    unit: 'shangwuju',
    county: null,
    values: { facilityKind: 'sales_outlet', name: '天红菜市场受援县农特产品展销中心', quantity: 8 },
  });
  out.push({
    type: 'facility',
    on: '2018-06-01',
    unit: 'renshe',
    county: HUAN,
    values: { facilityKind: 'leader_base', name: '环县致富带头人培育基地', quantity: 2 },
  });
  out.push({
    type: 'facility',
    on: '2018-08-01',
    unit: 'renshe',
    county: HUAN,
    values: { facilityKind: 'labour_station', name: '环县驻南开区劳务输转工作站', quantity: 1 },
  });
  // 劳务协作
  out.push(
    ...[8, 8, 7].map((s, ci) => ({
      type: 'training',
      on: dayOf(y, ci + 3),
      unit: 'renshe',
      county: COUNTIES[ci]!,
      values: {
        trainingKind: 'vocational',
        title: '建档立卡贫困劳动力实用技能培训',
        sessions: s,
        personTimes: [380, 360, 327][ci],
        persons: [380, 360, 327][ci],
        poorPersons: [380, 360, 327][ci],
        location: 'west',
      },
    })),
  );
  out.push(
    ...[2, 2, 1].map((s, ci) => ({
      type: 'training',
      on: dayOf(y, ci + 6),
      unit: 'renshe',
      county: COUNTIES[ci]!,
      values: {
        trainingKind: 'leader',
        title: '致富带头人培训班',
        sessions: s,
        personTimes: [180, 160, 101][ci],
        persons: [180, 160, 101][ci],
        location: 'west',
      },
    })),
  );
  out.push(
    ...[500, 450, 420, 400, 344].map((posts, i) => ({
      type: 'job_fair',
      on: dayOf(y, i * 2 + 2),
      unit: 'renshe',
      county: COUNTIES[i % 3]!,
      values: { title: `南开区赴受援县专场招聘会（第${i + 1}场）`, posts, enterprises: 30 + i },
    })),
  );
  const placements = (destination: string, counts: number[], employer: string) =>
    counts.flatMap((n, ci) =>
      times(n, (i) => ({
        type: 'employment',
        on: dayOf(y, i),
        unit: 'renshe',
        county: COUNTIES[ci]!,
        people: [person(COUNTIES[ci]!, true)],
        values: {
          destination,
          employer,
          postKind: destination === 'near_home' && i % 3 === 0 ? 'public_welfare' : 'enterprise',
          startDate: dayOf(y, i),
        },
      })),
    );
  out.push(...placements('near_home', [900, 800, 544], '受援县本地企业、公益岗位'));
  out.push(...placements('tianjin', [80, 60, 34], '天津市用工企业'));
  // 宣传, 消费, 教育
  out.push(
    ...times(18, (i) => ({
      type: 'article',
      on: dayOf(y, i),
      unit: i % 2 ? 'xinwenzhongxin' : 'wangxinban',
      county: null,
      values: {
        title: i === 10 ? '“一·丝·爱”助力甘肃精准扶贫' : `南开区东西部扶贫协作工作动态（${i + 1}）`,
        medium: i === 10 ? 'newspaper' : 'new_media',
        isOriginal: true,
      },
    })),
  );
  out.push(
    ...[
      [15, 70],
      [14, 65],
      [14, 60],
      [13, 55],
      [13, 50],
      [12, 48],
    ].map(([kinds, wan], i) => ({
      type: 'consumption_purchase',
      on: dayOf(y, i + 6),
      unit: 'shangwuju',
      county: COUNTIES[i % 3]!,
      values: {
        buyer: '国安社区科技有限公司（“一·丝·爱”活动）',
        channel: 'online',
        supplier: `受援县扶贫企业${i + 1}（示例）`,
        enterprises: 1,
        quantity: kinds,
        amountFen: wan! * WAN,
        certified: true,
      },
    })),
  );
  out.push({
    type: 'promotion_event',
    on: '2018-11-08',
    unit: 'shangwuju',
    county: null,
    values: { title: '“环乡人”农产品区域公共品牌发布会', enterprises: 40, quantity: 3 },
  });
  out.push({
    type: 'promotion_event',
    on: '2018-12-06',
    unit: 'shangwuju',
    county: null,
    values: { title: '“庆州壹品”农特产品（天津）推介会', enterprises: 32, quantity: 3 },
  });
  out.push({
    type: 'student_programme',
    on: '2018-09-01',
    unit: 'jiaoyuju',
    county: XIA,
    values: { programme: '夏河班（南开大学附属中学）', persons: 32 },
  });
  return out;
}
