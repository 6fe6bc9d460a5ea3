import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT, type MessageKey } from '../../../app/i18n';

const ENTRIES: readonly { key: string; path: string; label: MessageKey }[] = [
  { key: 'ranking', path: '/assessment', label: 'asmt.nav.ranking' },
  { key: 'scheme', path: '/assessment/scheme', label: 'asmt.nav.scheme' },
  { key: 'adjustments', path: '/assessment/adjustments', label: 'asmt.nav.adjustments' },
];

/** `/assessment/scheme` → scheme; anything else under /assessment is the ranking. */
export function assessmentSectionKey(pathname: string): string {
  const sub = pathname.split('/')[2] ?? '';
  return ENTRIES.some((e) => e.key === sub) ? sub : 'ranking';
}

/** Second-level navigation of the assessment section; the year and as-of day travel with it. */
export function AssessmentNav() {
  const { t } = useT();
  const location = useLocation();
  const year = new URLSearchParams(location.search).get('year');
  const carry = year ? `?year=${encodeURIComponent(year)}` : '';
  const items = ENTRIES.map((e) => ({ key: e.key, label: <Link to={`${e.path}${carry}`}>{t(e.label)}</Link> }));
  return (
    <nav aria-label={t('asmt.nav')} className="xz-no-print" style={{ marginBottom: 16 }}>
      <Menu
        mode="horizontal"
        items={items}
        selectedKeys={[assessmentSectionKey(location.pathname)]}
        style={{ background: 'transparent' }}
      />
    </nav>
  );
}
