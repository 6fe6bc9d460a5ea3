import { useMemo } from 'react';
import { Alert, Spin } from 'antd';
import { Select } from '../../../components/select';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { isApiError } from '../../../api/api-error';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useAssessmentScheme } from '../api/use-assessment.query';
import { useSaveScheme } from '../api/use-assessment-mutations';
import { useOversightYear } from '../components/oversight-year';
import { SchemeEditor } from '../components/scheme-editor';
import { SchemeTable } from '../components/scheme-table';
import { parseAssessmentFilters } from '../utils/assessment-view';

/** The year's assessment scheme: the office edits items, weights, rules and caps; everyone else reads it. */
export function AssessmentSchemePage() {
  const { t } = useT();
  const { params, update } = useUrlParams();
  const filters = useMemo(() => parseAssessmentFilters(params), [params]);
  const year = useOversightYear(filters.year);
  const scheme = useAssessmentScheme(year);
  const save = useSaveScheme(year ?? 0);
  if (year === null || scheme.isPending) {
    return (
      <div className="xz-content__loading" role="status">
        <Spin description={t('common.loading')} />
      </div>
    );
  }
  const data = scheme.data;
  const noScheme = isApiError(scheme.error) && scheme.error.code === 'NOT_FOUND';
  const yearPicker = (
    <Select
      aria-label={t('dash.filter.year')}
      value={year}
      onChange={(v: number) => update({ year: v })}
      options={[year + 1, year, year - 1, year - 2].map((y) => ({ value: y, label: String(y) }))}
      style={{ width: 100 }}
    />
  );
  return (
    <>
      <PageHeader title={t('asmt.scheme.title', { year })} subtitle={t('asmt.scheme.subtitle')} extra={yearPicker} />
      {noScheme ? (
        <EmptyState description={t('asmt.noScheme', { year })} />
      ) : !data ? (
        <Alert type="error" showIcon title={scheme.error?.message ?? t('common.loadFailed')} />
      ) : data.abilities.edit ? (
        <SchemeEditor key={`${year}-${data.version}`} year={year} scheme={data} save={save} />
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={data.frozen ? t('asmt.scheme.frozen') : t('asmt.scheme.readOnly')}
          />
          <SchemeTable items={data.items} />
        </>
      )}
    </>
  );
}
