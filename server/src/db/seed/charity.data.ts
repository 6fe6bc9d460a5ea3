import type { BeneficiaryKind, NeedKind, NeedStatus } from '@xiezuo/domain';

/**
 * The 2019 demo of the charity platform (as of 2019-09-30): 50 needs per county in every state, 40 donors, one
 * receipt per claim, monthly batches per county. The money passed on and confirmed per county is exactly what the
 * 2019 demo ledger showed as donations via the Red Cross before the platform (环县 200, 庆城县 180, 夏河县 120 万元,
 * 500 万元 of 800), so social.donations is reproduced from the chain. All names are illustrative.
 */
export const CHARITY_COUNTIES = [
  { code: '621022', passedOnFen: 200 * 1_000_000 },
  { code: '621021', passedOnFen: 180 * 1_000_000 },
  { code: '623027', passedOnFen: 120 * 1_000_000 },
] as const;

const ENTERPRISES = [
  '集翔集团',
  '南开区工商联会员企业',
  '天津南开科技园企业联合会（示例）',
  '天津鼎盛商贸有限公司（示例）',
  '天津和泰建设集团（示例）',
  '天津津南医药有限公司（示例）',
  '天津华明食品有限公司（示例）',
  '天津长虹物流有限公司（示例）',
  '天津瑞丰电子有限公司（示例）',
  '天津新桥文化传媒（示例）',
  '天津金海岸酒店（示例）',
  '天津恒远机械有限公司（示例）',
  '天津一丝爱公益联盟（示例）',
  '天津正大律师事务所（示例）',
  '天津同心教育科技（示例）',
  '天津安康医院管理公司（示例）',
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋';
const GIVEN = '文华建国明军平志红丽强敏静娟霞涛勇艳杰磊超秀英芳';

export type DemoDonor = { key: number; kind: 'enterprise' | 'individual'; name: string; isHonoured: boolean };
export const DEMO_DONORS: DemoDonor[] = [
  ...ENTERPRISES.map((name, i) => ({ key: i, kind: 'enterprise' as const, name, isHonoured: i % 4 !== 3 })),
  ...Array.from({ length: 24 }, (_, i) => ({
    key: 16 + i,
    kind: 'individual' as const,
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 11) % GIVEN.length]}`,
    isHonoured: i % 2 === 0,
  })),
];

/** Where a demo need stands, and how far its money went. */
type Stage = 'draft' | 'verified' | 'published' | 'partial' | 'claimed' | 'funded' | 'sent' | 'delivered';
export type DemoNeed = {
  county: string;
  index: number;
  kind: NeedKind;
  beneficiaryKind: BeneficiaryKind;
  title: string;
  description: string;
  amountFen: number;
  stage: Stage;
  status: NeedStatus;
  publishedOn: string | null;
  /** the claims on it: donor key and amount */
  claims: { donor: number; amountFen: number }[];
};

const SMALL: { kind: NeedKind; who: BeneficiaryKind; title: string; text: string; fen: number }[] = [
  { kind: 'wish', who: 'student', title: '一套冬季校服和棉鞋', text: '小学生冬季保暖所需。', fen: 800_00 },
  { kind: 'wish', who: 'household', title: '一台电暖器', text: '独居老人冬季取暖。', fen: 600_00 },
  {
    kind: 'schooling',
    who: 'student',
    title: '高中一学年学费住宿费',
    text: '家庭经济困难，资助一学年学费和住宿费。',
    fen: 5000_00,
  },
  { kind: 'medical', who: 'patient', title: '术后康复治疗费用', text: '医保报销后自付部分的康复费用。', fen: 10000_00 },
];
const BIG: { kind: NeedKind; who: BeneficiaryKind; title: string; text: string }[] = [
  { kind: 'village', who: 'village', title: '村级饮水安全改造工程', text: '改造村级供水管网，解决季节性缺水。' },
  { kind: 'production', who: 'cooperative', title: '合作社养殖圈舍扩建', text: '扩建标准化圈舍，带动贫困户入社增收。' },
];

/** Stages of a county's 50 needs: 20 delivered (2 large), 2 sent, 5 funded, 6 claimed, 4 partly claimed, 6 open, 3 verified, 4 draft. */
const STAGES: Stage[] = [
  ...Array<Stage>(20).fill('delivered'),
  ...Array<Stage>(2).fill('sent'),
  ...Array<Stage>(5).fill('funded'),
  ...Array<Stage>(6).fill('claimed'),
  ...Array<Stage>(4).fill('partial'),
  ...Array<Stage>(6).fill('published'),
  ...Array<Stage>(3).fill('verified'),
  ...Array<Stage>(4).fill('draft'),
];
const STATUS: Record<Stage, NeedStatus> = {
  draft: 'draft',
  verified: 'verified',
  published: 'published',
  partial: 'published',
  claimed: 'claimed',
  funded: 'funded',
  sent: 'funded',
  delivered: 'delivered',
};
const day = (month: number, d: number) => `2019-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A county's 50 demo needs; the delivered ones add up to exactly `passedOnFen`. */
export function countyNeeds(county: string, passedOnFen: number, ci: number): DemoNeed[] {
  const smallFen = STAGES.map((st, i) => (i >= 2 && st === 'delivered' ? SMALL[i % SMALL.length]!.fen : 0)).reduce(
    (a, b) => a + b,
    0,
  );
  const bigFen = passedOnFen - smallFen;
  return STAGES.map((stage, index) => {
    const isBig = index < 2;
    const t = isBig ? BIG[index]! : SMALL[index % SMALL.length]!;
    const amountFen = isBig
      ? index === 0
        ? Math.ceil(bigFen / 2)
        : Math.floor(bigFen / 2)
      : SMALL[index % SMALL.length]!.fen;
    const pubMonth = 3 + (index % 6);
    const published = stage !== 'draft' && stage !== 'verified';
    const donor = (k: number) => (index * 3 + ci * 7 + k) % DEMO_DONORS.length;
    const claims =
      stage === 'partial'
        ? [{ donor: donor(0), amountFen: Math.floor(amountFen / 2) }]
        : ['claimed', 'funded', 'sent', 'delivered'].includes(stage)
          ? isBig
            ? [0, 1, 2, 3].map((k) => ({
                donor: k + ci * 4,
                amountFen: Math.floor(amountFen / 4) + (k === 0 ? amountFen % 4 : 0),
              }))
            : [{ donor: donor(0), amountFen }]
          : [];
    return {
      county,
      index,
      kind: t.kind,
      beneficiaryKind: 'who' in t ? t.who : 'household',
      title: t.title,
      description: t.text,
      amountFen,
      stage,
      status: STATUS[stage],
      publishedOn: published ? day(pubMonth, 1 + ((index * 5) % 25)) : null,
      claims,
    };
  });
}
