import { INDICATOR_STATUS_LABELS, type IndicatorProgressDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { statusCounts, STATUS_HEX, STATUS_ORDER } from '../utils/progress-view';

/** How many indicators are at risk, behind, on track, achieved, monitored: the first thing a leader reads. */
export function StatusTiles({ items }: { items: readonly IndicatorProgressDto[] }) {
  const { t, lang } = useT();
  const counts = statusCounts(items);
  return (
    <ul className="xz-status-tiles" aria-label={t('dash.summary')}>
      {STATUS_ORDER.map((s) => (
        <li key={s} className="xz-status-tile" style={{ borderLeftColor: STATUS_HEX[s] }}>
          <span className="xz-status-tile__n">{counts[s]}</span>
          <span>{INDICATOR_STATUS_LABELS[s][lang]}</span>
        </li>
      ))}
    </ul>
  );
}
