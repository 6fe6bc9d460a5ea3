import type { ProductCategory } from '@xiezuo/domain';

/** A column of the province's certified product list and the headers it goes by in the lists counties receive. */
export type ListColumnKey =
  | 'supplier'
  | 'creditCode'
  | 'product'
  | 'category'
  | 'certificate'
  | 'authority'
  | 'validFrom'
  | 'validTo'
  | 'specification'
  | 'unit'
  | 'price';

export type ListColumn = { key: ListColumnKey; zh: string; en: string; aliases: string[]; required: boolean };

export const LIST_COLUMNS: readonly ListColumn[] = [
  {
    key: 'supplier',
    zh: '供应主体',
    en: 'Supplier',
    aliases: ['申报主体', '企业名称', '生产主体', '供应商'],
    required: true,
  },
  { key: 'creditCode', zh: '统一社会信用代码', en: 'Credit code', aliases: ['信用代码'], required: false },
  { key: 'product', zh: '产品名称', en: 'Product', aliases: ['扶贫产品名称', '产品'], required: true },
  { key: 'category', zh: '产品类别', en: 'Category', aliases: ['类别', '产品分类'], required: false },
  { key: 'certificate', zh: '认定证书编号', en: 'Certificate', aliases: ['证书编号', '认定编号'], required: true },
  { key: 'authority', zh: '认定机关', en: 'Authority', aliases: ['认定单位', '发证机关'], required: true },
  { key: 'validFrom', zh: '有效期起', en: 'Valid from', aliases: ['认定日期', '有效期开始'], required: true },
  { key: 'validTo', zh: '有效期止', en: 'Valid to', aliases: ['有效期至', '有效期截止'], required: true },
  { key: 'specification', zh: '规格', en: 'Specification', aliases: ['规格型号'], required: false },
  { key: 'unit', zh: '计量单位', en: 'Unit', aliases: ['单位'], required: false },
  { key: 'price', zh: '价格（元）', en: 'Price', aliases: ['价格', '单价', '单价（元）'], required: false },
];

export type ListHeader = Partial<Record<ListColumnKey, number>>;
const loose = (s: string) => s.replace(/[\s*＊:：]/g, '').toLowerCase();

/** Maps the list's header row to columns by label, alias or English name (the first match wins). */
export function mapListHeader(cells: string[]): ListHeader {
  const map: ListHeader = {};
  cells.forEach((h, i) => {
    const n = loose(h);
    const col = LIST_COLUMNS.find((c) => [c.zh, c.en, ...c.aliases].some((l) => loose(l) === n));
    if (col && map[col.key] === undefined) map[col.key] = i;
  });
  return map;
}

export const missingListColumns = (map: ListHeader) =>
  LIST_COLUMNS.filter((c) => c.required && map[c.key] === undefined).map((c) => c.zh);

const CATEGORY_WORDS: [ProductCategory, RegExp][] = [
  ['grain', /粮|油|米|面|杂粮/],
  ['meat', /肉|蛋|奶|乳|畜|禽/],
  ['produce', /果|蔬|菜|干果|菌/],
  ['herbs', /药/],
  ['handicraft', /手工|工艺/],
];

/** The catalogue's category of a category cell as the province words it; `other` when it names none. */
export function categoryOf(text: string): ProductCategory {
  return CATEGORY_WORDS.find(([, re]) => re.test(text))?.[0] ?? 'other';
}
