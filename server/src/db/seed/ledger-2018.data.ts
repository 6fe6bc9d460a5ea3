import { dayOf, type DemoRecord } from './demo-ledger';
import { leadershipAndTalent2018 } from './ledger-2018.people.data';
import { COUNTIES, HUAN, QING, XIA, WAN, person, resetPersonKeys, times } from './ledger-2018.shared';

/** 2018 as the speech reports it: every figure of seed-figures.md section "2018 results" comes out of these records. */
export function ledger2018(): DemoRecord[] {
  resetPersonKeys();
  const y = 2018;
  const out: DemoRecord[] = [];
  leadershipAndTalent2018(y, out);
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
        ...(i === 10 ? { outlet: '今晚报' } : {}),
        isOriginal: true,
      },
    })),
  );
  // consumption purchases (6 enterprises, 81 kinds, 348 万元) come from the consumption module: consumption.seed.ts
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
