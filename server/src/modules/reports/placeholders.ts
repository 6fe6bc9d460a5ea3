import type { SummaryTemplate, ValueFormat } from '@xiezuo/domain';
import { approxNumber, displayValue, officialNumber } from './number-format';

/** What a template's placeholders resolve to: numbers (indicator values, counts) and names (from records, the scope). */
export type Facts = { numbers: Map<string, { value: number; format: ValueFormat }>; strings: Map<string, string> };

/** Placeholders without a dot: facts of the year and the scope. */
export const FIXED_PLACEHOLDERS = [
  'year',
  'plan_year',
  'tenant',
  'scope_title',
  'scope_name',
  'scope_focus',
  'scope_effort',
  'author',
  'achievement',
  'counties',
  'county_count',
  'as_of',
  'parts',
  'target',
  'name',
  'unit',
] as const;
/** Names taken from notable records (largest donor, the herb base, …). */
export const NOTABLE_PLACEHOLDERS = [
  'top_donor',
  'county_leaders',
  'industry_base',
  'industry_product',
  'sales_outlet',
  'labour_station',
  'leader_base_county',
  'consumption_buyer',
  'students_county',
  'students_school',
  'promotion_events',
  'newspaper_article',
  'newspaper_outlet',
  'publicity_units',
] as const;
const MODIFIERS = ['approx'] as const;

const PLACEHOLDER = /\{([a-z_][a-z0-9_.]*)(?:\|([a-z_]+))?\}/g;
const CODE = /^[a-z_]+\.[a-z0-9_]+$/;

type Resolved = { kind: 'ok'; text: string } | { kind: 'zero'; text: string } | { kind: 'missing' };

/** One placeholder's text: numbers as an official document writes them, `|approx` as "70余". */
export function resolve(facts: Facts, name: string, modifier?: string): Resolved {
  const n = facts.numbers.get(name);
  if (n) {
    const text =
      modifier === 'approx' ? approxNumber(displayValue(n.value, n.format)) : officialNumber(n.value, n.format);
    return n.value === 0 ? { kind: 'zero', text } : { kind: 'ok', text };
  }
  const s = facts.strings.get(name);
  return s ? { kind: 'ok', text: s } : { kind: 'missing' };
}

/** Whether a placeholder has a value (present and not zero). */
export const hasValue = (facts: Facts, name: string) => resolve(facts, name).kind === 'ok';

/** Whether two placeholders both have a value and it is the same ("3名……其中3名" reads "均为"). */
export function sameValue(facts: Facts, a: string, b: string): boolean {
  const x = resolve(facts, a);
  const y = resolve(facts, b);
  return x.kind === 'ok' && y.kind === 'ok' && x.text === y.text;
}

export const placeholdersIn = (text: string) =>
  [...text.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1]!, modifier: m[2] }));

/**
 * Fills a text's placeholders; null when one has no value, or is 0 unless `keepWhenZero`. Names without a value are
 * added to `missing` (the preview lists them).
 */
export function fill(
  text: string,
  facts: Facts,
  opts: { keepWhenZero?: boolean; missing?: Set<string> } = {},
): string | null {
  let dropped = false;
  const out = text.replace(PLACEHOLDER, (_m, name: string, modifier?: string) => {
    const r = resolve(facts, name, modifier);
    if (r.kind === 'missing') {
      opts.missing?.add(name);
      dropped = true;
      return '';
    }
    if (r.kind === 'zero' && !opts.keepWhenZero) dropped = true;
    return r.text;
  });
  return dropped ? null : out;
}

/** Fills what it can and leaves out what has no value (titles, headings). */
export function fillLoose(text: string, facts: Facts): string {
  return text.replace(PLACEHOLDER, (_m, name: string, modifier?: string) => {
    const r = resolve(facts, name, modifier);
    return r.kind === 'missing' ? '' : r.text;
  });
}

function checkName(name: string, modifier: string | undefined): string | null {
  if (modifier !== undefined && !(MODIFIERS as readonly string[]).includes(modifier))
    return `{${name}|${modifier}}: unknown modifier / 未知的修饰符`;
  if (!name.includes('.'))
    return (FIXED_PLACEHOLDERS as readonly string[]).includes(name)
      ? null
      : `{${name}}: unknown placeholder / 未知的占位符`;
  if (name.startsWith('notable.'))
    return (NOTABLE_PLACEHOLDERS as readonly string[]).includes(name.slice(8))
      ? null
      : `{${name}}: unknown notable / 未知的典型记录字段`;
  return CODE.test(name) ? null : `{${name}}: not an indicator code / 不是指标代码`;
}

/** Every placeholder of a template that can never resolve (typos, unknown names), with the path where it stands. */
export function checkTemplate(t: SummaryTemplate): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const check = (path: string, text: string | undefined) => {
    for (const p of placeholdersIn(text ?? '')) {
      const m = checkName(p.name, p.modifier);
      if (m) problems.push({ path, message: m });
    }
  };
  check('title', t.title);
  check('intro', t.intro);
  check('partHeading', t.partHeading);
  t.sections.forEach((sec, i) => {
    check(`sections.${i}.heading`, sec.heading);
    sec.items.forEach((it, j) =>
      it.sentences.forEach((s, k) => {
        const path = `sections.${i}.items.${j}.sentences.${k}`;
        check(path, s.text);
        s.parts?.forEach((p) => check(path, p));
        if (s.unless) check(path, `{${s.unless}}`);
        for (const name of [...(s.whenEqual ?? []), ...(s.whenDiffer ?? [])]) check(path, `{${name}}`);
      }),
    );
  });
  if (t.plan) {
    check('plan.heading', t.plan.heading);
    check('plan.intro', t.plan.intro);
    for (const [code, s] of Object.entries(t.plan.sentences)) {
      if (!CODE.test(code))
        problems.push({ path: `plan.sentences.${code}`, message: `${code}: not an indicator code / 不是指标代码` });
      check(`plan.sentences.${code}`, s.text);
    }
  }
  return problems;
}
