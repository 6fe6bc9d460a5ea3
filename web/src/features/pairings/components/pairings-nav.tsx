import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT, type MessageKey } from '../../../app/i18n';
import { useHasAbility } from '../../auth/session-context';

type NavEntry = { key: string; path: string; label: MessageKey; manage: boolean };

const ENTRIES: readonly NavEntry[] = [
  { key: 'list', path: '/pairings', label: 'pairings.nav.list', manage: false },
  { key: 'overview', path: '/pairings/overview', label: 'pairings.nav.overview', manage: false },
  { key: 'dormant', path: '/pairings/dormant', label: 'pairings.nav.dormant', manage: false },
  { key: 'units', path: '/pairings/units', label: 'pairings.nav.units', manage: true },
  { key: 'groups', path: '/pairings/groups', label: 'pairings.nav.groups', manage: true },
];

/** `/pairings/overview` → overview; a pairing's own page belongs to the list. */
export function sectionKey(pathname: string): string {
  const sub = pathname.split('/')[2] ?? '';
  return ENTRIES.some((e) => e.key === sub) ? sub : 'list';
}

/** Second-level navigation of the pairings section; unit and group management only with org.manage. */
export function PairingsNav() {
  const { t } = useT();
  const location = useLocation();
  const canManage = useHasAbility('org.manage');
  const items = ENTRIES.filter((e) => !e.manage || canManage).map((e) => ({
    key: e.key,
    label: <Link to={e.path}>{t(e.label)}</Link>,
  }));
  return (
    <nav aria-label={t('pairings.section')} style={{ marginBottom: 16 }}>
      <Menu
        mode="horizontal"
        items={items}
        selectedKeys={[sectionKey(location.pathname)]}
        style={{ background: 'transparent' }}
      />
    </nav>
  );
}
