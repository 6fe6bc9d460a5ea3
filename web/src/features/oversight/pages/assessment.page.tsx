import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Flex, Popconfirm, Spin, Table } from 'antd';
import { Select } from '../../../components/select';
import { DownloadOutlined, LockOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { UnitScoreDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { isApiError } from '../../../api/api-error';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useAssessmentScheme, useAssessmentScores } from '../api/use-assessment.query';
import { useFreezeAssessment } from '../api/use-assessment-mutations';
import { AppealDialog } from '../components/appeal.dialog';
import { AppealsCard } from '../components/appeals.card';
import { useOversightYear } from '../components/oversight-year';
import { ScoreBreakdown, scoreColumns } from '../components/score-columns';
import { parseAssessmentFilters, toggleOpen } from '../utils/assessment-view';

/** Annual assessment: member units ranked from the ledger, each score's breakdown, appeals; the office freezes the year. */
export function AssessmentPage() {
  const { t, lang } = useT();
  const { params, update } = useUrlParams();
  const filters = useMemo(() => parseAssessmentFilters(params), [params]);
  const year = useOversightYear(filters.year);
  const scores = useAssessmentScores(year, filters.asOf);
  const scheme = useAssessmentScheme(year);
  const freeze = useFreezeAssessment(year ?? 0);
  const [appealing, setAppealing] = useState<UnitScoreDto | null>(null);
  if (year === null) return <Spin />;

  const data = scores.data;
  const noScheme = isApiError(scores.error) && scores.error.code === 'NOT_FOUND';
  const abilities = scheme.data?.abilities;
  const columns = scoreColumns(t, setAppealing);
  const extra = (
    <Flex wrap gap={8}>
      <Button icon={<DownloadOutlined />} href={`/api/assessment/${year}/export.xlsx`} download>
        {t('asmt.export')}
      </Button>
      {abilities?.freeze && !data?.frozen ? (
        <Popconfirm
          title={t('asmt.freezeConfirm', { year })}
          onConfirm={() => freeze.mutate(filters.asOf, { onSuccess: () => notify('success', t('asmt.frozenDone')) })}
        >
          <Button icon={<LockOutlined />} loading={freeze.isPending}>
            {t('asmt.freeze')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
  return (
    <>
      <PageHeader
        title={t('asmt.title')}
        subtitle={t('asmt.subtitle', { year, asOf: data?.asOf ?? filters.asOf ?? '…' })}
        extra={extra}
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label={t('common.search')}>
        <Select
          aria-label={t('dash.filter.year')}
          value={year}
          onChange={(v: number) => update({ year: v, asOf: null, open: null })}
          options={[year + 1, year, year - 1, year - 2].map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
        <DatePicker
          aria-label={t('dash.filter.asOf')}
          placeholder={t('dash.filter.asOf')}
          value={filters.asOf ? dayjs(filters.asOf) : null}
          minDate={dayjs(`${year}-01-01`)}
          maxDate={dayjs(`${year}-12-31`)}
          onChange={(d) => update({ asOf: d ? d.format('YYYY-MM-DD') : null })}
          className="xz-filter"
          disabled={data?.frozen}
        />
      </Flex>
      {data ? (
        <Alert
          type={data.frozen ? 'success' : 'info'}
          showIcon
          title={
            data.frozen ? t('asmt.frozen', { at: dayjs(data.frozenAt).format('YYYY-MM-DD HH:mm') }) : t('asmt.live')
          }
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {noScheme ? (
        <EmptyState description={t('asmt.noScheme', { year })} />
      ) : (
        <Table<UnitScoreDto>
          rowKey="unitId"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={scores.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{
            columnTitle: <span className="xz-visually-hidden">{t('asmt.breakdown')}</span>,
            expandedRowKeys: filters.open,
            onExpand: (_e, s) => update({ open: toggleOpen(filters.open, s.unitId) }),
            rowExpandable: (s) => s.isDetailVisible,
            expandedRowRender: (s) => <ScoreBreakdown score={s} t={t} lang={lang} />,
          }}
          locale={{
            emptyText: scores.error ? scores.error.message : <EmptyState description={t('asmt.noScheme', { year })} />,
          }}
        />
      )}
      <AppealsCard year={year} scheme={scheme.data} />
      {appealing ? <AppealDialog year={year} score={appealing} onClose={() => setAppealing(null)} /> : null}
    </>
  );
}
