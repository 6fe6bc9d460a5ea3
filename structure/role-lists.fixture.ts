// What the role-name check must catch (read by role-lists.test.ts; never imported).
type G = { role: string; scopeId: string | null };
export const wide = (roles: G[]) => roles.some((r) => ['office_admin', 'leader', 'auditor'].includes(r.role));
export const county = (roles: G[]) => roles.filter((r) => r.role === 'county_officer');
export const order = [['unit_reporter', 'unit']];
export function label(g: G) {
  switch (g.role) {
    case 'group_lead':
      return 'group';
    default:
      return '';
  }
}
// data, not a rule: passes
export const labels = { office_admin: 'office', leader: 'leader' };
export const grant: G = { role: 'leader', scopeId: null };
export const trainingKinds = ['leader', 'cadre'];
