import type { Lang, PasswordProblem } from '@xiezuo/domain';
import { isApiError } from '../../../api/api-error';
import { translate } from '../../../app/i18n';

function isProblem(p: unknown): p is PasswordProblem {
  if (typeof p !== 'object' || p === null) return false;
  const code = (p as { code?: unknown }).code;
  return code === 'TOO_SHORT' || code === 'TOO_FEW_CLASSES' || code === 'CONTAINS_USERNAME';
}

/** One readable sentence per policy problem. */
export function describeProblem(p: PasswordProblem, lang: Lang): string {
  switch (p.code) {
    case 'TOO_SHORT':
      return translate('auth.pw.tooShort', { n: p.minLength }, lang);
    case 'TOO_FEW_CLASSES':
      return translate('auth.pw.tooFewClasses', { n: p.minClasses }, lang);
    case 'CONTAINS_USERNAME':
      return translate('auth.pw.containsUsername', undefined, lang);
    default: {
      const unreachable: never = p;
      return String(unreachable);
    }
  }
}

/** Turns a PASSWORD_POLICY or PASSWORD_REUSED error into the lines the form shows; null for other errors. */
export function passwordErrorLines(error: unknown, lang: Lang): string[] | null {
  if (!isApiError(error)) return null;
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Record<
    string,
    unknown
  >;
  if (error.code === 'PASSWORD_POLICY') {
    const problems = Array.isArray(details.problems) ? details.problems.filter(isProblem) : [];
    return problems.length ? problems.map((p) => describeProblem(p, lang)) : [error.message];
  }
  if (error.code === 'PASSWORD_REUSED') {
    const n = typeof details.historySize === 'number' ? details.historySize : null;
    if (n === null) return [error.message];
    return [translate('auth.pw.reused', { n }, lang)];
  }
  return null;
}
