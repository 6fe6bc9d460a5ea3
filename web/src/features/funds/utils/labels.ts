import {
  BENEFIT_LINK_OPTIONS,
  FINDING_KIND_OPTIONS,
  FINDING_STATUS_LABELS,
  FUND_SOURCE_OPTIONS,
  OUTPUT_UNIT_OPTIONS,
  PROJECT_CATEGORY_OPTIONS,
  PROJECT_LEVEL_OPTIONS,
  PROJECT_STAGE_LABELS,
  type FindingStatus,
  type Lang,
  type ProjectStage,
} from '@xiezuo/domain';

type Opts = readonly { value: string; label: { zh: string; en: string } }[];

const labelIn = (opts: Opts, v: string, lang: Lang) => opts.find((o) => o.value === v)?.label[lang] ?? v;
/** Select options of a declared list in the current language. */
export const optionsOf = (opts: Opts, lang: Lang) => opts.map((o) => ({ value: o.value, label: o.label[lang] }));

export const categoryText = (v: string, lang: Lang) => labelIn(PROJECT_CATEGORY_OPTIONS, v, lang);
export const levelText = (v: string, lang: Lang) => labelIn(PROJECT_LEVEL_OPTIONS, v, lang);
export const sourceText = (v: string, lang: Lang) => labelIn(FUND_SOURCE_OPTIONS, v, lang);
export const unitText = (v: string, lang: Lang) => labelIn(OUTPUT_UNIT_OPTIONS, v, lang);
export const benefitText = (v: string, lang: Lang) => labelIn(BENEFIT_LINK_OPTIONS, v, lang);
export const findingKindText = (v: string, lang: Lang) => labelIn(FINDING_KIND_OPTIONS, v, lang);
export const stageText = (s: ProjectStage, lang: Lang) => PROJECT_STAGE_LABELS[s][lang];
export const findingStatusText = (s: FindingStatus, lang: Lang) => FINDING_STATUS_LABELS[s][lang];

/** Stage colours: waiting on someone (blue), money moving (gold), carried out (green), stopped (grey/red). */
export const STAGE_COLORS: Record<ProjectStage, string> = {
  proposed: 'blue',
  returned: 'orange',
  approved: 'geekblue',
  allocated: 'gold',
  received: 'gold',
  under_way: 'cyan',
  completed: 'green',
  assets_transferred: 'green',
  evaluated: 'green',
  cancelled: 'default',
};

/** A share 0–1 as a percentage with one decimal, or a dash with no money. */
export const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
