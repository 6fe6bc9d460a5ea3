import type { FormInstance } from 'antd';
import { isApiError, type ApiErrorCode } from '../api/api-error';

export type FormFieldError = { name: (string | number)[]; errors: string[] };
/** What a form shows for a refused submit: errors on the fields they concern, and a summary line above the form. */
export type ServerFormError = { code: ApiErrorCode; summary: string; fields: FormFieldError[] };

type Options = {
  /** The form field a server path (`east.unitId`, `targets.0.year`) belongs to, or null for the summary only. */
  fieldFor: (path: string) => (string | number)[] | null;
  /** Wording for a field problem; defaults to the server's message. */
  messageFor?: (path: string, message: string) => string;
  /** Replaces the summary for particular codes (e.g. DUPLICATE: say what is duplicated). */
  summaries?: Partial<Record<ApiErrorCode, string>>;
  /** Fields a refusal other than VALIDATION_FAILED names in its details (DUPLICATE `{ field }`, SCOPE_REQUIRED `{ index }`). */
  fieldsOf?: (code: ApiErrorCode, details: Record<string, unknown>, message: string) => FormFieldError[];
  /** Joins the summary's parts; '；' for Chinese, '; ' for English. */
  separator?: string;
};

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

/** One problem of a `400 VALIDATION_FAILED`: where (`values.title`, `people.3.idNumber`), what, and where given a code and both languages. */
export type ValidationIssue = { path: string; message: string; code?: string; zh?: string; en?: string };

const optional = (f: Record<string, unknown>, key: 'code' | 'zh' | 'en') =>
  typeof f[key] === 'string' ? { [key]: f[key] } : {};

/** The issues of a `400 VALIDATION_FAILED` (the shape the server's validation sends), defensively read. */
export function validationIssues(details: unknown): ValidationIssue[] {
  const fields = record(details).fields;
  if (!Array.isArray(fields)) return [];
  return fields
    .map(record)
    .filter((f) => typeof f.path === 'string')
    .map((f) => ({
      path: String(f.path),
      message: String(f.message ?? ''),
      ...optional(f, 'code'),
      ...optional(f, 'zh'),
      ...optional(f, 'en'),
    }));
}

/**
 * Places a server refusal on a form: each VALIDATION_FAILED issue on its field where the form has one, the rest in
 * the summary; any other code only in the summary. Null when the error is not an API error.
 */
export function serverFormError(error: unknown, opts: Options): ServerFormError | null {
  if (!isApiError(error)) return null;
  const summary = opts.summaries?.[error.code] ?? error.message;
  if (error.code !== 'VALIDATION_FAILED')
    return {
      code: error.code,
      summary,
      fields: opts.fieldsOf?.(error.code, record(error.details), error.message) ?? [],
    };
  const fields = new Map<string, FormFieldError>();
  const loose: string[] = [];
  for (const issue of validationIssues(error.details)) {
    const name = opts.fieldFor(issue.path);
    const text = opts.messageFor ? opts.messageFor(issue.path, issue.message) : issue.message;
    if (!name) {
      loose.push(issue.path ? `${issue.path}: ${text}` : text);
      continue;
    }
    const key = name.join('.');
    const entry = fields.get(key) ?? { name, errors: [] };
    entry.errors.push(text);
    fields.set(key, entry);
  }
  return { code: error.code, summary: [summary, ...loose].join(opts.separator ?? '；'), fields: [...fields.values()] };
}

type FieldName<V> = NonNullable<Parameters<FormInstance<V>['setFields']>[0][number]['name']>;

/** Puts server field errors on an antd form; the names were chosen by `fieldFor` from the form's own fields. */
export function applyFieldErrors<V>(form: FormInstance<V>, fields: readonly FormFieldError[]) {
  if (fields.length) form.setFields(fields.map((f) => ({ name: f.name as FieldName<V>, errors: f.errors })));
}
