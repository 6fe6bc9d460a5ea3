import type { FieldDecl, Lang, RecordTypeDecl, Side } from '@xiezuo/domain';
import { fenToYuan, fenToYuanInput, yuanToFen } from './money';

/** What the entry form draws for one declared field; the form never decides this itself. */
export type ControlSpec =
  | { control: 'text'; maxLength: number; multiline: boolean }
  | { control: 'number'; min?: number; max?: number; integer: boolean }
  | { control: 'money' }
  | { control: 'date' }
  | { control: 'switch' }
  | { control: 'select'; options: { value: string; label: string }[] }
  | { control: 'unit'; side: Side }
  | { control: 'region' };

/** One control per field kind; enum options carry the label in the current language. */
export function controlFor(f: FieldDecl, lang: Lang): ControlSpec {
  switch (f.kind) {
    case 'text':
      return { control: 'text', maxLength: f.maxLength ?? 2000, multiline: (f.maxLength ?? 2000) > 200 };
    case 'number':
      return { control: 'number', min: f.min, max: f.max, integer: f.integer ?? false };
    case 'money':
      return { control: 'money' };
    case 'date':
      return { control: 'date' };
    case 'boolean':
      return { control: 'switch' };
    case 'enum':
      return { control: 'select', options: f.options.map((o) => ({ value: o.value, label: o.label[lang] })) };
    case 'unit':
      return { control: 'unit', side: f.side };
    case 'region':
      return { control: 'region' };
    default: {
      const never: never = f;
      return never;
    }
  }
}

/** What the form holds for a field: text as typed (money in 元), numbers, booleans, ISO dates, ids. */
export type FormValue = string | number | boolean | null | undefined;

/** A record's stored values (money in fen) as the form shows them (money in 元; booleans default to off). */
export function toFormValues(decl: RecordTypeDecl, values: Record<string, unknown>): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const f of decl.fields) {
    const v = values[f.key];
    if (f.kind === 'money') out[f.key] = typeof v === 'number' ? fenToYuanInput(v) : undefined;
    else if (f.kind === 'boolean') out[f.key] = v === true;
    else out[f.key] = typeof v === 'string' || typeof v === 'number' ? v : undefined;
  }
  return out;
}

/**
 * The form's values as the API wants them: trimmed text, money in fen, numbers as numbers. Empty optional
 * fields are left out (the server treats absent and null alike); unknown keys are dropped.
 */
export function fromFormValues(decl: RecordTypeDecl, form: Record<string, FormValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of decl.fields) {
    const v = form[f.key];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
    switch (f.kind) {
      case 'money': {
        const fen = yuanToFen(typeof v === 'boolean' ? null : v);
        if (fen !== null) out[f.key] = fen;
        break;
      }
      case 'number': {
        const n = typeof v === 'number' ? v : Number(v);
        if (Number.isFinite(n)) out[f.key] = n;
        break;
      }
      case 'boolean':
        out[f.key] = v === true;
        break;
      default:
        out[f.key] = typeof v === 'string' ? v.trim() : v;
    }
  }
  return out;
}

/** A stored value as text for the detail view and before/after tables; units and regions are named by the caller. */
export function formatFieldValue(
  f: FieldDecl,
  v: unknown,
  lang: Lang,
  names: (id: string) => string | undefined = () => undefined,
): string {
  if (v === undefined || v === null || v === '') return '—';
  switch (f.kind) {
    case 'money':
      return typeof v === 'number' ? `${fenToYuan(v)} ${lang === 'zh' ? '元' : 'yuan'}` : String(v);
    case 'boolean':
      return v === true ? (lang === 'zh' ? '是' : 'Yes') : lang === 'zh' ? '否' : 'No';
    case 'enum':
      return f.options.find((o) => o.value === v)?.label[lang] ?? String(v);
    case 'unit':
    case 'region':
      return names(String(v)) ?? String(v);
    default:
      return String(v);
  }
}

/** The words that name a record (its first required text: a training's title, a meeting's topic, a donor), or null. */
export function headlineOf(decl: RecordTypeDecl | undefined, values: Record<string, unknown>): string | null {
  const f = decl?.fields.find(
    (x) => x.kind === 'text' && x.required && typeof values[x.key] === 'string' && String(values[x.key]).trim(),
  );
  return f ? String(values[f.key]).trim() : null;
}

/** The cascader path (township, then village) of a stored region code: 9 digits are a township, 12 a village. */
export function regionPath(code: string | null | undefined): string[] {
  if (!code) return [];
  return code.length > 9 ? [code.slice(0, 9), code] : [code];
}
