/** Password policy (a 等保 profile by default): length, character classes, reuse. */
export type PasswordPolicy = { minLength: number; minClasses: number; historySize: number };

export const DENGBAO_POLICY: PasswordPolicy = { minLength: 10, minClasses: 3, historySize: 5 };

export type PasswordProblem =
  | { code: 'TOO_SHORT'; minLength: number }
  | { code: 'TOO_FEW_CLASSES'; minClasses: number }
  | { code: 'CONTAINS_USERNAME' };

/** Counts lower, upper, digit and symbol classes present in a password. */
export function characterClasses(password: string): number {
  const tests = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return tests.filter((t) => t.test(password)).length;
}

/** Lists every way a password breaks the policy; empty when it complies (reuse is checked by the server). */
export function checkPassword(password: string, username: string, policy: PasswordPolicy): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < policy.minLength) problems.push({ code: 'TOO_SHORT', minLength: policy.minLength });
  if (characterClasses(password) < policy.minClasses)
    problems.push({ code: 'TOO_FEW_CLASSES', minClasses: policy.minClasses });
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    problems.push({ code: 'CONTAINS_USERNAME' });
  return problems;
}
