import {
  WAN,
  type IndicatorCategory,
  type IndicatorRule,
  type IndicatorTarget,
  type Pacing,
  type PlanIndicatorDto,
  type TargetKind,
  type ValueFormat,
} from '@xiezuo/domain';

export type TargetForm = {
  kind: TargetKind;
  overall: number | null;
  perCounty: number | null;
  counties: Record<string, number | null>;
};
/** Monthly milestones as cumulative percentages (0–100), one per month. */
export type PacingForm = { kind: 'linear' | 'monthly'; milestones: (number | null)[] };

/** The editor's fields (the rule has its own builder state); targets in the units a person reads: 万元, %. */
export type IndicatorForm = {
  code: string;
  nameZh: string;
  nameEn: string;
  category: IndicatorCategory | undefined;
  unitZh: string;
  unitEn: string;
  format: ValueFormat;
  group: string | undefined;
  responsibleUnits: string[];
  target: TargetForm;
  pacing: PacingForm;
  evidenceRequired: boolean;
  reason?: string;
};

/** What the server takes for an indicator (the contract's input, before defaults). */
export type IndicatorInputBody = Omit<PlanIndicatorDto, 'id' | 'year' | 'version' | 'sort' | 'isActive'>;

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
/** A stored target as shown: money in 万元 (two decimals), everything else as it is. */
export const shownTarget = (v: number | null | undefined, format: ValueFormat): number | null =>
  v === null || v === undefined ? null : format === 'money' ? round(v / WAN, 2) : v;
/** A target as typed, as stored: 万元 → fen. */
export const storedTarget = (v: number | null | undefined, format: ValueFormat): number | null =>
  v === null || v === undefined ? null : format === 'money' ? Math.round(v * WAN) : v;

/** Even monthly steps, as the default milestones: 8.3, 16.7, … 100. */
export const linearMilestones = (): number[] => Array.from({ length: 12 }, (_, i) => round(((i + 1) / 12) * 100, 1));

export function targetForm(t: IndicatorTarget, format: ValueFormat, counties: readonly string[]): TargetForm {
  return {
    kind: t.kind,
    overall: shownTarget(t.overall, format),
    perCounty: shownTarget(t.perCounty, format),
    counties: Object.fromEntries(counties.map((c) => [c, shownTarget(t.counties[c], format)])),
  };
}

export function targetFromForm(f: TargetForm, format: ValueFormat): IndicatorTarget {
  const counties: Record<string, number> = {};
  for (const [c, v] of Object.entries(f.counties ?? {}))
    if (v !== null && v !== undefined) counties[c] = storedTarget(v, format)!;
  return {
    kind: f.kind,
    overall: storedTarget(f.overall, format),
    perCounty: storedTarget(f.perCounty, format),
    counties,
  };
}

export function pacingForm(p: Pacing | undefined): PacingForm {
  return p?.kind === 'monthly'
    ? { kind: 'monthly', milestones: p.cumulative.map((v) => round(v * 100, 1)) }
    : { kind: 'linear', milestones: linearMilestones() };
}

/** Linear pacing is the default and is left out; monthly milestones become shares of 1. */
export function pacingFromForm(f: PacingForm): Pacing | undefined {
  if (f.kind === 'linear') return undefined;
  return { kind: 'monthly', cumulative: f.milestones.map((v) => round((v ?? 0) / 100, 4)) };
}

/** The form for an indicator, or for a new one. */
export function formFromIndicator(ind: IndicatorInputBody | null, counties: readonly string[]): IndicatorForm {
  if (!ind) {
    return {
      code: '',
      nameZh: '',
      nameEn: '',
      category: undefined,
      unitZh: '',
      unitEn: '',
      format: 'count',
      group: undefined,
      responsibleUnits: [],
      target: {
        kind: 'min',
        overall: null,
        perCounty: null,
        counties: Object.fromEntries(counties.map((c) => [c, null])),
      },
      pacing: pacingForm(undefined),
      evidenceRequired: false,
    };
  }
  return {
    code: ind.code,
    nameZh: ind.name.zh,
    nameEn: ind.name.en,
    category: ind.category,
    unitZh: ind.unit.zh,
    unitEn: ind.unit.en,
    format: ind.format,
    group: ind.group,
    responsibleUnits: [...ind.responsibleUnits],
    target: targetForm(ind.target, ind.format, counties),
    pacing: pacingForm(ind.pacing),
    evidenceRequired: ind.evidenceRequired ?? false,
  };
}

/** The body the server takes, from the form and the rule the builder made. */
export function inputFromForm(f: IndicatorForm, rule: IndicatorRule): IndicatorInputBody {
  const pacing = pacingFromForm(f.pacing);
  return {
    code: f.code.trim(),
    name: { zh: f.nameZh.trim(), en: f.nameEn.trim() || f.nameZh.trim() },
    category: f.category!,
    unit: { zh: f.unitZh.trim(), en: f.unitEn.trim() || f.unitZh.trim() },
    format: f.format,
    group: f.group!,
    responsibleUnits: f.responsibleUnits,
    rule,
    target: targetFromForm(f.target, f.format),
    ...(pacing ? { pacing } : {}),
    ...(f.evidenceRequired ? { evidenceRequired: true } : {}),
  };
}
