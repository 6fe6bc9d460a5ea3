import type { Lang } from '@xiezuo/domain';
import type { ApiErrorCode } from '../../../api/api-error';
import { translate } from '../../../app/i18n';
import { serverFormError, type FormFieldError, type ServerFormError } from '../../../components/server-form-errors';

export type ScopeFieldError = { name: ['roles', number, 'scopeId']; errors: string[] };

/** The refusals the user forms show themselves; anything else goes to the global error handler. */
const HANDLED = new Set<ApiErrorCode>([
  'DUPLICATE',
  'SCOPE_REQUIRED',
  'VALIDATION_FAILED',
  'ADMIN_ROLES_SEPARATED',
  'ADMIN_AND_BUSINESS_ROLES',
]);

/** The errors that belong to role rows (the only fields the edit-roles form has). */
export function roleFieldErrors(view: ServerFormError | null): ScopeFieldError[] {
  return (view?.fields ?? []).filter((f): f is ScopeFieldError => f.name[0] === 'roles');
}

function fieldsOf(code: ApiErrorCode, d: Record<string, unknown>, message: string, lang: Lang): FormFieldError[] {
  if (code === 'DUPLICATE' && d.field === 'username')
    return [{ name: ['username'], errors: [translate('users.form.duplicateUsername', undefined, lang)] }];
  if (code === 'SCOPE_REQUIRED' && typeof d.index === 'number')
    return [{ name: ['roles', d.index, 'scopeId'], errors: [message] }];
  return [];
}

/** Places a user-form error from the server: on the field it concerns where possible, always with a summary line. */
export function userFormError(error: unknown, lang: Lang): ServerFormError | null {
  const view = serverFormError(error, {
    // the username rule lives in the contract (domain/users.contracts.ts); its message comes back on the field
    fieldFor: (path) => (path === 'username' ? ['username'] : null),
    fieldsOf: (code, d, message) => fieldsOf(code, d, message, lang),
    separator: lang === 'en' ? '; ' : '；',
  });
  if (!view || !HANDLED.has(view.code)) return null;
  const hint = translate('users.form.usernameHint', undefined, lang);
  const fields = view.fields.map((f) =>
    view.code === 'VALIDATION_FAILED' && f.name[0] === 'username' ? { ...f, errors: [hint, ...f.errors] } : f,
  );
  return { ...view, fields };
}
