import type { Lang } from '@xiezuo/domain';
import { isApiError } from '../../../api/api-error';
import { translate } from '../../../app/i18n';

export type UsernameFieldError = { name: ['username']; errors: string[] };
export type ScopeFieldError = { name: ['roles', number, 'scopeId']; errors: string[] };
export type FormErrorView = { summary: string; fields: (UsernameFieldError | ScopeFieldError)[] };

/** The errors that belong to role rows (the only fields the edit-roles form has). */
export function roleFieldErrors(view: FormErrorView | null): ScopeFieldError[] {
  return (view?.fields ?? []).filter((f): f is ScopeFieldError => f.name[0] === 'roles');
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

/** Places a user-form error from the server: on the field it concerns where possible, always with a summary line. */
export function userFormError(error: unknown, lang: Lang): FormErrorView | null {
  if (!isApiError(error)) return null;
  const d = record(error.details);
  switch (error.code) {
    case 'DUPLICATE':
      return {
        summary: error.message,
        fields:
          d.field === 'username'
            ? [{ name: ['username'], errors: [translate('users.form.duplicateUsername', undefined, lang)] }]
            : [],
      };
    case 'SCOPE_REQUIRED':
      return {
        summary: error.message,
        fields: typeof d.index === 'number' ? [{ name: ['roles', d.index, 'scopeId'], errors: [error.message] }] : [],
      };
    case 'VALIDATION_FAILED': {
      const list = Array.isArray(d.fields) ? d.fields.map(record) : [];
      // the username rule lives in the contract (domain/users.contracts.ts); its message comes back here
      const onUsername = list.filter((f) => f.path === 'username').map((f) => String(f.message ?? ''));
      const lines = list.map((f) => `${String(f.path ?? '')}: ${String(f.message ?? '')}`);
      return {
        summary: [error.message, ...lines].join(lang === 'en' ? '; ' : '；'),
        fields: onUsername.length
          ? [{ name: ['username'], errors: [translate('users.form.usernameHint', undefined, lang), ...onUsername] }]
          : [],
      };
    }
    case 'ADMIN_ROLES_SEPARATED':
    case 'ADMIN_AND_BUSINESS_ROLES':
      return { summary: error.message, fields: [] };
    default:
      return null;
  }
}
