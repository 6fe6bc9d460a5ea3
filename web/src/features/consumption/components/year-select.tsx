import { Select } from '../../../components/select';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { usePlanYears } from '../../plans/api/use-plan-years.query';
import { yearOf } from '../utils/consumption-format';

/** The year in the URL (default: the latest plan year) and its selector. */
export function useConsumptionYear() {
  const { get } = useUrlParams();
  const { years } = usePlanYears();
  return { year: yearOf(get('year'), years), years };
}

export function YearSelect() {
  const { t } = useT();
  const { update } = useUrlParams();
  const { year, years } = useConsumptionYear();
  return (
    <Select
      aria-label={t('consumption.year')}
      value={year ?? undefined}
      style={{ width: 120 }}
      options={years.map((y) => ({ value: y, label: t('consumption.yearOption', { year: y }) }))}
      onChange={(y) => update({ year: y, page: null })}
    />
  );
}
