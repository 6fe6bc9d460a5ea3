import { useState } from 'react';
import { Button, Flex, Table, Typography } from 'antd';
import { Select } from '../../../components/select';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import {
  actingOf,
  TELEMED_KIND_LABELS,
  TELEMED_KINDS,
  TELEMED_STATUSES,
  TELEMED_STATUS_LABELS,
  TELEMED_URGENCY_LABELS,
  type TelemedRequestDto,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { intParam, useUrlParams } from '../../../app/use-url-params';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession } from '../../auth/session-context';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { useTelemedRequests } from '../api/use-telemedicine';
import { CreateRequestDialog } from '../components/create-request.dialog';
import { TelemedStatusTag } from '../components/telemed-status.tag';

const PAGE_SIZE = 20;

/** The requests in the caller's scope, filtered by county, status and kind (kept in the URL); a doctor opens one. */
export function TelemedListPage() {
  const { t, lang } = useT();
  const { get, update } = useUrlParams();
  const session = useCurrentSession();
  const org = useOrgOverview();
  const [creating, setCreating] = useState(false);
  const page = intParam(get('page'), 1);
  const q = { county: get('county'), status: get('status'), kind: get('kind'), page, pageSize: PAGE_SIZE };
  const res = useTelemedRequests(q);
  const set = (patch: Record<string, string | null>) => update({ ...patch, page: null });
  // the office and the doctors of a hospital (unit grants) may open requests; the server decides for which pair
  const acting = actingOf(session);
  const mayOpen = session.abilities.includes('business.write') && (acting.office || acting.units.length > 0);
  const columns = [
    {
      key: 'number',
      title: t('telemed.col.number'),
      render: (_: unknown, r: TelemedRequestDto) => <Link to={`/telemedicine/${r.id}`}>{r.number}</Link>,
    },
    {
      key: 'status',
      title: t('telemed.col.status'),
      render: (_: unknown, r: TelemedRequestDto) => <TelemedStatusTag status={r.status} lang={lang} />,
    },
    {
      key: 'kind',
      title: t('telemed.col.kind'),
      render: (_: unknown, r: TelemedRequestDto) => TELEMED_KIND_LABELS[r.kind][lang],
    },
    { key: 'dept', title: t('telemed.col.department'), dataIndex: 'department' },
    {
      key: 'from',
      title: t('telemed.col.from'),
      render: (_: unknown, r: TelemedRequestDto) => `${r.westHospital.name}（${r.county.name}）`,
    },
    { key: 'to', title: t('telemed.col.to'), render: (_: unknown, r: TelemedRequestDto) => r.eastHospital.name },
    {
      key: 'urgency',
      title: t('telemed.col.urgency'),
      render: (_: unknown, r: TelemedRequestDto) => TELEMED_URGENCY_LABELS[r.urgency][lang],
    },
    {
      key: 'expert',
      title: t('telemed.col.expert'),
      render: (_: unknown, r: TelemedRequestDto) => r.expert?.name ?? '—',
    },
    {
      key: 'at',
      title: t('telemed.col.requestedAt'),
      render: (_: unknown, r: TelemedRequestDto) => r.requestedAt.slice(0, 10),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('telemed.title')}
        subtitle={t('telemed.subtitle')}
        extra={
          mayOpen ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('telemed.new')}
            </Button>
          ) : null
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label={t('common.search')}>
        <Select
          aria-label={t('telemed.filter.county')}
          placeholder={t('telemed.filter.allCounties')}
          allowClear
          value={q.county ?? undefined}
          onChange={(v: string | undefined) => set({ county: v ?? null })}
          options={(org.data?.counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
          style={{ width: 160 }}
        />
        <Select
          aria-label={t('telemed.filter.status')}
          placeholder={t('telemed.filter.allStatuses')}
          allowClear
          value={q.status ?? undefined}
          onChange={(v: string | undefined) => set({ status: v ?? null })}
          options={TELEMED_STATUSES.map((s) => ({ value: s, label: TELEMED_STATUS_LABELS[s][lang] }))}
          style={{ width: 160 }}
        />
        <Select
          aria-label={t('telemed.filter.kind')}
          placeholder={t('telemed.filter.allKinds')}
          allowClear
          value={q.kind ?? undefined}
          onChange={(v: string | undefined) => set({ kind: v ?? null })}
          options={TELEMED_KINDS.map((k) => ({ value: k, label: TELEMED_KIND_LABELS[k][lang] }))}
          style={{ width: 160 }}
        />
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
          {t('telemed.total', { n: res.data?.total ?? 0 })}
        </Typography.Text>
      </Flex>
      <Table<TelemedRequestDto>
        rowKey="id"
        size="small"
        loading={res.isFetching}
        dataSource={res.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: t('telemed.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: res.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (p) => update({ page: p === 1 ? null : p }),
        }}
        scroll={{ x: 'max-content' }}
      />
      <CreateRequestDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
