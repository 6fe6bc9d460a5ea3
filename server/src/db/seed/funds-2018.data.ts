import { beneficiaries, type DemoProject } from './funds-demo.types';

const HUAN = '621022';
const QING = '621021';
const XIA = '623027';

/** +n days of an ISO date. */
export const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type Core = [
  string,
  string,
  string | undefined,
  string,
  string,
  number,
  string,
  string,
  { name: string; unit: string; planned: number },
];

/**
 * 2018: the 6,700 万元 of fiscal aid the speech reports, as nine projects each paid in one transfer on the dates the
 * ledger always had, received by the county three days later, completed, handed over and evaluated.
 */
const CORES: Core[] = [
  [
    HUAN,
    '环县黄花菜产业扶贫基地建设项目',
    '621022101',
    'industry',
    'county',
    1500,
    '2018-03-15',
    '曲子镇黄花菜专业合作社',
    { name: '黄花菜种植基地', unit: 'mu', planned: 3000 },
  ],
  [
    HUAN,
    '环县贫困村人居环境整治项目',
    '621022103',
    'livelihood',
    'village',
    700,
    '2018-04-22',
    '木钵镇各行政村',
    { name: '改厕改圈', unit: 'household', planned: 800 },
  ],
  [
    HUAN,
    '环县乡村道路硬化项目',
    '621022104',
    'infrastructure',
    'township',
    300,
    '2018-05-02',
    '洪德镇人民政府',
    { name: '硬化道路', unit: 'km', planned: 12 },
  ],
  [
    QING,
    '庆城县苹果产业提质增效项目',
    '621021101',
    'industry',
    'county',
    1300,
    '2018-06-09',
    '驿马镇苹果产业联合社',
    { name: '矮化密植苹果园', unit: 'mu', planned: 2600 },
  ],
  [
    QING,
    '庆城县贫困户危房改造项目',
    '621021103',
    'livelihood',
    'village',
    600,
    '2018-07-16',
    '马岭镇各行政村',
    { name: '危房改造', unit: 'household', planned: 400 },
  ],
  [
    QING,
    '庆城县乡镇卫生院设备配置项目',
    undefined,
    'education_health',
    'county',
    300,
    '2018-08-23',
    '庆城县卫生健康局',
    { name: '卫生院配置设备', unit: 'item', planned: 15 },
  ],
  [
    XIA,
    '夏河县牦牛藏羊养殖合作社项目',
    '623027103',
    'industry',
    'county',
    1200,
    '2018-09-03',
    '桑科镇牦牛养殖专业合作社',
    { name: '标准化暖棚', unit: 'seat', planned: 60 },
  ],
  [
    XIA,
    '夏河县易地扶贫搬迁配套项目',
    '623027101',
    'livelihood',
    'township',
    500,
    '2018-10-10',
    '王格尔塘镇人民政府',
    { name: '搬迁安置配套', unit: 'household', planned: 300 },
  ],
  [
    XIA,
    '夏河县村组道路及安全饮水项目',
    '623027104',
    'infrastructure',
    'village',
    300,
    '2018-11-17',
    '甘加镇各行政村',
    { name: '安全饮水管网', unit: 'km', planned: 20 },
  ],
];

const VOUCHER_PREFIX: Record<string, string> = { [HUAN]: 'HX', [QING]: 'QC', [XIA]: 'XH' };

export function funds2018(): DemoProject[] {
  return CORES.map(([county, name, region, category, level, wan, paidOn, owner, output], i) => ({
    name,
    county,
    region,
    category,
    level,
    plannedWan: wan,
    ...beneficiaries(wan),
    outputs: [{ ...output, actual: output.planned }],
    benefit: [
      {
        kind: category === 'industry' ? 'dividend' : 'employment',
        households: Math.round(beneficiaries(wan).poorHouseholds * 0.8),
      },
    ],
    proposedOn: plusDays('2018-01-10', i * 3),
    approvedOn: plusDays('2018-02-05', i * 3),
    payments: [
      {
        on: paidOn,
        wan,
        voucher: `2018-CZ-${String(i + 1).padStart(3, '0')}`,
        batch: `2018年第${['一', '二', '三'][Math.floor(i / 3)]}批`,
        receipt: {
          on: plusDays(paidOn, 3),
          voucher: `${VOUCHER_PREFIX[county]}-2018-${String(i + 11).padStart(4, '0')}`,
        },
      },
    ],
    startedOn: plusDays(paidOn, 10),
    completedOn: plusDays('2018-12-01', i * 2),
    assets: { on: plusDays('2018-12-20', i), owner, valueWan: wan },
    evaluation: {
      on: plusDays('2019-03-10', i),
      score: 88 + (i % 3) * 3,
      note: '产出指标全部完成，利益联结机制运行良好',
    },
    spentWan: wan,
  }));
}
