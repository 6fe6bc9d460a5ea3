import type { IndicatorStatus, ProgressCell } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { formatPercent } from '../utils/format';
import { barPercent, markerPercent, STATUS_HEX } from '../utils/progress-view';
import './dashboard.css';

type Props = {
  cell: Pick<ProgressCell, 'completion' | 'expected' | 'target'>;
  status: IndicatorStatus;
  large?: boolean;
};

/** Completion as a bar in the status colour, with a tick where it should be by the as-of day. */
export function CompletionBar({ cell, status, large = false }: Props) {
  const { t, lang } = useT();
  const marker = markerPercent(cell);
  const label =
    cell.completion === null
      ? t('dash.barNoTarget')
      : t('dash.bar', {
          completion: formatPercent(cell.completion, lang),
          expected: marker === null ? '—' : `${marker}%`,
        });
  return (
    <div className={`xz-bar${large ? ' xz-bar--large' : ''}`} role="img" aria-label={label} title={label}>
      <div className="xz-bar__track">
        <div className="xz-bar__fill" style={{ width: `${barPercent(cell)}%`, background: STATUS_HEX[status] }} />
        {marker === null ? null : <div className="xz-bar__marker" style={{ left: `${marker}%` }} />}
      </div>
      <span className="xz-bar__text" aria-hidden>
        {formatPercent(cell.completion, lang)}
      </span>
    </div>
  );
}
