import { dayOf, split } from './demo-ledger';
import { COUNTIES, person, times, type Part } from './ledger-2018.shared';

/** 2018's 组织领导 and 人才支援 records (meetings, visits, cadres and professionals exchanged, trainings). */
export const leadershipAndTalent2018: Part = (y, out) => {
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
};
