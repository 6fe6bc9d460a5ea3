import type { ReportScopeKind, SummaryTemplate, TemplateItem, TemplateSection, TemplateSentence } from '@xiezuo/domain';
import { chineseOrdinal } from './number-format';
import { fill, fillLoose, hasValue, placeholdersIn, sameValue, type Facts } from './placeholders';
import type { Block, DocProperties, ReportDoc, Run, Signature } from './report-doc';

export type ScopeKind = ReportScopeKind;
type Ctx = { facts: Facts; scope: ScopeKind; missing: Set<string> };

const inScope = (scopes: ScopeKind[] | undefined, scope: ScopeKind) => !scopes || scopes.includes(scope);
const isData = (s: TemplateSentence) => placeholdersIn(s.text).length > 0 || (s.parts?.length ?? 0) > 0;

/** One sentence with its values, or null when it is dropped (a value is 0 or missing, or its `unless` has a value). */
export function renderSentence(s: TemplateSentence, c: Ctx): string | null {
  if (!inScope(s.scopes, c.scope)) return null;
  if (s.unless && hasValue(c.facts, s.unless)) return null;
  if (s.whenEqual && !sameValue(c.facts, ...s.whenEqual)) return null;
  if (s.whenDiffer && sameValue(c.facts, ...s.whenDiffer)) return null;
  let text = s.text;
  if (s.parts) {
    const kept = s.parts
      .map((p) => fill(p, c.facts, { keepWhenZero: s.keepWhenZero, missing: c.missing }))
      .filter((p): p is string => p !== null);
    if (!kept.length) return null;
    text = text.replace('{parts}', kept.join(s.joiner ?? '、'));
  }
  return fill(text, c.facts, { keepWhenZero: s.keepWhenZero, missing: c.missing });
}

/** Joins sentences as a paragraph writes them: commas between clauses, a full stop at the end. */
export function joinSentences(list: string[]): string {
  let out = '';
  for (const raw of list) {
    const s = raw.trim();
    if (!s) continue;
    if (out && !/[。！？；：]$/.test(out)) out += '，';
    out += s;
  }
  out = out.replace(/[，、；]+$/, '');
  return out && !/[。！？]$/.test(out) ? `${out}。` : out;
}

/** An item's text, or null when it has data sentences and none survived. */
function renderItem(item: TemplateItem, c: Ctx): string | null {
  if (!inScope(item.scopes, c.scope)) return null;
  const rendered = item.sentences.map((s) => ({ s, text: renderSentence(s, c) }));
  const data = rendered.filter((r) => isData(r.s));
  if (data.length && data.every((r) => r.text === null)) return null;
  const body = joinSentences(rendered.map((r) => r.text).filter((t): t is string => t !== null));
  return body || null;
}

/** A point of a paragraph: its bold lead (optional) and its text. */
export type Point = { lead?: string; body: string };

/**
 * Points as one paragraph "一是……。二是……。"; a single led point keeps its bold lead without "一是" (an 一是 without
 * an 二是 is not how a document counts).
 */
export function pointRuns(points: Point[]): Run[] {
  const counted = points.filter((p) => p.lead).length > 1;
  const runs: Run[] = [];
  let n = 0;
  for (const p of points) {
    if (p.lead) {
      if (counted) runs.push({ text: `${chineseOrdinal(++n)}是` });
      runs.push({ text: `${p.lead}。`, bold: true });
    }
    runs.push({ text: p.body });
  }
  return runs;
}

/** A section as a heading and one paragraph "一是……。二是……。", or nothing when every item dropped. */
export function renderSection(sec: TemplateSection, c: Ctx, ordinal: number, extra: Point[] = []): Block[] {
  if (!inScope(sec.scopes, c.scope)) return [];
  const points: Point[] = [];
  for (const item of sec.items) {
    const body = renderItem(item, c);
    if (body !== null) points.push({ lead: item.lead ? fillLoose(item.lead, c.facts) : undefined, body });
  }
  points.push(...extra);
  const runs = pointRuns(points);
  if (!runs.length) return [];
  return [
    { kind: 'h2', text: `（${chineseOrdinal(ordinal)}）${fillLoose(sec.heading, c.facts)}` },
    { kind: 'para', runs },
  ];
}

export type ComposeOptions = {
  scope: ScopeKind;
  /** Points written from data outside the template (qualitative tasks and their evidence), by section key. */
  extraPoints?: Record<string, Point[]>;
  /** The parts after 一 (存在的问题, 下一步打算), each given its ordinal; a part with nothing to say returns []. */
  parts?: ((ordinal: number) => Block[])[];
  signature?: Signature;
  properties?: DocProperties;
  subtitle?: string;
};

/** The year-end summary from a template and the facts of a year and scope; `missing` collects placeholders without values. */
export function composeSummary(
  t: SummaryTemplate,
  facts: Facts,
  opts: ComposeOptions,
): { doc: ReportDoc; missing: string[] } {
  const c: Ctx = { facts, scope: opts.scope, missing: new Set() };
  const blocks: Block[] = [];
  const intro = t.intro ? fill(t.intro, facts, { keepWhenZero: true, missing: c.missing }) : null;
  if (intro) blocks.push({ kind: 'para', runs: [{ text: intro }] });
  const sections: Block[] = [];
  let ordinal = 0;
  for (const sec of t.sections) {
    const b = renderSection(sec, c, ordinal + 1, opts.extraPoints?.[sec.key]);
    if (b.length) {
      ordinal++;
      sections.push(...b);
    }
  }
  let part = 0;
  if (sections.length)
    blocks.push({ kind: 'h1', text: `${chineseOrdinal(++part)}、${fillLoose(t.partHeading, facts)}` }, ...sections);
  for (const write of opts.parts ?? []) {
    const b = write(part + 1);
    if (b.length) {
      part++;
      blocks.push(...b);
    }
  }
  if (opts.signature) blocks.push({ kind: 'signature', ...opts.signature });
  const doc: ReportDoc = {
    title: fillLoose(t.title, facts),
    subtitle: opts.subtitle,
    blocks,
    properties: opts.properties,
  };
  return { doc, missing: [...c.missing].sort() };
}
