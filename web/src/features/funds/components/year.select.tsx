import {} from 'antd';
import { Select } from '../../../components/select';
import { useT } from '../../../app/i18n';

/** Years the funds hold: the speech's 2018 and 2019 and the years since, up to next year. */
export function fundYears(now = new Date()): number[] {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - 2018 + 1 }, (_, i) => last - i);
}

export function FundYearSelect({
  value,
  onChange,
  allowClear,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  allowClear?: boolean;
}) {
  const { t } = useT();
  return (
    <Select
      aria-label={t('fund.col.year')}
      placeholder={t('fund.col.year')}
      allowClear={allowClear}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange(v ?? null)}
      options={fundYears().map((y) => ({ value: y, label: String(y) }))}
      className="xz-filter xz-filter--narrow"
    />
  );
}
