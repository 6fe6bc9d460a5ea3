import { Card, Descriptions, Table, Tag } from 'antd';
import type { ProductDto, PurchaseDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useSupplierPortal } from '../api/use-supplier-portal';
import { wan } from '../utils/consumption-format';

/** A signed-in supplier's own catalogue and the purchases of its products (newest first), on its account page. */
export function SupplierPortalSection() {
  const { t, lang } = useT();
  const portal = useSupplierPortal();
  const d = portal.data;
  return (
    <Card title={t('consumption.portal.title')} loading={portal.isLoading} className="xz-ledger-card">
      {d ? (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('consumption.catalogue.name')}>{d.supplier.name}</Descriptions.Item>
            <Descriptions.Item label={t('consumption.catalogue.certificate')}>
              {d.supplier.certificates.map((c) => `${c.number}（${c.validFrom} – ${c.validTo}）`).join('；') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Table<ProductDto>
            rowKey="id"
            size="small"
            pagination={false}
            title={() => t('consumption.catalogue.products')}
            dataSource={d.products}
            columns={[
              { title: t('consumption.catalogue.name'), dataIndex: 'name' },
              {
                title: t('consumption.catalogue.price'),
                dataIndex: 'priceFen',
                render: (f: number) => (f / 100).toFixed(2),
              },
              {
                title: t('consumption.catalogue.certificate'),
                key: 'c',
                render: (_: unknown, p) =>
                  p.isCertified ? (
                    <Tag color="green">{t('consumption.catalogue.certified')}</Tag>
                  ) : (
                    <Tag>{t('consumption.catalogue.notCertified')}</Tag>
                  ),
              },
            ]}
          />
          <Table<PurchaseDto>
            rowKey="id"
            size="small"
            style={{ marginTop: 16 }}
            pagination={false}
            title={() => t('consumption.portal.orders', { n: d.purchases.total })}
            dataSource={d.purchases.items}
            columns={[
              { title: t('consumption.purchases.date'), dataIndex: 'purchasedOn', width: 110 },
              { title: t('consumption.purchases.product'), dataIndex: 'productName' },
              { title: t('consumption.purchases.buyer'), dataIndex: 'buyerName' },
              { title: t('consumption.col.amount'), dataIndex: 'amountFen', render: (f: number) => wan(f, lang) },
              {
                title: t('consumption.purchases.status'),
                dataIndex: 'status',
                render: (s: PurchaseDto['status']) => t(`consumption.status.${s}`),
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
