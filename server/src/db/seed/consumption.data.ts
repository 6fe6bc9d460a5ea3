import type { BuyerKind, ProductCategory, PurchaseChannel } from '@xiezuo/domain';
import { dayOf, split } from './demo-ledger';
import { HUAN, QING, WAN, XIA } from './ledger-2018.shared';

/**
 * The demo's consumption assistance (消费扶贫), as module rows: the 6 county enterprises the district signed with in
 * 2018 and their 81 certified products bought for 348 万元; in 2019 (to 2019-09-30) the 30 member units' pledges
 * (5,200 万元), 4,000 万元 confirmed through every channel, 600 万元 awaiting the county, 200 万元 of products not
 * certified on the purchase date (shown, not counted) and two certificates ending within 60 days of the demo date.
 * The supplier names are illustrative (示例); the speech names only the 环乡人 brand.
 */
export type DemoSupplier = {
  name: string;
  county: string;
  kind: 'enterprise' | 'cooperative';
  cert: { from: string; to: string } | null;
  category: ProductCategory;
  products: string[];
};
export type DemoPurchase = {
  supplier: number;
  product: number;
  buyerKind: BuyerKind;
  buyer: string;
  amountFen: number;
  on: string;
  channel: PurchaseChannel;
  platform?: string;
  orderNo?: string;
  status: 'confirmed' | 'submitted';
};

const LONG = { from: '2018-01-01', to: '2020-12-31' };
export const DEMO_SUPPLIERS: DemoSupplier[] = [
  {
    name: '环县环乡人农产品开发有限公司（示例）',
    county: HUAN,
    kind: 'enterprise',
    cert: LONG,
    category: 'meat',
    products:
      '羊羔肉 羊排 羊腿 羊肉卷 羊杂 羊肉礼盒 手抓羊肉 羊肉臊子 羊骨 羊肉干 羊肉香肠 羊蹄 羊油 羊肝 羊肉饺子'.split(' '),
  },
  {
    name: '庆城县庆州壹品农业发展有限公司（示例）',
    county: QING,
    kind: 'enterprise',
    cert: LONG,
    category: 'produce',
    products: '苹果 黄花菜 核桃 红枣 土蜂蜜 香醋 粉条 南瓜子 葵花籽 杏仁 槐花蜜 苹果干 杏干 黄花菜礼盒'.split(' '),
  },
  {
    name: '夏河县甘加牦牛乳业专业合作社（示例）',
    county: XIA,
    kind: 'cooperative',
    cert: LONG,
    category: 'meat',
    products:
      '牦牛肉干 牦牛酸奶 酥油 曲拉 牦牛奶粉 藏羊肉 牦牛肉 藏香猪肉 奶渣 牦牛奶片 牦牛骨 牦牛肉酱 牦牛奶酪 酸奶饼'.split(
        ' ',
      ),
  },
  {
    name: '环县曲子镇杂粮专业合作社（示例）',
    county: HUAN,
    kind: 'cooperative',
    cert: LONG,
    category: 'grain',
    products: '小米 荞麦面 苦荞茶 燕麦片 绿豆 红小豆 黑豆 糜子 荞麦米 胡麻油 黄米 玉米糁 杂粮礼盒'.split(' '),
  },
  {
    name: '庆城县岐黄中药材专业合作社（示例）',
    county: QING,
    kind: 'cooperative',
    cert: { from: '2018-01-01', to: '2019-10-31' },
    category: 'herbs',
    products: '黄芪 党参 甘草 柴胡 板蓝根 黄芩 防风 枸杞 当归 金银花 连翘 桔梗 中药材礼盒'.split(' '),
  },
  {
    name: '夏河县拉卜楞民族手工艺品有限公司（示例）',
    county: XIA,
    kind: 'enterprise',
    cert: { from: '2018-01-01', to: '2019-11-20' },
    category: 'handicraft',
    products: '唐卡 藏毯 牛角梳 银饰 藏香 哈达 木碗 氆氇 刺绣挎包 藏式坐垫 转经筒 藏式茶具'.split(' '),
  },
  {
    name: '庆城县果蔬专业合作社（示例）',
    county: QING,
    kind: 'cooperative',
    cert: { from: '2017-07-01', to: '2019-06-30' },
    category: 'produce',
    products: ['红富士苹果'],
  },
  {
    name: '环县农产品经销部（示例）',
    county: HUAN,
    kind: 'enterprise',
    cert: null,
    category: 'grain',
    products: ['散装小米'],
  },
];

const GUOAN = '国安社区科技有限公司（“一·丝·爱”活动）';

/** 2018: every product of the six enterprises bought through the 一·丝·爱 campaign, 348 万元 in all. */
function purchases2018(): DemoPurchase[] {
  return [70, 65, 60, 55, 50, 48].flatMap((wan, s) => {
    const n = DEMO_SUPPLIERS[s]!.products.length;
    return split(wan * WAN, n).map((amountFen, product) => ({
      supplier: s,
      product,
      buyerKind: 'enterprise' as const,
      buyer: GUOAN,
      amountFen,
      on: dayOf(2018, s + 6),
      channel: 'platform' as const,
      platform: '国安社区',
      orderNo: `GA2018-${s + 1}-${String(product + 1).padStart(2, '0')}`,
      status: 'confirmed' as const,
    }));
  });
}

/** 2019 unit procurement by 12 member units (万元): 1,600 万元. */
export const UNIT_PURCHASES_2019: [string, number][] = [
  ['shangwuju', 300],
  ['guoziwei', 200],
  ['caizhengju', 150],
  ['renshe', 150],
  ['zuzhibu', 120],
  ['jiaoyuju', 120],
  ['weijianwei', 110],
  ['fagaiwei', 100],
  ['wenlvju', 100],
  ['hezuoban', 100],
  ['tongzhanbu', 80],
  ['minzhengju', 70],
];

type Stream = {
  channel: PurchaseChannel;
  buyerKind: BuyerKind;
  buyer: string;
  wan: number;
  n: number;
  lastMonth: number;
  platform?: string;
};
/** The other channels, each at its own pace (lastMonth: how far into the year its purchases reach): 2,400 万元. */
const STREAMS_2019: Stream[] = [
  {
    channel: 'sales_centre',
    buyerKind: 'individuals',
    buyer: '消费扶贫展销中心（8个展位）',
    wan: 700,
    n: 9,
    lastMonth: 9,
  },
  { channel: 'counter', buyerKind: 'individuals', buyer: '农超对接扶贫专柜', wan: 500, n: 6, lastMonth: 9 },
  { channel: 'ecommerce_station', buyerKind: 'individuals', buyer: '电商扶贫站点', wan: 300, n: 4, lastMonth: 8 },
  {
    channel: 'platform',
    buyerKind: 'individuals',
    buyer: '58同镇用户',
    wan: 400,
    n: 5,
    lastMonth: 9,
    platform: '58同镇',
  },
  { channel: 'platform', buyerKind: 'individuals', buyer: '农享用户', wan: 300, n: 3, lastMonth: 9, platform: '农享' },
  { channel: 'unit', buyerKind: 'union', buyer: '区内企业工会（职工福利）', wan: 200, n: 4, lastMonth: 6 },
];

/** Certified 2019 products in turn across the six enterprises (suppliers 0–5), so every one sells. */
function cycle() {
  let k = 0;
  return () => {
    const s = k % 6;
    const product = Math.floor(k / 6) % DEMO_SUPPLIERS[s]!.products.length;
    k++;
    return { supplier: s, product };
  };
}

function purchases2019(): DemoPurchase[] {
  const next = cycle();
  const out: DemoPurchase[] = [];
  UNIT_PURCHASES_2019.forEach(([unit, wan], u) =>
    split(wan * WAN, 2).forEach((amountFen, j) =>
      out.push({
        ...next(),
        buyerKind: 'unit',
        buyer: unit,
        amountFen,
        on: dayOf(2019, u + j * 4, 9),
        channel: 'unit',
        status: 'confirmed',
      }),
    ),
  );
  STREAMS_2019.forEach((st, si) =>
    split(st.wan * WAN, st.n).forEach((amountFen, j) =>
      out.push({
        ...next(),
        buyerKind: st.buyerKind,
        buyer: st.buyer,
        amountFen,
        on: dayOf(2019, j + si, st.lastMonth),
        channel: st.channel,
        ...(st.platform
          ? { platform: st.platform, orderNo: `${st.platform === '农享' ? 'NX' : 'TZ'}2019${si}${j}` }
          : {}),
        status: 'confirmed',
      }),
    ),
  );
  // awaiting 庆城县 since 2019-09-03 (the warnings' 27 days), and two purchases not certified on their date
  const qingSubmitted = { supplier: 1, product: 0, buyerKind: 'individuals' as const, buyer: '农超对接扶贫专柜' };
  out.push({ ...qingSubmitted, amountFen: 600 * WAN, on: '2019-09-03', channel: 'counter', status: 'submitted' });
  const uncertified = { buyerKind: 'individuals' as const, buyer: '区内超市', channel: 'counter' as const };
  out.push({ ...uncertified, supplier: 7, product: 0, amountFen: 150 * WAN, on: '2019-08-10', status: 'confirmed' });
  out.push({ ...uncertified, supplier: 6, product: 0, amountFen: 50 * WAN, on: '2019-08-12', status: 'confirmed' });
  return out;
}

export const demoPurchases = (): DemoPurchase[] => [...purchases2018(), ...purchases2019()];

/** 2019 pledges (万元) of the 30 member units: 5,200 万元 against the 5,000 万元 target; the rest 100 or 75. */
export const PLEDGES_2019: Record<string, number> = {
  shangwuju: 800,
  guoziwei: 500,
  caizhengju: 300,
  renshe: 300,
  zuzhibu: 250,
  jiaoyuju: 250,
  weijianwei: 250,
  fagaiwei: 250,
  wenlvju: 200,
  hezuoban: 200,
  tongzhanbu: 150,
  minzhengju: 150,
};
/** Units that have not yet accepted their 2019 pledge. */
export const PLEDGES_NOT_ACCEPTED = ['tiyuju', 'tongjiju', 'kexie', 'fulian'];
