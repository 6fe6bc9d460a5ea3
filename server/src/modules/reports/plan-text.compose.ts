import {
  countyTarget,
  INDICATOR_CATEGORIES,
  overallTarget,
  type IndicatorDecl,
  type PlanTemplate,
} from '@xiezuo/domain';
import { chineseOrdinal } from './number-format';
import { fill, fillLoose, type Facts } from './placeholders';
import { joinSentences, pointRuns } from './summary.compose';
import type { Block } from './report-doc';

type Target = { value: number; perCounty: boolean };

/** The figure a plan sentence states: a county's own target in a county report, else the per-county or overall one. */
export function planTarget(d: IndicatorDecl, counties: string[], county?: string): Target | null {
  const t = d.target;
  if (t.kind === 'none') return null;
  if (county) {
    const v = countyTarget(t, county);
    return v === null ? null : { value: v, perCounty: t.perCounty !== null };
  }
  if (t.perCounty !== null) return { value: t.perCounty, perCounty: true };
  const v = overallTarget(t, counties);
  return v === null ? null : { value: v, perCounty: false };
}

/** The wording when the template has none for a code, by kind of target. */
export function genericPlanSentence(d: IndicatorDecl, perCounty: boolean): string {
  const who = perCounty ? '为每个结对帮扶县' : '';
  switch (d.target.kind) {
    case 'min':
      return `全年${who}${d.name.zh}不少于{target}{unit}`;
    case 'total':
      return `全年${who}${d.name.zh}{target}{unit}`;
    case 'stretch':
      return `${d.name.zh}力争达到{target}{unit}`;
    case 'ratio_min':
      return `${d.name.zh}不低于{target}%`;
    case 'qualitative':
      return `${d.name.zh}，每个结对帮扶县不少于{target}个`;
    default:
      return `${d.name.zh}{target}{unit}`;
  }
}

type Item = { lead?: string; sentences: string[] };

function sentenceOf(pt: PlanTemplate, d: IndicatorDecl, target: Target, facts: Facts): Item | null {
  const own = pt.sentences[d.code];
  const text = own?.text ?? genericPlanSentence(d, target.perCounty);
  const local: Facts = {
    numbers: new Map([...facts.numbers, ['target', { value: target.value, format: d.format }]]),
    strings: new Map([...facts.strings, ['name', d.name.zh], ['unit', d.unit.zh]]),
  };
  const s = fill(text, local, { keepWhenZero: true });
  return s === null ? null : { lead: own?.lead, sentences: [s] };
}

/** Items of one section in catalog order; indicators sharing a lead become one item ("二是加大……。……，其中……"). */
function itemsOf(
  pt: PlanTemplate,
  decls: IndicatorDecl[],
  counties: string[],
  county: string | undefined,
  facts: Facts,
): Item[] {
  const items: Item[] = [];
  const byLead = new Map<string, Item>();
  for (const d of decls) {
    const target = planTarget(d, counties, county);
    if (!target) continue;
    const item = sentenceOf(pt, d, target, facts);
    if (!item) continue;
    const same = item.lead ? byLead.get(item.lead) : undefined;
    if (same) same.sentences.push(...item.sentences);
    else {
      items.push(item);
      if (item.lead) byLead.set(item.lead, item);
    }
  }
  return items;
}

export type PlanTextOptions = {
  counties: string[];
  county?: string;
  facts: Facts;
  ordinal: number;
  /** The part's heading instead of the template's (the plan-vs-actual table names its own year's plan). */
  heading?: string;
  /** A paragraph before the plan (what the year's problems call for); the part is written for it alone if need be. */
  lead?: string | null;
};

/** The plan text of a year (section 三 style) from its catalog's targets: a numbered part with a section per area. */
export function composePlanText(pt: PlanTemplate, decls: IndicatorDecl[], o: PlanTextOptions): Block[] {
  const listed = new Set(pt.sections.flatMap((s) => s.categories));
  const extra = [...new Set(decls.map((d) => d.category).filter((c) => !listed.has(c)))].map((c) => ({
    heading: `${INDICATOR_CATEGORIES[c].zh}工作`,
    categories: [c],
  }));
  const blocks: Block[] = [];
  let n = 0;
  for (const sec of [...pt.sections, ...extra]) {
    const items = itemsOf(
      pt,
      decls.filter((d) => (sec.categories as string[]).includes(d.category)),
      o.counties,
      o.county,
      o.facts,
    );
    if (!items.length) continue;
    const runs = pointRuns(items.map((it) => ({ lead: it.lead, body: joinSentences(it.sentences) })));
    blocks.push(
      { kind: 'h2', text: `（${chineseOrdinal(++n)}）${fillLoose(sec.heading, o.facts)}` },
      { kind: 'para', runs },
    );
  }
  if (!blocks.length && !o.lead) return [];
  const intro = blocks.length && pt.intro ? fillLoose(pt.intro, o.facts) : '';
  return [
    { kind: 'h1', text: `${chineseOrdinal(o.ordinal)}、${fillLoose(o.heading ?? pt.heading, o.facts)}` },
    ...(o.lead ? [{ kind: 'para' as const, runs: [{ text: o.lead }] }] : []),
    ...(intro ? [{ kind: 'para' as const, runs: [{ text: intro }] }] : []),
    ...blocks,
  ];
}
