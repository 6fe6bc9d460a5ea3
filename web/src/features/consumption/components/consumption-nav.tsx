import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT, type MessageKey } from '../../../app/i18n';

const ENTRIES: readonly { key: string; path: string; label: MessageKey }[] = [
  { key: '', path: '/consumption', label: 'consumption.nav.dashboard' },
  { key: 'pledges', path: '/consumption/pledges', label: 'consumption.nav.pledges' },
  { key: 'purchases', path: '/consumption/purchases', label: 'consumption.nav.purchases' },
  { key: 'catalogue', path: '/consumption/catalogue', label: 'consumption.nav.catalogue' },
];

/** Second-level navigation of 消费扶贫; the year in the URL goes along. */
export function ConsumptionNav() {
  const { t } = useT();
  const { pathname, search } = useLocation();
  const year = new URLSearchParams(search).get('year');
  const items = ENTRIES.map((e) => ({
    key: e.key,
    label: <Link to={year ? `${e.path}?year=${year}` : e.path}>{t(e.label)}</Link>,
  }));
  return (
    <nav aria-label={t('consumption.section')} style={{ marginBottom: 16 }}>
      <Menu
        mode="horizontal"
        items={items}
        selectedKeys={[pathname.split('/')[2] ?? '']}
        style={{ background: 'transparent' }}
      />
    </nav>
  );
}
