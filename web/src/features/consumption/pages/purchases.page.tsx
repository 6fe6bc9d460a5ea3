import { useState } from 'react';
import { Button, Checkbox, Flex, Table, Tag } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { actingOf } from '@xiezuo/domain';
import type { PurchaseDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import { usePurchases } from '../api/use-purchases.query';
import { useConfirmPurchase } from '../api/use-purchase.mutations';
import { PurchaseFormDialog } from '../components/purchase-form.dialog';
import { OrderImportDialog } from '../components/order-import.dialog';
import { useConsumptionYear, YearSelect } from '../components/year-select';
import { wan } from '../utils/consumption-format';

/** 采购记录: the year's purchases in scope; not-counted ones with their reason; the county confirms its own. */
export function PurchasesPage() {
  const { t, lang } = useT();
  const { year } = useConsumptionYear();
  const { get, update } = useUrlParams();
  const canWrite = useHasAbility('business.write');
  const notCounted = get('counted') === 'false';
  const page = Number(get('page') ?? 1) || 1;
  const list = usePurchases(year ? { year, page, pageSize: 20, ...(notCounted ? { counted: false } : {}) } : null);
  const confirm = useConfirmPurchase();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const isOffice = actingOf(useCurrentSession()).office;
  const actions = (
    <Flex wrap gap={8} align="center">
      <YearSelect />
      <Checkbox
        checked={notCounted}
        onChange={(e) => update({ counted: e.target.checked ? 'false' : null, page: null })}
      >
        {t('consumption.purchases.filterCounted')}
      </Checkbox>
      {canWrite && year ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('consumption.purchases.new')}
        </Button>
      ) : null}
      {canWrite && isOffice ? (
        <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
          {t('consumption.import.open')}
        </Button>
      ) : null}
    </Flex>
  );
  return (
    <>
      <PageHeader
        title={t('consumption.purchases.title')}
        subtitle={t('consumption.purchases.subtitle')}
        extra={actions}
      />
      <Table<PurchaseDto>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('consumption.purchases.empty') }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (p) => update({ page: p === 1 ? null : p }),
        }}
        columns={[
          { title: t('consumption.purchases.date'), dataIndex: 'purchasedOn', width: 110 },
          { title: t('consumption.purchases.buyer'), dataIndex: 'buyerName' },
          {
            title: t('consumption.purchases.product'),
            key: 'product',
            render: (_: unknown, p) => `${p.productName} · ${p.supplierName}`,
          },
          {
            title: t('consumption.purchases.channel'),
            key: 'channel',
            render: (_: unknown, p) =>
              `${t(`consumption.channel.${p.channel}`)}${p.platform ? ` · ${p.platform}` : ''}`,
          },
          {
            title: t('consumption.col.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (f: number) => wan(f, lang),
          },
          {
            title: t('consumption.purchases.counted'),
            key: 'counted',
            render: (_: unknown, p) =>
              p.notCountedReason ? (
                <Tag color="red">{t(`consumption.reason.${p.notCountedReason}`)}</Tag>
              ) : (
                <Tag color="green">{t('consumption.purchases.countedYes')}</Tag>
              ),
          },
          {
            title: t('consumption.purchases.status'),
            key: 'status',
            render: (_: unknown, p) =>
              p.abilities.confirm ? (
                <Button
                  size="small"
                  loading={confirm.isPending}
                  onClick={() => confirm.mutate({ id: p.id, version: p.version })}
                >
                  {t('consumption.purchases.confirm')}
                </Button>
              ) : (
                t(`consumption.status.${p.status}`)
              ),
          },
        ]}
      />
      {creating && year ? <PurchaseFormDialog year={year} onClose={() => setCreating(false)} /> : null}
      {importing ? <OrderImportDialog onClose={() => setImporting(false)} /> : null}
    </>
  );
}
