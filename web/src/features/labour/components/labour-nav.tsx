import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT, type MessageKey } from '../../../app/i18n';

const ENTRIES: readonly { key: string; path: string; label: MessageKey }[] = [
  { key: '', path: '/labour', label: 'labour.nav.dashboard' },
  { key: 'posts', path: '/labour/posts', label: 'labour.nav.posts' },
  { key: 'workers', path: '/labour/workers', label: 'labour.nav.workers' },
  { key: 'applications', path: '/labour/applications', label: 'labour.nav.applications' },
];

/** Second-level navigation of 劳务协作. */
export function LabourNav() {
  const { t } = useT();
  const { pathname } = useLocation();
  const items = ENTRIES.map((e) => ({ key: e.key, label: <Link to={e.path}>{t(e.label)}</Link> }));
  return (
    <nav aria-label={t('labour.section')} style={{ marginBottom: 16 }}>
      <Menu
        mode="horizontal"
        items={items}
        selectedKeys={[pathname.split('/')[2] ?? '']}
        style={{ background: 'transparent' }}
      />
    </nav>
  );
}
