import { useMemo, useState } from 'react';
import { Alert, Button, Flex, Spin, Table } from 'antd';
import { Select } from '../../../components/select';
import { PlusOutlined } from '@ant-design/icons';
import type { AdjustmentDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { isApiError } from '../../../api/api-error';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useAdjustments, useAssessmentScheme, useAssessmentScores } from '../api/use-assessment.query';
import { useAttachAdjustmentFile } from '../api/use-assessment-mutations';
import { adjustmentColumns } from '../components/adjustment-columns';
import { AdjustmentDialog } from '../components/adjustment.dialog';
import { useOversightYear } from '../components/oversight-year';
import { adjustmentItems, adjustmentsOf, checkEvidenceFile } from '../utils/adjustment-form';
import { parseAssessmentFilters } from '../utils/assessment-view';
import '../components/oversight.css';

const UUID = /^[0-9a-f-]{36}$/i;

/** Bonuses and deductions of the year, by unit (in the URL); the office records them with reason, reference and files. */
export function AssessmentAdjustmentsPage() {
  const { t, lang } = useT();
  const { params, update } = useUrlParams();
  const filters = useMemo(() => parseAssessmentFilters(params), [params]);
  const unitParam = params.get('unit');
  const unitId = unitParam && UUID.test(unitParam) ? unitParam : null;
  const year = useOversightYear(filters.year);
  const scheme = useAssessmentScheme(year);
  const adjustments = useAdjustments(year);
  // the ranking lists every member unit: the units an adjustment may be for
  const scores = useAssessmentScores(year, null);
  const attach = useAttachAdjustmentFile(year ?? 0);
  const [isAdding, setAdding] = useState(false);
  const units = useMemo(
    () =>
      [...(scores.data?.items ?? [])]
        .map((s) => ({ id: s.unitId, name: s.unitName }))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    [scores.data],
  );
  const rows = useMemo(() => adjustmentsOf(adjustments.data ?? [], unitId), [adjustments.data, unitId]);

  if (year === null || scheme.isPending) {
    return (
      <div className="xz-content__loading" role="status">
        <Spin description={t('common.loading')} />
      </div>
    );
  }
  const noScheme = isApiError(scheme.error) && scheme.error.code === 'NOT_FOUND';
  const data = scheme.data;
  const hasItems = data ? adjustmentItems(data.items).length > 0 : false;
  const onAttach = (a: AdjustmentDto, file: File) => {
    const refused = checkEvidenceFile(file);
    if (refused) return notify('warning', t(`asmt.adj.err.${refused}`));
    attach.mutate(
      { id: a.id, file },
      { onSuccess: () => notify('success', t('asmt.adj.attached', { name: file.name })) },
    );
  };
  const extra = (
    <Flex wrap gap={8}>
      <Select
        aria-label={t('dash.filter.year')}
        value={year}
        onChange={(v: number) => update({ year: v, unit: null })}
        options={[year + 1, year, year - 1, year - 2].map((y) => ({ value: y, label: String(y) }))}
        style={{ width: 100 }}
      />
      {data?.abilities.adjust && hasItems ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('asmt.adj.add')}
        </Button>
      ) : null}
    </Flex>
  );
  return (
    <>
      <PageHeader title={t('asmt.adj.title', { year })} subtitle={t('asmt.adj.subtitle')} extra={extra} />
      {noScheme ? (
        <EmptyState description={t('asmt.noScheme', { year })} />
      ) : (
        <>
          {data && !hasItems ? (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('asmt.adj.noItems')} />
          ) : null}
          <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label={t('common.search')}>
            <Select
              aria-label={t('asmt.adj.filter.unit')}
              placeholder={t('asmt.adj.filter.allUnits')}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={unitId ?? undefined}
              onChange={(v?: string) => update({ unit: v ?? null })}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
              className="xz-filter xz-filter--wide"
            />
          </Flex>
          <Table<AdjustmentDto>
            rowKey="id"
            size="middle"
            columns={adjustmentColumns({
              t,
              lang,
              items: data?.items ?? [],
              attachingId: attach.isPending ? (attach.variables?.id ?? null) : null,
              onAttach,
            })}
            dataSource={rows}
            loading={adjustments.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { n }) }}
            locale={{
              emptyText: adjustments.error ? (
                adjustments.error.message
              ) : (
                <EmptyState description={t('asmt.adj.empty')} />
              ),
            }}
          />
        </>
      )}
      {isAdding && data ? (
        <AdjustmentDialog
          year={year}
          scheme={data}
          units={units}
          adjustments={adjustments.data ?? []}
          initialUnit={unitId}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </>
  );
}
