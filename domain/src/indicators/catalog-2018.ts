import { coreIndicators, ENTERPRISES, ind, ITEMS, PERSON_TIMES, PERSONS, SESSIONS, TIMES, u, type IndicatorDecl } from './catalog';
import type { BaseRule } from './rules';

const sum = (measure: Extract<BaseRule, { agg: 'sum' }>['measure'], type: string, field?: string, value?: string): BaseRule => ({ agg: 'sum', measure, types: [type], filters: field ? [{ field, op: 'eq', value: value! }] : [] });
const count = (type: string, field?: string, value?: string): BaseRule => ({ agg: 'count', types: [type], filters: field ? [{ field, op: 'eq', value: value! }] : [] });
const mon = (code: string, zh: string, en: string, category: IndicatorDecl['category'], group: string, unit: IndicatorDecl['unit'], rule: BaseRule, format: IndicatorDecl['format'] = 'count') =>
  ind({ code, name: u(zh, en), category, unit, format, group, responsibleUnits: [], rule });
const MU = u('亩', 'mu');
const HOUSEHOLDS = u('户', 'households');

/** Monitoring indicators for every other 2018 figure of the speech (no targets: they report what was done). */
export const MONITORING_2018: IndicatorDecl[] = [
  mon('org.agreements', '签订帮扶协议', 'Assistance agreements signed', 'org', 'leadership', ITEMS, { agg: 'agreements' }),
  mon('org.standing_committee_meetings', '区委常委会研究部署', 'Party standing committee meetings', 'org', 'leadership', TIMES, count('meeting', 'meetingKind', 'standing_committee')),
  mon('org.executive_meetings', '区政府常务会研究部署', 'Government executive meetings', 'org', 'leadership', TIMES, count('meeting', 'meetingKind', 'executive')),
  mon('org.push_meetings', '全区工作推动大会', 'District-wide push meetings', 'org', 'leadership', TIMES, count('meeting', 'meetingKind', 'push_meeting')),
  mon('org.special_meetings', '扶贫专题会议', 'Special meetings', 'org', 'leadership', TIMES, count('meeting', 'meetingKind', 'special')),
  mon('org.visits', '领导高层互访', 'High-level mutual visits', 'org', 'leadership', TIMES, count('visit')),
  mon('org.top_leader_inspections', '区主要领导到受援县考察', 'Top leaders’ inspections in the counties', 'org', 'leadership', TIMES, count('visit', 'visitKind', 'top_leader_inspection')),
  mon('talent.cadres_received', '接收党政干部来区挂职', 'Cadres received', 'talent', 'talent', PERSONS, { agg: 'sum', measure: 'persons', types: ['secondment'], filters: [{ field: 'personKind', op: 'eq', value: 'cadre' }, { field: 'direction', op: 'eq', value: 'west_to_east' }] }),
  mon('talent.professionals_received', '接收专业技术人才挂职交流', 'Professionals received', 'talent', 'talent', PERSONS, { agg: 'sum', measure: 'persons', types: ['secondment'], filters: [{ field: 'personKind', op: 'eq', value: 'professional' }, { field: 'direction', op: 'eq', value: 'west_to_east' }] }),
  mon('talent.expert_exchange', '专家人才专业技术交流', 'Experts on exchange', 'talent', 'talent', PERSONS, sum('persons', 'expert_mission', 'missionKind', 'expert_exchange')),
  mon('talent.teacher_doctor_exchange', '教师、医生赴受援县交流', 'Teachers and doctors on exchange', 'health_edu', 'education', PERSON_TIMES, sum('personTimes', 'expert_mission', 'missionKind', 'teacher_doctor_exchange')),
  mon('talent.cadre_training_sessions', '培训党政干部期数', 'Cadre training sessions', 'talent', 'talent', SESSIONS, sum('sessions', 'training', 'trainingKind', 'cadre')),
  mon('talent.cadre_training_person_times', '培训党政干部人次', 'Cadres trained (person-times)', 'talent', 'talent', PERSON_TIMES, sum('personTimes', 'training', 'trainingKind', 'cadre')),
  mon('talent.professional_training_sessions', '培训专技人才期数', 'Professional training sessions', 'talent', 'talent', SESSIONS, sum('sessions', 'training', 'trainingKind', 'professional')),
  mon('talent.professional_training_person_times', '培训专技人才人次', 'Professionals trained (person-times)', 'talent', 'talent', PERSON_TIMES, sum('personTimes', 'training', 'trainingKind', 'professional')),
  mon('talent.hospital_pairs', '医院“一对一”结对', 'Hospital pairs', 'health_edu', 'health', ITEMS, { agg: 'pairings', kinds: ['hospital_hospital'] }),
  mon('talent.school_pairs', '学校“一对一”结对', 'School pairs', 'health_edu', 'education', ITEMS, { agg: 'pairings', kinds: ['school_school'] }),
  mon('industry.herb_base_area', '中药材种植基地面积', 'Herb base area', 'industry', 'industry', MU, sum('areaMu', 'industry_base'), 'area'),
  mon('industry.herb_base_households', '基地吸纳农户', 'Households taken in by the base', 'industry', 'industry', HOUSEHOLDS, sum('households', 'industry_base')),
  mon('industry.herb_base_poor_households', '其中建档立卡贫困户', 'Of which registered poor households', 'industry', 'industry', HOUSEHOLDS, sum('poorHouseholds', 'industry_base')),
  mon('industry.exhibition_booths', '农特产品展销展台', 'Exhibition booths', 'consumption', 'consumption', ITEMS, sum('quantity', 'facility', 'facilityKind', 'sales_outlet')),
  mon('labour.vocational_sessions', '贫困劳动力技能培训期数', 'Vocational training sessions', 'labour', 'labour', SESSIONS, sum('sessions', 'training', 'trainingKind', 'vocational')),
  mon('labour.vocational_persons', '贫困劳动力技能培训人数', 'Poor workers trained', 'labour', 'labour', PERSONS, sum('persons', 'training', 'trainingKind', 'vocational')),
  mon('labour.leader_bases', '致富带头人培育基地', 'Business-leader bases', 'labour', 'labour', ITEMS, sum('quantity', 'facility', 'facilityKind', 'leader_base')),
  mon('labour.leader_training_sessions', '致富带头人培训期数', 'Leader training courses', 'labour', 'labour', SESSIONS, sum('sessions', 'training', 'trainingKind', 'leader')),
  mon('labour.job_fairs', '专场招聘会', 'Job fairs', 'labour', 'labour', TIMES, count('job_fair')),
  mon('labour.job_fair_posts', '招聘会提供岗位', 'Posts offered at job fairs', 'labour', 'labour', ITEMS, sum('posts', 'job_fair')),
  mon('labour.workstations', '劳务输转工作站', 'Labour workstations', 'labour', 'labour', ITEMS, sum('quantity', 'facility', 'facilityKind', 'labour_station')),
  mon('social.street_township_pairs', '街道与乡镇结对', 'Street–township pairs', 'social', 'social', ITEMS, { agg: 'pairings', kinds: ['street_township'] }),
  mon('social.community_village_pairs', '社区与贫困村结对', 'Community–village pairs', 'social', 'social', ITEMS, { agg: 'pairings', kinds: ['community_village'] }),
  mon('social.enterprise_village_pairs', '企业与贫困村结对', 'Enterprise–village pairs', 'social', 'enterprises', ITEMS, { agg: 'pairings', kinds: ['enterprise_village'] }),
  mon('publicity.articles', '发布扶贫原创文章', 'Original articles published', 'publicity', 'publicity', u('篇', 'articles'), sum('quantity', 'article')),
  mon('consumption.suppliers_signed', '签约受援县企业', 'County suppliers signed', 'consumption', 'consumption', ENTERPRISES, sum('enterprises', 'consumption_purchase')),
  mon('consumption.product_kinds', '采购扶贫商品种类', 'Kinds of poverty products bought', 'consumption', 'consumption', u('种', 'kinds'), sum('quantity', 'consumption_purchase')),
  mon('consumption.promotion_enterprises', '推介会参会企业', 'Enterprises at promotion events', 'consumption', 'consumption', ENTERPRISES, sum('enterprises', 'promotion_event')),
  mon('consumption.promotion_signed', '推介会签约天津企业', 'Tianjin enterprises signing at events', 'consumption', 'consumption', ENTERPRISES, sum('quantity', 'promotion_event')),
  mon('health_edu.students', '受援县学生来津就读', 'County students studying in Tianjin', 'health_edu', 'education', PERSONS, sum('persons', 'student_programme')),
];

/** The catalog of a plan year as seeded: 2018 monitors, 2019 sets the speech's targets. */
export function seedCatalog(year: number): IndicatorDecl[] {
  if (year === 2018) return [...coreIndicators(false), ...MONITORING_2018];
  return coreIndicators(true);
}
