import {
  ASSESSMENT_ITEM_CODE,
  ASSESSMENT_ITEM_KIND_LABELS,
  DEFAULT_TIMELINESS_DAYS,
  isTimelinessKind,
  SCORED_WEIGHT_TOTAL,
  scoredWeightSum,
  type AssessmentItem,
  type AssessmentItemKind,
  type AssessmentSchemeBody,
} from '@xiezuo/domain';

/** One item of the scheme as the editor holds it: numbers may be empty while someone types. */
export type SchemeRow = {
  key: string;
  code: string;
  nameZh: string;
  nameEn: string;
  kind: AssessmentItemKind;
  weight: number | null;
  cap: number | null;
  days: number | null;
};
export type SchemeField = 'code' | 'nameZh' | 'nameEn' | 'weight' | 'cap' | 'days';
/** What is wrong, as a message code (`asmt.scheme.err.<code>`), on a row's field or on the scheme as a whole. */
export type SchemeProblem =
  | {
      row: number;
      field: SchemeField;
      code: 'required' | 'codeFormat' | 'codeTaken' | 'weightRange' | 'capRange' | 'daysRange';
    }
  | { row: null; field: 'items'; code: 'empty' | 'weightSum'; sum?: number };

const EPSILON = 1e-9;

export function rowsFromScheme(items: readonly AssessmentItem[]): SchemeRow[] {
  return items.map((i, n) => ({
    key: `${i.code}-${n}`,
    code: i.code,
    nameZh: i.name.zh,
    nameEn: i.name.en,
    kind: i.kind,
    weight: i.weight,
    cap: i.cap,
    days: i.days,
  }));
}

/** The PUT body: trimmed names, `days` only on timeliness items, no empty English name (the Chinese one stands in). */
export function schemeBodyFrom(rows: readonly SchemeRow[], version: number): AssessmentSchemeBody {
  return {
    version,
    items: rows.map((r) => ({
      code: r.code.trim(),
      name: { zh: r.nameZh.trim(), en: r.nameEn.trim() || r.nameZh.trim() },
      kind: r.kind,
      weight: r.weight ?? 0,
      cap: r.cap,
      days: isTimelinessKind(r.kind) ? r.days : null,
    })),
  };
}

const inRange = (v: number | null, min: number, max: number) =>
  v !== null && Number.isFinite(v) && v >= min && v <= max;

/** Every problem the server would refuse (and a few it would only find confusing), so the editor can say where. */
export function schemeProblems(rows: readonly SchemeRow[]): SchemeProblem[] {
  if (!rows.length) return [{ row: null, field: 'items', code: 'empty' }];
  const out: SchemeProblem[] = [];
  const codes = rows.map((r) => r.code.trim());
  rows.forEach((r, row) => {
    const code = codes[row]!;
    if (!code) out.push({ row, field: 'code', code: 'required' });
    else if (!ASSESSMENT_ITEM_CODE.test(code)) out.push({ row, field: 'code', code: 'codeFormat' });
    else if (codes.indexOf(code) !== row) out.push({ row, field: 'code', code: 'codeTaken' });
    if (!r.nameZh.trim()) out.push({ row, field: 'nameZh', code: 'required' });
    if (r.weight === null) out.push({ row, field: 'weight', code: 'required' });
    else if (!inRange(r.weight, 0, 100)) out.push({ row, field: 'weight', code: 'weightRange' });
    if (r.cap !== null && !inRange(r.cap, 0, 100)) out.push({ row, field: 'cap', code: 'capRange' });
    if (isTimelinessKind(r.kind) && r.days !== null && (!Number.isInteger(r.days) || !inRange(r.days, 1, 365)))
      out.push({ row, field: 'days', code: 'daysRange' });
  });
  const sum = scoredWeightSum(rows.map((r) => ({ kind: r.kind, weight: r.weight ?? 0 })));
  if (Math.abs(sum - SCORED_WEIGHT_TOTAL) > EPSILON)
    out.push({ row: null, field: 'items', code: 'weightSum', sum: Math.round(sum * 100) / 100 });
  return out;
}

/** The first problem of a row's field, if any. */
export const problemAt = (problems: readonly SchemeProblem[], row: number, field: SchemeField) =>
  problems.find((p) => p.row === row && p.field === field);

/** Totals shown above the editor: the scored weights against 100, and the most bonuses can add or deductions take. */
export function weightSummary(rows: readonly SchemeRow[]) {
  const limit = (kind: 'bonus' | 'deduction') =>
    rows.filter((r) => r.kind === kind).reduce((a, r) => a + (r.cap ?? r.weight ?? 0), 0);
  const scored = Math.round(scoredWeightSum(rows.map((r) => ({ kind: r.kind, weight: r.weight ?? 0 }))) * 100) / 100;
  return {
    scored,
    missing: Math.round((SCORED_WEIGHT_TOTAL - scored) * 100) / 100,
    bonusMax: limit('bonus'),
    deductionMax: limit('deduction'),
  };
}

/** A new item of a kind, with the kind's name, a code no other row has, and the kind's default window. */
export function newRow(kind: AssessmentItemKind, rows: readonly SchemeRow[], seq: number): SchemeRow {
  const taken = new Set(rows.map((r) => r.code.trim()));
  let n = 1;
  while (taken.has(n === 1 ? kind : `${kind}_${n}`)) n++;
  const code = n === 1 ? kind : `${kind}_${n}`;
  const label = ASSESSMENT_ITEM_KIND_LABELS[kind];
  return {
    key: `new-${seq}`,
    code,
    nameZh: label.zh,
    nameEn: label.en,
    kind,
    weight: 0,
    cap: null,
    days: isTimelinessKind(kind) ? DEFAULT_TIMELINESS_DAYS[kind] : null,
  };
}

/** A row after its kind changed: the window follows (a timeliness kind gets its default, others none). */
export function withKind(row: SchemeRow, kind: AssessmentItemKind): SchemeRow {
  return { ...row, kind, days: isTimelinessKind(kind) ? (row.days ?? DEFAULT_TIMELINESS_DAYS[kind]) : null };
}

/** Whether the editor's rows differ from the saved scheme. */
export function isSchemeDirty(rows: readonly SchemeRow[], saved: readonly AssessmentItem[]): boolean {
  return (
    JSON.stringify(schemeBodyFrom(rows, 0).items) !== JSON.stringify(schemeBodyFrom(rowsFromScheme(saved), 0).items)
  );
}
