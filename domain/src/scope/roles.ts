/** Roles, their scopes and the abilities each grants. Deny by default: an ability not listed is refused. */
export const ROLES = [
  'office_admin',
  'leader',
  'group_lead',
  'unit_reporter',
  'county_officer',
  'auditor',
  'sys_admin',
  'sec_admin',
  'audit_admin',
  'red_cross',
] as const;
export type Role = (typeof ROLES)[number];

/** What a grant is bound to: the whole district (tenant), a working group, a member unit or an assisted county. */
export const SCOPE_TYPES = ['tenant', 'group', 'unit', 'county'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

/**
 * What each role is, for the scope rules (`scope.ts`): the scope its grants are bound to, and whether it acts for that
 * scope in the two-sided workflow (reports and confirms records, reviews a group's records, answers orders) or only
 * reads. A tenant-bound role sees the whole district; its abilities still decide which routes it reaches. A new role
 * is added here and in ROLE_ABILITIES and ROLE_LABELS; nothing else lists roles.
 */
export const ROLE_TRAITS: Record<Role, { scope: ScopeType; acts: boolean }> = {
  office_admin: { scope: 'tenant', acts: true },
  leader: { scope: 'tenant', acts: false },
  group_lead: { scope: 'group', acts: true },
  unit_reporter: { scope: 'unit', acts: true },
  county_officer: { scope: 'county', acts: true },
  auditor: { scope: 'tenant', acts: false },
  sys_admin: { scope: 'tenant', acts: false },
  sec_admin: { scope: 'tenant', acts: false },
  audit_admin: { scope: 'tenant', acts: false },
  // 区红十字会: bound to its member unit; it keeps the donations' custody chain, not ledger records
  red_cross: { scope: 'unit', acts: false },
};

/** The scope each role is bound to. */
export const ROLE_SCOPE = Object.fromEntries(ROLES.map((r) => [r, ROLE_TRAITS[r].scope])) as Record<Role, ScopeType>;

/** 三员: the separated admin roles. No user may hold two of them, and none edits business data. */
export const SEPARATED_ADMIN_ROLES: readonly Role[] = ['sys_admin', 'sec_admin', 'audit_admin'];

export const ABILITIES = [
  'org.read',
  'org.manage',
  'business.read',
  'business.write',
  'audit.read',
  /** Raise audit findings on projects and payments and accept or return their rectification (审计发现). */
  'findings.write',
  'users.read',
  'users.manage',
  'config.read',
  'config.manage',
  'charity.custody',
] as const;
export type Ability = (typeof ABILITIES)[number];

const BUSINESS_READ: Ability[] = ['org.read', 'business.read'];

export const ROLE_ABILITIES: Record<Role, readonly Ability[]> = {
  office_admin: [...BUSINESS_READ, 'org.manage', 'business.write'],
  leader: BUSINESS_READ,
  group_lead: [...BUSINESS_READ, 'business.write'],
  unit_reporter: [...BUSINESS_READ, 'business.write'],
  county_officer: [...BUSINESS_READ, 'business.write'],
  auditor: [...BUSINESS_READ, 'audit.read', 'findings.write'],
  sys_admin: ['org.read', 'config.read', 'config.manage'],
  sec_admin: ['org.read', 'users.read', 'users.manage'],
  audit_admin: ['audit.read'],
  red_cross: ['org.read', 'charity.custody'],
};

export type RoleGrant = { role: Role; scopeType: ScopeType; scopeId: string | null };

/** The union of abilities granted by a set of roles. */
export function abilitiesOf(roles: readonly Pick<RoleGrant, 'role'>[]): Ability[] {
  const set = new Set<Ability>();
  for (const g of roles) for (const a of ROLE_ABILITIES[g.role]) set.add(a);
  return ABILITIES.filter((a) => set.has(a));
}

/** Checks a proposed set of roles for one user; returns an error code or null. */
export function checkRoleCombination(
  roles: readonly Role[],
): 'ADMIN_ROLES_SEPARATED' | 'ADMIN_AND_BUSINESS_ROLES' | null {
  const admins = roles.filter((r) => SEPARATED_ADMIN_ROLES.includes(r));
  if (new Set(admins).size > 1) return 'ADMIN_ROLES_SEPARATED';
  if (admins.length > 0 && roles.some((r) => !SEPARATED_ADMIN_ROLES.includes(r))) return 'ADMIN_AND_BUSINESS_ROLES';
  return null;
}

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  office_admin: { zh: '区合作交流办管理员', en: 'District office admin' },
  leader: { zh: '领导小组', en: 'Leader' },
  group_lead: { zh: '专项组牵头单位', en: 'Working-group lead' },
  unit_reporter: { zh: '成员单位填报员', en: 'Unit reporter' },
  county_officer: { zh: '受援县联络员', en: 'County officer' },
  auditor: { zh: '审计', en: 'Auditor' },
  sys_admin: { zh: '系统管理员', en: 'System admin' },
  sec_admin: { zh: '安全管理员', en: 'Security admin' },
  audit_admin: { zh: '审计管理员', en: 'Audit admin' },
  red_cross: { zh: '区红十字会', en: 'District Red Cross' },
};
