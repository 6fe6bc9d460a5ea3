import type { ReportScopeKind, SummaryTemplate, TemplateSentence } from '@xiezuo/domain';

const s = (text: string, more: Omit<TemplateSentence, 'text'> = {}): TemplateSentence => ({ text, ...more });
const DISTRICT: ReportScopeKind[] = ['district'];

/**
 * The built-in template: the sentences of section 一 of the 2019 leadership-group speech with every figure replaced by
 * its placeholder, and the plan text of its section 三 with every target replaced by {target}. A tenant edits a copy.
 */
export const DEFAULT_SUMMARY_TEMPLATE: SummaryTemplate = {
  title: '{scope_title}{year}年东西部扶贫协作和支援合作工作总结',
  intro:
    '{year}年，{author}深入学习贯彻习近平总书记关于扶贫工作的重要论述，认真领会党中央赋予的政治责任，严格落实国务院及天津市委市政府的部署要求，以高度的政治责任感与强烈的担当精神，采取有效措施，推进{scope_focus}东西部扶贫协作和支援合作工作落到实处。现将有关情况总结如下。',
  partHeading: '{scope_effort}{achievement}',
  sections: [
    {
      key: 'org',
      heading: '提高政治站位，加强组织领导',
      items: [
        {
          lead: '充实领导小组',
          sentences: [
            s('区委书记亲自挂帅担任领导小组组长', { scopes: DISTRICT }),
            s('逐步扩大小组成员单位至{org.member_units}个'),
            s('区各相关部门及学校、医院与受援地区共签订帮扶协议{org.agreements}个'),
          ],
        },
        {
          lead: '细化责任分工',
          scopes: DISTRICT,
          sentences: [s('根据天津市三年行动方案要求，制定我区扶贫方案，细化任务分工，明确责任主体')],
        },
        {
          lead: '召开专题会议',
          sentences: [
            s('召开{parts}部署推动扶贫工作', {
              parts: [
                '{org.standing_committee_meetings}次区委常委会',
                '{org.executive_meetings}次区政府常务会',
                '{org.push_meetings}次区主要领导主持全区工作推动大会',
                '{org.special_meetings}次扶贫专题会议',
              ],
            }),
          ],
        },
        {
          lead: '开展交流对接',
          sentences: [
            s('加强与受援县合作交流力度'),
            s('实现领导高层互访{org.visits}次'),
            s('其中区主要领导到受援县考察共计{org.top_leader_inspections}次'),
          ],
        },
      ],
    },
    {
      key: 'talent',
      heading: '突出人才支援，扶贫扶智结合',
      items: [
        {
          lead: '加强人才选派交流',
          sentences: [
            s('向{counties}选派{talent.cadres_sent}名党政干部挂职'),
            // "3名党政干部……其中3名县处级" reads "均为县处级" when all of them are
            s('其中{notable.county_leaders}名县处级领导干部挂职县委常委、副县长', {
              whenDiffer: ['talent.cadres_sent', 'notable.county_leaders'],
            }),
            s('均为县处级领导干部，挂职县委常委、副县长', {
              whenEqual: ['talent.cadres_sent', 'notable.county_leaders'],
            }),
            s('接收{talent.cadres_received}名党政干部来我区挂职'),
            s('{parts}专业技术人才挂职交流学习', {
              parts: ['选派了{talent.professionals_sent}名', '接收{talent.professionals_received}名'],
            }),
            s('向受援县组织{talent.expert_exchange}名专家人才开展为期一个月的专业技术交流活动'),
          ],
        },
        {
          lead: '提升受援县软实力',
          sentences: [
            s('帮助受援县培训党政干部{talent.cadre_training_sessions}期，共计{talent.cadre_training_person_times}人次'),
            s(
              '培训专技人才{talent.professional_training_sessions}期，共计{talent.professional_training_person_times}人次',
            ),
            s('帮助受援县培训党政干部和专业技术人员共计{talent.trained}人次', {
              unless: 'talent.cadre_training_sessions',
            }),
          ],
        },
        {
          lead: '开展“医疗服务支援行”活动',
          sentences: [
            s(
              '组织专家团{talent.medical_missions}批次赴受援县开展“医疗服务支援行”活动，为当地百姓提供义诊、开展医疗讲座',
            ),
          ],
        },
        {
          lead: '组织医院、学校开展结对帮扶',
          sentences: [
            s('与受援县{parts}“一对一”帮扶关系', {
              parts: ['医院建立{talent.hospital_pairs}对', '学校建立{talent.school_pairs}对'],
            }),
            s('分别组织{talent.teacher_doctor_exchange}人次以上教师、医生赴{counties}开展交流对接'),
          ],
        },
      ],
    },
    {
      key: 'funds',
      heading: '加大资金支持，增强帮扶力度',
      items: [
        {
          lead: '财政援助资金',
          sentences: [
            s('按照天津市统一部署，为{counties}拨付专项帮扶资金共计{funds.fiscal_paid}万元'),
            s('其中用于产业扶贫项目的资金占{industry.funds_to_industry_share}%'),
            s('与受援县对接资金使用项目情况及进展，确保资金使用情况符合天津市资金项目管理要求'),
          ],
        },
        {
          lead: '社会帮扶资金',
          sentences: [
            s('积极宣传动员社会力量，广泛组织各类社会组织向受援县捐款捐物'),
            s('以{notable.top_donor}为代表的企业共为受援县捐款捐物{social.donations}万元'),
            s('社会各界共为受援县捐款捐物{social.donations}万元', { unless: 'notable.top_donor' }),
          ],
        },
      ],
    },
    {
      key: 'industry',
      heading: '引导产业合作，搭建帮扶平台',
      items: [
        {
          lead: '引进特色带贫企业',
          sentences: [
            s('会同受援县确定重点扶持产业，打造特色产品'),
            s('引导{industry.enterprises_invested}家企业在受援县投资注册'),
            s('实际到位投资{industry.investment_amount}万元'),
            s('带动建档立卡贫困人口脱贫{industry.poor_lifted_by_enterprises}人'),
          ],
        },
        {
          lead: '引进合作帮扶项目',
          sentences: [
            s('协调筹建{notable.industry_base}'),
            s('{year}年已种植{notable.industry_product}{industry.herb_base_area}亩'),
            s('吸纳农户{industry.herb_base_households}户'),
            s('其中建档立卡贫困户{industry.herb_base_poor_households}户'),
          ],
        },
        {
          lead: '建立农特产品展销旗舰店',
          sentences: [s('在{notable.sales_outlet}设{industry.exhibition_booths}个展台提供给受援县免费使用')],
        },
      ],
    },
    {
      key: 'labour',
      heading: '搞好劳务协作，带动就业脱贫',
      items: [
        {
          lead: '开展劳务技能培训',
          sentences: [
            s('为受援县建档立卡贫困户提供各类实用职业技能培训'),
            s('{year}年在受援县组织建档立卡贫困户培训{labour.vocational_sessions}期培训{labour.vocational_persons}人'),
          ],
        },
        {
          lead: '开展致富带头人培训',
          sentences: [
            s('在{notable.leader_base_county}设立了{labour.leader_bases}个致富带头人培育基地'),
            s('为受援县举办致富带头培训班{labour.leader_training_sessions}期，共计{labour.leaders_trained}人'),
            s('培训受援县村级带头人和致富能人{labour.leaders_trained}人次', {
              unless: 'labour.leader_training_sessions',
            }),
          ],
        },
        {
          lead: '开展专场招聘带动就业',
          sentences: [
            s('为受援县举办{labour.job_fairs}场专场招聘会，提供{labour.job_fair_posts}个岗位'),
            s('建立{notable.labour_station}，为深度贫困县来津就业人员提供服务和帮助'),
            s('{year}年实现受援县{parts}', {
              parts: [
                '就近就地就业{labour.employed_near_home}人',
                '来津就业{labour.employed_in_tianjin}人',
                '到其他地区就业{labour.employed_elsewhere}人',
              ],
              joiner: '，',
            }),
          ],
        },
      ],
    },
    {
      key: 'pairing',
      heading: '开展结对帮扶，助推精准扶贫',
      items: [
        {
          lead: '开展各类结对帮扶',
          sentences: [
            s('{parts}', {
              parts: [
                '安排{social.street_township_pairs}个街道办事处与受援县乡镇签订合作协议',
                '组织{social.community_village_pairs}个社区与当地贫困村形成结对帮扶关系',
                '促成{social.enterprise_village_pairs}家企业与受援县贫困村结对并签订帮扶协议',
              ],
              joiner: '，',
            }),
          ],
        },
        {
          lead: '开展扶贫日活动',
          sentences: [
            s('在全国扶贫日期间，组织开展扶贫活动'),
            s('协调{notable.newspaper_outlet}刊登《{notable.newspaper_article}》，宣传我区扶贫成果'),
            s('协调报刊刊登《{notable.newspaper_article}》，宣传我区扶贫成果', { unless: 'notable.newspaper_outlet' }),
          ],
        },
      ],
    },
    {
      key: 'publicity',
      heading: '积极宣传报道、扩大社会影响',
      items: [
        {
          sentences: [
            s(
              '{notable.publicity_units}等单位依托官方新媒体资源，开辟扶贫专栏，发布扶贫原创文章{publicity.articles}篇',
            ),
            s('依托官方新媒体资源，开辟扶贫专栏，发布扶贫原创文章{publicity.articles}篇', {
              unless: 'notable.publicity_units',
            }),
            s('利用传统媒体刊发东西部扶贫协作和对口支援工作进展，动员全社会力量参与扶贫攻坚。'),
          ],
        },
      ],
    },
    {
      key: 'highlights',
      heading: '打造亮点工作，创新扶贫模式',
      items: [
        {
          lead: '甘货进津扮靓精准扶贫路',
          sentences: [
            s('会同{notable.consumption_buyer}开展消费扶贫系列活动'),
            s('与受援县的{consumption.suppliers_signed}家企业签约'),
            s('采购受援县扶贫商品{consumption.product_kinds}种'),
            s('签订订单金额{consumption.amount}万元'),
            s('带动受援县建档立卡贫困人口脱贫致富'),
          ],
        },
        {
          lead: '注重“扶贫先扶志，扶贫必扶智”',
          sentences: [s('接收{health_edu.students}名{notable.students_county}学生到{notable.students_school}学习')],
        },
        {
          lead: '创新产业帮扶新招法',
          sentences: [
            s('助力受援县在津召开{notable.promotion_events}'),
            s('联系{consumption.promotion_enterprises|approx}家企业参会对接'),
            s('会上有{consumption.promotion_signed}家天津企业与当地企业签订合作协议'),
          ],
        },
      ],
    },
  ],
  plan: {
    heading: '下一步打算',
    intro: '{plan_year}年，按照实施方案确定的目标任务，全力推进以下工作：',
    sections: [
      { heading: '人才支援升级加力，深化党政干部和专技人才交流培养', categories: ['talent'] },
      { heading: '产业帮扶升级加力，增强受援县内生动力和造血功能', categories: ['industry', 'consumption'] },
      { heading: '劳务协作升级加力，提升受援县劳动力技能和水平', categories: ['labour'] },
      { heading: '资金支持升级加力，助推受援县加快脱贫攻坚步伐', categories: ['funds'] },
      { heading: '社会动员升级加力，完善大扶贫工作体系', categories: ['social', 'org', 'publicity'] },
      { heading: '医教扶贫升级加力，打造扶贫协作和支援合作亮点工程', categories: ['health_edu'] },
    ],
    sentences: {
      'talent.cadres_sent': {
        lead: '加强党政干部选派力度',
        text: '全年为每个结对帮扶县选派{target}名以上干部挂职，其中1名挂任县委常委、1名挂任扶贫或发展改革部门的负责同志、1名专职工作人员',
      },
      'talent.professionals_sent': {
        lead: '加大专业人才选派力度',
        text: '全年向每个结对帮扶县选派教师、医生等专业技术人员不少于{target}人',
      },
      'talent.professionals_long_term_share': {
        lead: '加大专业人才选派力度',
        text: '其中1年期以上专业技术人员占比不低于{target}%',
      },
      'talent.medical_missions': {
        lead: '加大专业人才选派力度',
        text: '组织专家团赴每个受援县开展“医疗服务支援行”活动',
      },
      'talent.trained': {
        lead: '加大培养受援地区干部人才力度',
        text: '全年帮助受援县培训党政干部和专业技术人员不少于{target}人',
      },
      'industry.funds_to_industry_share': {
        lead: '扶持特色产业',
        text: '确保东西部扶贫协作到县财政帮扶资金{target}%以上用于产业扶贫项目',
      },
      'industry.key_industry': { lead: '扶持特色产业', text: '会同每个结对帮扶县至少确定{target}个重点扶持产业' },
      'industry.featured_product': { lead: '扶持特色产业', text: '打造{target}个特色产品' },
      'industry.enterprises_invested': { lead: '引资引项带动脱贫', text: '全年促成{target}家企业在受援县投资' },
      'industry.investment_amount': { lead: '引资引项带动脱贫', text: '引导企业投资金额力争{target}万元' },
      'industry.poor_lifted_by_enterprises': {
        lead: '引资引项带动脱贫',
        text: '带动东西部扶贫协作建档立卡贫困人口脱贫{target}人',
      },
      'consumption.amount': {
        lead: '拓展产销渠道',
        text: '动员党政机关、企事业单位、民间团体等集中采购受援县农特产品，全年消费扶贫总额不少于{target}万元',
      },
      'labour.employed_near_home': {
        lead: '推进就近就地就业',
        text: '会同受援县开发各类公益岗位，助力受援县{target}名建档立卡贫困人口就近就地就业脱贫',
      },
      'labour.employed_in_tianjin': {
        lead: '提高劳务组织化程度',
        text: '组织我区企业到受援县召开专场招聘会，推动受援县不少于{target}名贫困人口来津就业',
      },
      'labour.employed_elsewhere': { lead: '提高劳务组织化程度', text: '帮助不少于{target}名贫困人口到其他地区就业' },
      'labour.leaders_trained': {
        lead: '组织开展致富带头人专培工程',
        text: '培训受援县不少于{target}人次村级带头人和致富能人',
      },
      'labour.leaders_started_business_share': {
        lead: '组织开展致富带头人专培工程',
        text: '确保{target}%以上受训人员实现创业，带动建档立卡贫困人口就业脱贫',
      },
      'funds.fiscal_paid': {
        lead: '按期足额拨付财政资金',
        text: '确保全年东西部扶贫协作、对口支援专项帮扶财政资金（含市级资金）{target}万元足额拨付到位',
      },
      'funds.livelihood_grassroots_share': {
        lead: '严格财政支持资金使用',
        text: '落实{target}%以上对口支援资金用于保障和改善民生、用于县及县以下基层的要求',
      },
      'social.donations': {
        lead: '动员社会力量参与扶贫事业',
        text: '广泛动员社会力量捐款捐物，全年筹集社会帮扶款物达到{target}万元',
      },
    },
  },
};
