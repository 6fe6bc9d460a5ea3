import type { Message } from '../../app/message';

/** Overview wording: figures, map and chart. */
export const PAIRING_OVERVIEW_MESSAGES = {
  'pairingsOverview.title': { zh: '结对概览', en: 'Pairings overview' },
  'pairingsOverview.subtitle': {
    zh: '南开区与各受援县的结对数量（按类型），及协议数',
    en: 'Pairings between the district and each county, by kind, and agreements',
  },
  'pairingsOverview.total': { zh: '结对总数', en: 'Pairings' },
  'pairingsOverview.agreements': { zh: '协议数', en: 'Agreements' },
  'pairingsOverview.counties': { zh: '受援县', en: 'Counties' },
  'pairingsOverview.map': { zh: '结对地图', en: 'Pairing map' },
  'pairingsOverview.mapAria': {
    zh: '结对地图：南开区到各受援县的连线，线宽表示结对数量。{summary}',
    en: 'Pairing map: lines from the district to each county, wider for more pairings. {summary}',
  },
  'pairingsOverview.mapNote': {
    zh: '边界示意，非测绘地图；南开区在右下角放大显示。',
    en: 'Boundaries are approximate, not a surveyed map; the district is enlarged at the lower right.',
  },
  'pairingsOverview.chart': { zh: '按类型和受援县', en: 'By kind and county' },
  'pairingsOverview.chartAria': {
    zh: '条形图：各类型结对在各受援县的数量。{summary}',
    en: 'Bar chart: pairings of each kind in each county. {summary}',
  },
  'pairingsOverview.table': { zh: '数据表', en: 'Data table' },
  'pairingsOverview.countyTotal': { zh: '合计', en: 'Total' },
  'pairingsOverview.pairs': { zh: '{n} 对', en: '{n}' },
  'pairingsOverview.inset': { zh: '南开区（放大）', en: 'Nankai (enlarged)' },
  'pairingsOverview.eastTotal': { zh: '南开区结对合计', en: 'All pairings of the district' },
  'pairingsOverview.none': { zh: '暂无结对', en: 'No pairing' },
  'pairingsOverview.empty': { zh: '该年度没有结对', en: 'No pairing in this year' },
  'pairingsOverview.summary': { zh: '{county}：{n} 对', en: '{county}: {n}' },
} satisfies Record<string, Message>;
