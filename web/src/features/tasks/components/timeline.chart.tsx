import { Tooltip } from 'antd';
import { Link } from 'react-router';
import { TASK_STATUS_LABELS, type Lang, type TaskDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { byGroup, timelineBars, yearShare } from '../utils/timeline';

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

/** A Gantt-like chart of tasks per working group: a bar per task over the year, filled to its progress. */
export function TimelineChart({
  tasks,
  year,
  asOf,
  lang,
}: {
  tasks: TaskDto[];
  year: number;
  asOf: string;
  lang: Lang;
}) {
  const { t } = useT();
  const today = asOf.slice(0, 4) === String(year) ? yearShare(asOf, year) : null;
  return (
    <div className="xz-timeline" role="table" aria-label={t('tasks.nav.timeline')}>
      <div role="row" style={{ display: 'contents' }}>
        <span role="columnheader">{t('tasks.col.text')}</span>
        <div className="xz-timeline__months" role="columnheader">
          {Array.from({ length: 12 }, (_, m) => (
            <span key={m} className="xz-timeline__month" style={{ left: pct(m / 12) }}>
              {lang === 'zh' ? `${m + 1}月` : m + 1}
            </span>
          ))}
        </div>
      </div>
      {byGroup(tasks).map((g) => (
        <div key={g.code ?? '-'} role="rowgroup" style={{ display: 'contents' }}>
          <div className="xz-timeline__group" role="row">
            {g.name ?? t('tasks.timeline.ungrouped')}
          </div>
          {timelineBars(g.tasks, year).map((b) => (
            <div key={b.id} role="row" style={{ display: 'contents' }}>
              <span className="xz-timeline__label" role="cell">
                <Link to={`/tasks/${b.id}`} title={b.label}>
                  {b.label}
                </Link>
              </span>
              <div className="xz-timeline__track" role="cell">
                <Tooltip
                  title={`${b.lead} · ${TASK_STATUS_LABELS[b.status][lang]} · ${Math.round(b.fill * 100)}% · ${b.dueDate}`}
                >
                  <div
                    className={`xz-timeline__bar xz-timeline__bar--${b.status}`}
                    style={{ left: pct(b.left), width: pct(b.width) }}
                    aria-label={`${TASK_STATUS_LABELS[b.status][lang]} ${Math.round(b.fill * 100)}%`}
                  >
                    <div className="xz-timeline__fill" style={{ width: pct(b.fill) }} />
                  </div>
                </Tooltip>
                {today !== null ? <div className="xz-timeline__today" style={{ left: pct(today) }} /> : null}
              </div>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
