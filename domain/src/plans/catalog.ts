import type { IndicatorCategory, IndicatorRule, IndicatorTarget, Pacing } from './rules';

export type ValueFormat = 'count' | 'money' | 'percent' | 'area';

/** One indicator of a year's plan, as the catalog declares it (units by code, money in fen). */
export type IndicatorDecl = {
  code: string;
  name: { zh: string; en: string };
  category: IndicatorCategory;
  unit: { zh: string; en: string };
  format: ValueFormat;
  group: string;
  responsibleUnits: string[];
  rule: IndicatorRule;
  target: IndicatorTarget;
  pacing?: Pacing;
  evidenceRequired?: boolean;
};

export const WAN = 10_000 * 100; // one 万元 in fen

type DeclInput = Omit<IndicatorDecl, 'target'> & {
  target?: Partial<IndicatorTarget> & { kind: IndicatorTarget['kind'] };
};
const NONE = { kind: 'none' } as const;
/** Fills a declaration's target defaults. */
export const ind = (d: DeclInput): IndicatorDecl => ({
  ...d,
  target: { overall: null, perCounty: null, counties: {}, ...(d.target ?? NONE) },
});

export const u = (zh: string, en: string) => ({ zh, en });
export const PERSONS = u('人', 'persons');
export const PERSON_TIMES = u('人次', 'person-times');
export const YUAN = u('万元', '10k yuan');
export const PCT = u('%', '%');
export const ITEMS = u('个', 'items');
export const SESSIONS = u('期', 'sessions');
export const TIMES = u('次', 'times');
export const ENTERPRISES = u('家', 'enterprises');

const secondments = (personKind: string, direction: string) => ({
  agg: 'sum' as const,
  measure: 'persons' as const,
  types: ['secondment'],
  filters: [
    { field: 'personKind', op: 'eq' as const, value: personKind },
    { field: 'direction', op: 'eq' as const, value: direction },
  ],
});
const employed = (destination: string) => ({
  agg: 'distinct_persons' as const,
  types: ['employment'],
  filters: [{ field: 'destination', op: 'eq' as const, value: destination }],
  poorOnly: true,
});
const fiscal = (extra: { field: string; op: 'eq' | 'in'; value: string | string[] }[] = []) => ({
  agg: 'sum' as const,
  measure: 'amountFen' as const,
  types: ['fund_payment'],
  filters: [{ field: 'fundKind', op: 'eq' as const, value: 'fiscal' }, ...extra],
});
const trainings = (kinds: string[], measure: 'personTimes' | 'persons' | 'sessions') => ({
  agg: 'sum' as const,
  measure,
  types: ['training'],
  filters: [{ field: 'trainingKind', op: 'in' as const, value: kinds }],
});

/** The indicator codes the seed's 2019 targets use; the 2018 plan carries them without targets as baselines. */
export function coreIndicators(targets: boolean): IndicatorDecl[] {
  const t = <T extends IndicatorTarget['kind']>(
    kind: T,
    rest: Omit<Parameters<typeof ind>[0]['target'] & object, 'kind'>,
  ) => (targets ? { kind, ...rest } : NONE);
  return [
    ind({
      code: 'talent.cadres_sent',
      name: u('选派党政干部挂职', 'Cadres sent on secondment'),
      category: 'talent',
      unit: PERSONS,
      format: 'count',
      group: 'talent',
      responsibleUnits: ['zuzhibu'],
      rule: secondments('cadre', 'east_to_west'),
      target: t('min', { perCounty: 3 }),
    }),
    ind({
      code: 'talent.professionals_sent',
      name: u('选派专业技术人才', 'Professionals sent'),
      category: 'talent',
      unit: PERSONS,
      format: 'count',
      group: 'talent',
      responsibleUnits: ['zuzhibu', 'jiaoyuju', 'weijianwei'],
      rule: secondments('professional', 'east_to_west'),
      target: t('min', { perCounty: 28 }),
    }),
    ind({
      code: 'talent.professionals_long_term_share',
      name: u('一年期以上专业技术人员占比', 'Share of professionals on terms of a year or more'),
      category: 'talent',
      unit: PCT,
      format: 'percent',
      group: 'talent',
      responsibleUnits: ['zuzhibu', 'jiaoyuju', 'weijianwei'],
      rule: {
        agg: 'ratio',
        numerator: {
          ...secondments('professional', 'east_to_west'),
          filters: [...secondments('professional', 'east_to_west').filters, { field: 'months', op: 'gte', value: 12 }],
        },
        denominator: secondments('professional', 'east_to_west'),
      },
      target: t('ratio_min', { overall: 30 }),
    }),
    ind({
      code: 'talent.medical_missions',
      name: u('“医疗服务支援行”专家团', 'Medical service missions'),
      category: 'talent',
      unit: TIMES,
      format: 'count',
      group: 'health',
      responsibleUnits: ['weijianwei'],
      rule: {
        agg: 'count',
        types: ['expert_mission'],
        filters: [{ field: 'missionKind', op: 'eq', value: 'medical_service' }],
      },
      target: t('min', { perCounty: 1 }),
    }),
    ind({
      code: 'talent.trained',
      name: u('培训受援县党政干部和专业技术人员', 'County cadres and professionals trained'),
      category: 'talent',
      unit: PERSON_TIMES,
      format: 'count',
      group: 'talent',
      responsibleUnits: ['zuzhibu'],
      rule: trainings(['cadre', 'professional'], 'personTimes'),
      target: t('min', { overall: 300 }),
    }),
    ind({
      code: 'industry.funds_to_industry_share',
      name: u('到县财政帮扶资金用于产业项目占比', 'Share of fiscal funds to industry'),
      category: 'industry',
      unit: PCT,
      format: 'percent',
      group: 'industry',
      responsibleUnits: ['fagaiwei', 'caizhengju'],
      rule: {
        agg: 'ratio',
        numerator: fiscal([{ field: 'purpose', op: 'eq', value: 'industry' }]),
        denominator: fiscal(),
      },
      target: t('ratio_min', { overall: 50 }),
    }),
    ind({
      code: 'industry.key_industry',
      name: u('每县确定重点扶持产业', 'Key industry identified per county'),
      category: 'industry',
      unit: ITEMS,
      format: 'count',
      group: 'industry',
      responsibleUnits: ['fagaiwei'],
      rule: { agg: 'count', types: ['task_evidence'], filters: [{ field: 'task', op: 'eq', value: 'key_industry' }] },
      target: t('qualitative', { perCounty: 1 }),
      evidenceRequired: true,
    }),
    ind({
      code: 'industry.featured_product',
      name: u('每县打造特色产品', 'Featured product per county'),
      category: 'industry',
      unit: ITEMS,
      format: 'count',
      group: 'industry',
      responsibleUnits: ['fagaiwei', 'shangwuju'],
      rule: {
        agg: 'count',
        types: ['task_evidence'],
        filters: [{ field: 'task', op: 'eq', value: 'featured_product' }],
      },
      target: t('qualitative', { perCounty: 1 }),
      evidenceRequired: true,
    }),
    ind({
      code: 'industry.enterprises_invested',
      name: u('促成企业到受援县投资', 'Enterprises brought to invest'),
      category: 'industry',
      unit: ENTERPRISES,
      format: 'count',
      group: 'industry',
      responsibleUnits: ['fagaiwei', 'gongshanglian'],
      rule: { agg: 'sum', measure: 'enterprises', types: ['enterprise_investment'], filters: [] },
      target: t('total', { overall: 6 }),
    }),
    ind({
      code: 'industry.investment_amount',
      name: u('引导企业投资金额', 'Investment by these enterprises'),
      category: 'industry',
      unit: YUAN,
      format: 'money',
      group: 'industry',
      responsibleUnits: ['fagaiwei'],
      rule: { agg: 'sum', measure: 'amountFen', types: ['enterprise_investment'], filters: [] },
      target: t('stretch', { overall: 3000 * WAN }),
    }),
    ind({
      code: 'industry.poor_lifted_by_enterprises',
      name: u('带动建档立卡贫困人口脱贫', 'Registered poor lifted by these enterprises'),
      category: 'industry',
      unit: PERSONS,
      format: 'count',
      group: 'industry',
      responsibleUnits: ['fagaiwei'],
      rule: { agg: 'sum', measure: 'poorPersons', types: ['enterprise_investment'], filters: [] },
      target: t('total', { overall: 3800 }),
    }),
    ind({
      code: 'consumption.amount',
      name: u('消费扶贫总额', 'Consumption-based assistance'),
      category: 'consumption',
      unit: YUAN,
      format: 'money',
      group: 'consumption',
      responsibleUnits: ['shangwuju'],
      rule: {
        agg: 'sum',
        measure: 'amountFen',
        types: ['consumption_purchase'],
        filters: [{ field: 'certified', op: 'eq', value: true }],
      },
      target: t('min', { overall: 5000 * WAN }),
    }),
    ind({
      code: 'labour.employed_near_home',
      name: u('贫困人口就近就地就业', 'Poor people employed near home'),
      category: 'labour',
      unit: PERSONS,
      format: 'count',
      group: 'labour',
      responsibleUnits: ['renshe'],
      rule: employed('near_home'),
      target: t('total', { overall: 890 }),
    }),
    ind({
      code: 'labour.employed_in_tianjin',
      name: u('贫困人口来津就业', 'Poor people employed in Tianjin'),
      category: 'labour',
      unit: PERSONS,
      format: 'count',
      group: 'labour',
      responsibleUnits: ['renshe'],
      rule: employed('tianjin'),
      target: t('min', { overall: 140 }),
    }),
    ind({
      code: 'labour.employed_elsewhere',
      name: u('贫困人口到其他地区就业', 'Poor people employed elsewhere'),
      category: 'labour',
      unit: PERSONS,
      format: 'count',
      group: 'labour',
      responsibleUnits: ['renshe'],
      rule: employed('elsewhere'),
      target: t('min', { overall: 1287 }),
    }),
    ind({
      code: 'labour.leaders_trained',
      name: u('培训村级带头人和致富能人', 'Village leaders trained'),
      category: 'labour',
      unit: PERSON_TIMES,
      format: 'count',
      group: 'labour',
      responsibleUnits: ['renshe'],
      rule: trainings(['leader'], 'personTimes'),
      target: t('min', { overall: 336 }),
    }),
    ind({
      code: 'labour.leaders_started_business_share',
      name: u('受训致富带头人创业占比', 'Share of trained leaders who start a business'),
      category: 'labour',
      unit: PCT,
      format: 'percent',
      group: 'labour',
      responsibleUnits: ['renshe'],
      rule: {
        agg: 'ratio',
        numerator: { agg: 'distinct_persons', types: ['business_start'], filters: [], poorOnly: false },
        denominator: trainings(['leader'], 'persons'),
      },
      target: t('ratio_min', { overall: 30 }),
    }),
    ind({
      code: 'funds.fiscal_paid',
      name: u('拨付财政帮扶资金', 'Fiscal assistance paid'),
      category: 'funds',
      unit: YUAN,
      format: 'money',
      group: 'funds',
      responsibleUnits: ['caizhengju'],
      rule: fiscal(),
      target: t('total', { overall: 8780 * WAN }),
    }),
    ind({
      code: 'funds.livelihood_grassroots_share',
      name: u('用于民生和县以下基层的资金占比', 'Share of funds for livelihoods at county level or below'),
      category: 'funds',
      unit: PCT,
      format: 'percent',
      group: 'funds',
      responsibleUnits: ['caizhengju'],
      rule: {
        agg: 'ratio',
        numerator: fiscal([
          {
            field: 'purpose',
            op: 'in',
            value: ['livelihood', 'industry', 'employment', 'education_health', 'infrastructure'],
          },
          { field: 'level', op: 'in', value: ['county', 'township', 'village'] },
        ]),
        denominator: fiscal(),
      },
      target: t('ratio_min', { overall: 80 }),
    }),
    ind({
      code: 'social.donations',
      name: u('社会帮扶款物', 'Social donations in cash and kind'),
      category: 'social',
      unit: YUAN,
      format: 'money',
      group: 'social',
      responsibleUnits: ['tongzhanbu', 'hongshizihui'],
      rule: { agg: 'sum', measure: 'amountFen', types: ['donation'], filters: [] },
      target: t('total', { overall: 800 * WAN }),
    }),
  ];
}

/** The codes the 2019 plan must contain (the platform issue's list). */
export const CORE_CODES = coreIndicators(true).map((d) => d.code);
