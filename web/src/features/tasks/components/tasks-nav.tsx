import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT, type MessageKey } from '../../../app/i18n';

const ENTRIES: readonly { key: string; path: string; label: MessageKey }[] = [
  { key: 'list', path: '/tasks', label: 'tasks.nav.list' },
  { key: 'timeline', path: '/tasks/timeline', label: 'tasks.nav.timeline' },
  { key: 'documents', path: '/tasks/documents', label: 'tasks.nav.documents' },
  { key: 'unit-plans', path: '/tasks/unit-plans', label: 'tasks.nav.unitPlans' },
];

/** `/tasks/timeline` → timeline; a task page and the list are the division. */
export function tasksSectionKey(pathname: string): string {
  const sub = pathname.split('/')[2] ?? '';
  return ENTRIES.some((e) => e.key === sub) ? sub : 'list';
}

/** Second-level navigation of the tasks section; the year travels with it. */
export function TasksNav() {
  const { t } = useT();
  const location = useLocation();
  const year = new URLSearchParams(location.search).get('year');
  const carry = year ? `?year=${encodeURIComponent(year)}` : '';
  const items = ENTRIES.map((e) => ({ key: e.key, label: <Link to={`${e.path}${carry}`}>{t(e.label)}</Link> }));
  return (
    <nav aria-label={t('tasks.nav')} className="xz-no-print" style={{ marginBottom: 16 }}>
      <Menu
        mode="horizontal"
        items={items}
        selectedKeys={[tasksSectionKey(location.pathname)]}
        style={{ background: 'transparent' }}
      />
    </nav>
  );
}
