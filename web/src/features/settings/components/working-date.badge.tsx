import { lazy, Suspense } from 'react';
import { Popover, Tag } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { useCurrentSession } from '../../auth/session-context';
import { useWorkingDate } from '../api/use-working-date';

// the date picker loads when the office opens the editor, not with the shell every page loads
const WorkingDateEditor = lazy(() => import('./working-date.editor').then((m) => ({ default: m.WorkingDateEditor })));

/** The header's "数据截至 2019-09-30"; the office opens it to change the date (or follow today). */
export function WorkingDateBadge({ compact }: { compact: boolean }) {
  const { t } = useT();
  const { abilities } = useCurrentSession();
  const canRead = abilities.includes('org.read') || abilities.includes('business.read');
  const canSet = abilities.includes('org.manage');
  const wd = useWorkingDate(canRead);
  if (!wd.data) return null;
  const text = compact ? wd.data.workingDate : t('settings.workingDate', { date: wd.data.workingDate });
  const tag = (
    <Tag icon={<CalendarOutlined />} color={wd.data.isToday ? 'default' : 'blue'} className="xz-working-date">
      {text}
    </Tag>
  );
  if (!canSet) return tag;
  return (
    <Popover
      trigger="click"
      title={t('settings.workingDate.title')}
      content={
        <Suspense fallback={null}>
          <WorkingDateEditor current={wd.data} />
        </Suspense>
      }
    >
      <button
        type="button"
        className="xz-working-date__button"
        aria-label={`${t('settings.workingDate.title')} ${text}`}
      >
        {tag}
      </button>
    </Popover>
  );
}
