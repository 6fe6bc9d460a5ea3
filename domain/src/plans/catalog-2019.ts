import { ind, PERSON_TIMES, PERSONS, u, type IndicatorDecl } from './catalog';

const CASES = u('例', 'cases');
const PAIRS = u('对', 'pairs');
const VISITS = u('次', 'visits');

/**
 * The speech's 医教 targets have no number (三（六）: the 夏河班, telemedicine, medical staff trained), and 结对认亲 is
 * one of its pairing kinds (三（五）). These count what is done: telemedicine per county (at least one of each kind
 * per county, a qualitative target with a count), medical staff trained, the 夏河班 students supported, school staff
 * trained, 结对认亲 pairs and their visits.
 */
export const HEALTH_EDU_2019: IndicatorDecl[] = [
  ind({
    code: 'health_edu.remote_consultations',
    name: u('远程会诊', 'Remote consultations'),
    category: 'health_edu',
    unit: CASES,
    format: 'count',
    group: 'health',
    responsibleUnits: ['weijianwei'],
    rule: {
      agg: 'count',
      types: ['telemedicine'],
      filters: [{ field: 'consultKind', op: 'eq', value: 'remote_consultation' }],
    },
    target: { kind: 'qualitative', perCounty: 1 },
  }),
  ind({
    code: 'health_edu.remote_pathology',
    name: u('远程病理诊断', 'Remote pathology cases'),
    category: 'health_edu',
    unit: CASES,
    format: 'count',
    group: 'health',
    responsibleUnits: ['weijianwei'],
    rule: {
      agg: 'count',
      types: ['telemedicine'],
      filters: [{ field: 'consultKind', op: 'eq', value: 'remote_pathology' }],
    },
    target: { kind: 'qualitative', perCounty: 1 },
  }),
  ind({
    code: 'health_edu.medical_staff_trained',
    name: u('为受援县培训医护人员', 'County medical staff trained'),
    category: 'health_edu',
    unit: PERSON_TIMES,
    format: 'count',
    group: 'health',
    responsibleUnits: ['weijianwei'],
    rule: {
      agg: 'sum',
      measure: 'personTimes',
      types: ['training'],
      filters: [{ field: 'trainingKind', op: 'eq', value: 'medical_staff' }],
    },
    target: { kind: 'qualitative', perCounty: 1 },
  }),
  ind({
    code: 'health_edu.xiahe_students_supported',
    name: u('在津就读甘南学生获得资助帮扶', 'Gannan students in Tianjin supported'),
    category: 'health_edu',
    unit: PERSONS,
    format: 'count',
    group: 'education',
    responsibleUnits: ['jiaoyuju'],
    rule: { agg: 'distinct_persons', types: ['student_support'], filters: [], poorOnly: false },
  }),
  ind({
    code: 'health_edu.school_staff_trained',
    name: u('结对学校教师交流培训', 'Teachers of paired schools trained'),
    category: 'health_edu',
    unit: PERSON_TIMES,
    format: 'count',
    group: 'education',
    responsibleUnits: ['jiaoyuju'],
    rule: {
      agg: 'sum',
      measure: 'personTimes',
      types: ['training'],
      filters: [{ field: 'trainingKind', op: 'eq', value: 'teacher' }],
    },
  }),
  ind({
    code: 'social.family_pairs',
    name: u('结对认亲', 'Cadre–household pairs'),
    category: 'social',
    unit: PAIRS,
    format: 'count',
    group: 'social',
    responsibleUnits: ['tongzhanbu', 'zuzhibu'],
    rule: { agg: 'pairings', kinds: ['cadre_household'] },
  }),
  ind({
    code: 'social.family_visits',
    name: u('结对认亲走访', 'Paired-family visits'),
    category: 'social',
    unit: VISITS,
    format: 'count',
    group: 'social',
    responsibleUnits: ['tongzhanbu', 'zuzhibu'],
    rule: { agg: 'count', types: ['family_visit'], filters: [] },
  }),
];
