import { useState } from 'react';
import { Button, Card, Col, Input, Row, Space, Table, Tag } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { actingOf } from '@xiezuo/domain';
import type { ProductDto, SupplierDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { PageHeader } from '../../../components/page-header';
import { useWorkingDate } from '../../settings/api/use-working-date';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import { CertifiedListImportDialog } from '../components/certified-list-import.dialog';
import { SupplierAccountDialog } from '../components/supplier-account.dialog';
import { SupplierFormDialog } from '../components/supplier-form.dialog';
import { ProductFormDialog } from '../components/product-form.dialog';
import { useProducts, useSuppliers } from '../api/use-catalogue.query';

const today = () => new Date().toISOString().slice(0, 10);

/** 扶贫产品目录: suppliers with their certificates (ending within 60 days of the chosen date marked) and products. */
export function CataloguePage() {
  const { t } = useT();
  const { get, update } = useUrlParams();
  // certificates are judged on the district's working date (数据截至) unless the URL names another
  const workingDate = useWorkingDate(true).data?.workingDate;
  const asOf = get('asOf') ?? workingDate ?? today();
  const page = Number(get('page') ?? 1) || 1;
  const suppliers = useSuppliers(asOf);
  const products = useProducts({ asOf, page, pageSize: 20 });
  const acting = actingOf(useCurrentSession());
  const canKeep = useHasAbility('business.write') && (acting.office || acting.counties.length > 0);
  const [importing, setImporting] = useState(false);
  const [accountFor, setAccountFor] = useState<SupplierDto | null>(null);
  const [editSupplier, setEditSupplier] = useState<SupplierDto | 'new' | null>(null);
  const [editProduct, setEditProduct] = useState<ProductDto | 'new' | null>(null);
  const asOfInput = (
    <Space>
      <label htmlFor="consumption-as-of">{t('consumption.catalogue.asOf')}</label>
      <Input
        id="consumption-as-of"
        type="date"
        value={asOf}
        onChange={(e) => update({ asOf: e.target.value || null, page: null })}
      />
      {canKeep ? (
        <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
          {t('consumption.listImport.open')}
        </Button>
      ) : null}
    </Space>
  );
  return (
    <>
      <PageHeader
        title={t('consumption.catalogue.title')}
        subtitle={t('consumption.catalogue.subtitle')}
        extra={asOfInput}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t('consumption.catalogue.suppliers')}
            extra={
              canKeep ? (
                <Button size="small" type="primary" onClick={() => setEditSupplier('new')}>
                  {t('consumption.form.newSupplier')}
                </Button>
              ) : null
            }
          >
            <Table<SupplierDto>
              rowKey="id"
              size="small"
              pagination={false}
              loading={suppliers.isLoading}
              dataSource={suppliers.data?.items ?? []}
              scroll={{ x: 420 }}
              columns={[
                { title: t('consumption.catalogue.name'), dataIndex: 'name' },
                { title: t('consumption.catalogue.county'), dataIndex: 'countyName', width: 80 },
                {
                  title: t('consumption.catalogue.certificate'),
                  key: 'cert',
                  render: (_: unknown, s) =>
                    s.certificates.map((c) => (
                      <div key={c.id}>
                        {t('consumption.catalogue.validTo', { date: c.validTo })}{' '}
                        {c.isExpiringSoon ? <Tag color="orange">{t('consumption.catalogue.expiring')}</Tag> : null}
                      </div>
                    )),
                },
                ...(canKeep
                  ? [
                      {
                        title: t('consumption.account.phone'),
                        key: 'account',
                        render: (_: unknown, s: SupplierDto) => (
                          <Space size={4}>
                            <Button size="small" onClick={() => setEditSupplier(s)}>
                              {t('consumption.form.edit')}
                            </Button>
                            <Button size="small" onClick={() => setAccountFor(s)}>
                              {t('consumption.account.open')}
                            </Button>
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={t('consumption.catalogue.products')}
            extra={
              canKeep ? (
                <Button size="small" type="primary" onClick={() => setEditProduct('new')}>
                  {t('consumption.form.newProduct')}
                </Button>
              ) : null
            }
          >
            <Table<ProductDto>
              rowKey="id"
              size="small"
              loading={products.isLoading}
              dataSource={products.data?.items ?? []}
              scroll={{ x: 480 }}
              pagination={{
                current: page,
                pageSize: 20,
                total: products.data?.total ?? 0,
                showSizeChanger: false,
                onChange: (p) => update({ page: p === 1 ? null : p }),
              }}
              columns={[
                { title: t('consumption.catalogue.name'), dataIndex: 'name' },
                { title: t('consumption.catalogue.suppliers'), dataIndex: 'supplierName' },
                {
                  title: t('consumption.catalogue.category'),
                  dataIndex: 'category',
                  render: (c: ProductDto['category']) => t(`consumption.category.${c}`),
                },
                {
                  title: t('consumption.catalogue.price'),
                  dataIndex: 'priceFen',
                  align: 'right',
                  render: (f: number) => (f / 100).toFixed(2),
                },
                {
                  title: t('consumption.catalogue.certificate'),
                  key: 'certified',
                  render: (_: unknown, p) =>
                    p.isCertified ? (
                      <Tag color={p.certificate?.isExpiringSoon ? 'orange' : 'green'}>
                        {t('consumption.catalogue.certified')}
                      </Tag>
                    ) : (
                      <Tag>{t('consumption.catalogue.notCertified')}</Tag>
                    ),
                },
                ...(canKeep
                  ? [
                      {
                        title: '',
                        key: 'edit',
                        render: (_: unknown, p: ProductDto) => (
                          <Button size="small" onClick={() => setEditProduct(p)}>
                            {t('consumption.form.edit')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
      {importing ? <CertifiedListImportDialog onClose={() => setImporting(false)} /> : null}
      {editSupplier ? (
        <SupplierFormDialog
          supplier={editSupplier === 'new' ? null : editSupplier}
          onClose={() => setEditSupplier(null)}
        />
      ) : null}
      {editProduct ? (
        <ProductFormDialog
          product={editProduct === 'new' ? null : editProduct}
          suppliers={suppliers.data?.items ?? []}
          onClose={() => setEditProduct(null)}
        />
      ) : null}
      {accountFor ? <SupplierAccountDialog supplier={accountFor} onClose={() => setAccountFor(null)} /> : null}
    </>
  );
}
