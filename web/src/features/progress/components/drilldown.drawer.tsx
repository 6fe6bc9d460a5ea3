import { Alert, Button, Drawer, Flex, Grid, Segmented, Table, Tag, Typography } from 'antd';
import type { IndicatorProgressDto, RecordSummaryDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import type { DrillPersonDto as DrillPerson } from '@xiezuo/domain';
import { useDrilldown } from '../api/use-drilldown.query';
import type { DrillPart, DrillState, DrillWhich, ProgressApiQuery } from '../utils/dashboard-params';
import { drillPersonColumns, drillRecordColumns } from './drill-columns';

type Props = {
  year: number;
  query: ProgressApiQuery;
  drill: DrillState | null;
  item: IndicatorProgressDto | undefined;
  onChange: (d: DrillState | null) => void;
};

/** The records (and, for person rules, the distinct persons, masked) behind one number of the view. */
export function DrilldownDrawer({ year, query, drill, item, onChange }: Props) {
  const { t, lang } = useT();
  const screens = Grid.useBreakpoint();
  const county = drill?.county ?? query.county;
  const res = useDrilldown(year, drill?.code ?? null, {
    ...query,
    county,
    part: drill?.part ?? 'value',
    which: drill?.which ?? 'confirmed',
  });
  const isRatio = item?.numerator !== undefined;
  const countyName = item?.counties.find((c) => c.countyCode === drill?.county)?.countyName ?? drill?.county;
  const data = res.data;
  const set = (patch: Partial<DrillState>) => drill && onChange({ ...drill, ...patch });

  return (
    <Drawer
      open={drill !== null}
      onClose={() => onChange(null)}
      size={screens.md ? 880 : '100%'}
      title={t('drill.title', { name: item?.name[lang] ?? drill?.code ?? '' })}
      destroyOnHidden
    >
      {drill ? (
        <Flex vertical gap={12}>
          <Flex wrap gap={8} align="center">
            {isRatio ? (
              <Segmented<DrillPart>
                aria-label={t('drill.part')}
                value={drill.part === 'value' ? 'numerator' : drill.part}
                onChange={(part) => set({ part })}
                options={(['numerator', 'denominator'] as const).map((p) => ({
                  value: p,
                  label: t(`drill.part.${p}`),
                }))}
              />
            ) : null}
            <Segmented<DrillWhich>
              aria-label={t('drill.which')}
              value={drill.which}
              onChange={(which) => set({ which })}
              options={(['confirmed', 'claimed'] as const).map((w) => ({ value: w, label: t(`drill.which.${w}`) }))}
            />
            {drill.county ? (
              <>
                <Tag>{t('drill.county', { name: countyName ?? '' })}</Tag>
                <Button size="small" onClick={() => set({ county: null })}>
                  {t('drill.clearCounty')}
                </Button>
              </>
            ) : null}
          </Flex>
          {res.error ? <Alert type="error" showIcon title={res.error.message} /> : null}
          {data ? (
            <Typography.Text type="secondary" role="status">
              {data.records.length < data.total
                ? t('drill.truncated', { total: data.total, n: data.records.length })
                : t('drill.total', { total: data.total })}
            </Typography.Text>
          ) : null}
          <Table<RecordSummaryDto>
            rowKey="id"
            size="small"
            loading={res.isFetching}
            columns={drillRecordColumns(t, lang)}
            dataSource={data?.records ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('drill.noRecords')} /> }}
          />
          {data && data.persons.length > 0 ? (
            <section aria-labelledby="drill-persons">
              <Typography.Title level={3} id="drill-persons" className="xz-subheading">
                {t('drill.persons')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('drill.personsHint')}</Typography.Paragraph>
              <Table<DrillPerson>
                rowKey="personId"
                size="small"
                columns={drillPersonColumns(t)}
                dataSource={data.persons}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              />
            </section>
          ) : null}
        </Flex>
      ) : null}
    </Drawer>
  );
}
