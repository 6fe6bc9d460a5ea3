import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT, type MessageKey } from '../../../app/i18n';

const ENTRIES: readonly { key: string; path: string; label: MessageKey }[] = [
  { key: 'overview', path: '/funds', label: 'fund.tab.overview' },
  { key: 'projects', path: '/funds/projects', label: 'fund.tab.projects' },
  { key: 'payments', path: '/funds/payments', label: 'fund.tab.payments' },
  { key: 'receipts', path: '/funds/receipts', label: 'fund.tab.receipts' },
  { key: 'findings', path: '/funds/findings', label: 'fund.tab.findings' },
];

/** `/funds/projects/…` → projects; `/funds` → overview. */
export function fundsSectionKey(pathname: string): string {
  const sub = pathname.split('/')[2] ?? '';
  return ENTRIES.some((e) => e.key === sub) ? sub : 'overview';
}

/** Second-level navigation of 资金项目; the year travels with it. */
export function FundsNav() {
  const { t } = useT();
  const location = useLocation();
  const year = new URLSearchParams(location.search).get('year');
  const carry = year ? `?year=${encodeURIComponent(year)}` : '';
  const items = ENTRIES.map((e) => ({ key: e.key, label: <Link to={`${e.path}${carry}`}>{t(e.label)}</Link> }));
  return (
    <nav aria-label={t('nav.funds')} className="xz-no-print xz-funds-nav">
      <Menu
        mode="horizontal"
        items={items}
        selectedKeys={[fundsSectionKey(location.pathname)]}
        style={{ background: 'transparent' }}
      />
    </nav>
  );
}
