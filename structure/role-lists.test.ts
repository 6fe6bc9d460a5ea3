import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, ROLES } from '@xiezuo/domain';
import { parse, sourceFiles, where } from './source-files';

/**
 * Who sees what is defined once, in domain/src/scope/. Anywhere else, a list of role names or a comparison with a
 * role name re-derives a scope rule that the next role (an employer, a donor, a city officer) would silently miss.
 * A grant written as data (`{ role: 'leader', … }` in a test or the seed) is not a rule and passes.
 */
const SCOPE_MODULE = 'domain/src/scope/';
const ROLE_NAMES = new Set<string>(ROLES);
// a role name that is also a declared field value ('leader': a training for 致富带头人) counts only beside another role
const FIELD_VALUES = new Set(
  RECORD_TYPES.flatMap((t) => t.fields.flatMap((f) => (f.kind === 'enum' ? f.options.map((o) => o.value) : []))),
);

const roleName = (n: ts.Node): string | null =>
  (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && ROLE_NAMES.has(n.text) ? n.text : null;
const isRoleAccess = (n: ts.Node) =>
  (ts.isPropertyAccessExpression(n) && n.name.text === 'role') || (ts.isIdentifier(n) && n.text === 'role');

/** The role rules written outside the scope module: `['office_admin', …]`, `g.role === 'x'`, `case 'x':` on a role. */
export function roleRules(file: string): string[] {
  const sf = parse(file);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isArrayLiteralExpression(n)) {
      const names = n.elements.map(roleName).filter((x): x is string => x !== null);
      if (names.length > 1 || names.some((x) => !FIELD_VALUES.has(x)))
        found.push(`${where(sf, n)} role list [${names.join(', ')}]`);
    } else if (
      ts.isBinaryExpression(n) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(n.operatorToken.kind)
    ) {
      const name = roleName(n.left) ?? roleName(n.right);
      if (name && (isRoleAccess(n.left) || isRoleAccess(n.right))) found.push(`${where(sf, n)} role test '${name}'`);
    } else if (ts.isSwitchStatement(n) && isRoleAccess(n.expression)) {
      const names = n.caseBlock.clauses.flatMap((c) => (ts.isCaseClause(c) && roleName(c.expression) ? [c] : []));
      if (names.length) found.push(`${where(sf, n)} switch on a role`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('role names', () => {
  it('appear in lists and comparisons only in the scope module', () => {
    const outside = sourceFiles().filter((f) => !f.startsWith(SCOPE_MODULE) && !f.endsWith('.fixture.ts'));
    expect(outside.length).toBeGreaterThan(300);
    expect(outside.flatMap(roleRules)).toEqual([]);
  });

  it('are found when a list or a comparison is written', () => {
    const probe = roleRules('structure/role-lists.fixture.ts');
    expect(probe).toHaveLength(4);
    expect(probe.join('\n')).toContain("role test 'county_officer'");
  });
});
