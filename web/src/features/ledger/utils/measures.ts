import {
  MEASURE_KEYS,
  MEASURES,
  screenCount,
  screenDecimal,
  screenMoney,
  type Lang,
  type MeasureKey,
  type Measures,
} from '@xiezuo/domain';

type Label = { zh: string; en: string };

// In a compact list "3 人 · 1 人" would be ambiguous; these measures carry a short word before the number.
const PREFIX: Partial<Record<MeasureKey, Label>> = {
  poorPersons: { zh: '其中贫困', en: 'poor' },
  poorHouseholds: { zh: '其中贫困', en: 'poor' },
  posts: { zh: '岗位', en: 'posts' },
  quantity: { zh: '数量', en: 'items' },
  enterprises: { zh: '企业', en: 'enterprises' },
};

/** One measure's value with its unit: persons "3 人", money (fen) "12.35 万元", area "12.5 亩". */
export function formatMeasureValue(key: MeasureKey, value: number, lang: Lang): string {
  const m = MEASURES[key];
  if (m.kind === 'money') return screenMoney(value, lang);
  const n = m.kind === 'decimal' ? screenDecimal(value) : screenCount(Math.round(value));
  // English units are plural nouns ("persons", "sessions"): one of them drops the s
  const unit = lang === 'en' && n === '1' ? m.unit.en.replace(/s$/, '') : m.unit[lang];
  return `${n} ${unit}`;
}

export type MeasureItem = { key: MeasureKey; label: string; text: string };

/** The measures a record carries, in the declared order, each with its label and formatted value. */
export function measureItems(measures: Measures, lang: Lang): MeasureItem[] {
  return MEASURE_KEYS.filter((k) => typeof measures[k] === 'number').map((k) => ({
    key: k,
    label: MEASURES[k][lang],
    text: formatMeasureValue(k, measures[k]!, lang),
  }));
}

/** A one-line summary for tables: "3 人 · 其中贫困 1 人 · 1 期 · 12.35 万元". */
export function compactMeasures(measures: Measures, lang: Lang): string {
  return measureItems(measures, lang)
    .map((i) => {
      const prefix = PREFIX[i.key];
      if (!prefix) return i.text;
      return lang === 'zh' ? `${prefix.zh} ${i.text}` : `${i.text.replace(/ \S+$/, '')} ${prefix.en}`;
    })
    .join(' · ');
}
