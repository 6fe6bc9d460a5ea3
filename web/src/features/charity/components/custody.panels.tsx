import { Alert, Button, Card, Form, Input, InputNumber, Space, Table, Tag } from 'antd';
import { Select } from '../../../components/select';
import { useState } from 'react';
import { TRANSFER_STATUS_LABELS, type ReceiptDto, type TransferDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import {
  useClaims,
  useConfirmTransfer,
  useCreateTransfer,
  useDonors,
  useReceipts,
  useRecordReceipt,
  useTransfers,
} from '../api/charity.api';
import { yuanText } from '../utils/money';

/** Red Cross: record money or goods received against one donor's reserved claims; the list of receipts (票据). */
export function ReceiptsPanel({ asOf, canRecord }: { asOf: string; canRecord: boolean }) {
  const { t } = useT();
  const [donorId, setDonorId] = useState<string>();
  const donors = useDonors(canRecord);
  const claims = useClaims({ status: 'reserved', donorId, pageSize: 500 }, Boolean(donorId));
  const receipts = useReceipts();
  const record = useRecordReceipt();
  const [form] = Form.useForm();
  const onFinish = (v: {
    claimIds: string[];
    amountYuan: number;
    form: string;
    bankRef: string;
    valuationNote?: string;
  }) =>
    record.mutate(
      {
        donorId,
        claimIds: v.claimIds,
        amountFen: Math.round(v.amountYuan * 100),
        form: v.form,
        bankRef: v.bankRef,
        valuationNote: v.valuationNote || null,
        receivedOn: asOf,
      },
      { onSuccess: () => form.resetFields() },
    );
  return (
    <>
      {canRecord ? (
        <Card size="small" title={t('charity.receipt.new')} style={{ marginBottom: 12 }}>
          {record.error ? (
            <Alert type="error" showIcon title={record.error.message} style={{ marginBottom: 8 }} />
          ) : null}
          <Form form={form} layout="inline" onFinish={onFinish} initialValues={{ form: 'cash' }}>
            <Form.Item label={t('charity.receipt.donor')}>
              <Select
                aria-label={t('charity.receipt.donor')}
                showSearch
                optionFilterProp="label"
                style={{ minWidth: 220 }}
                value={donorId}
                onChange={setDonorId}
                options={(donors.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
            <Form.Item name="claimIds" label={t('charity.receipt.claims')} rules={[{ required: true }]}>
              <Select
                mode="multiple"
                style={{ minWidth: 260 }}
                options={(claims.data?.items ?? []).map((c) => ({
                  value: c.id,
                  label: `${c.needTitle} · ${c.countyName} · ${yuanText(c.amountFen)} 元`,
                }))}
              />
            </Form.Item>
            <Form.Item name="amountYuan" label={t('charity.amount')} rules={[{ required: true }]}>
              <InputNumber min={0.01} precision={2} />
            </Form.Item>
            <Form.Item name="form" label={t('charity.receipt.form')}>
              <Select
                style={{ width: 120 }}
                options={[
                  { value: 'cash', label: t('charity.receipt.form.cash') },
                  { value: 'goods', label: t('charity.receipt.form.goods') },
                ]}
              />
            </Form.Item>
            <Form.Item name="bankRef" label={t('charity.receipt.bankRef')} rules={[{ required: true, min: 4 }]}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="valuationNote" label={t('charity.receipt.valuation')}>
              <Input maxLength={300} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={record.isPending}>
              {t('charity.receipt.new')}
            </Button>
          </Form>
        </Card>
      ) : null}
      <Table<ReceiptDto>
        rowKey="id"
        size="small"
        loading={receipts.isPending}
        dataSource={receipts.data?.items ?? []}
        scroll={{ x: 800 }}
        columns={[
          { title: t('charity.receipt.no'), dataIndex: 'receiptNo' },
          { title: t('charity.receipt.donor'), dataIndex: 'donorName' },
          { title: t('charity.amount'), render: (_, r) => `${yuanText(r.amountFen)} 元` },
          { title: t('charity.receipt.on'), dataIndex: 'receivedOn' },
          { title: t('charity.receipt.claims'), render: (_, r) => r.claims.length },
          {
            title: t('charity.verify'),
            render: (_, r) => <a href={`/charity/verify/${r.verifyCode}`}>{r.verifyCode}</a>,
          },
        ]}
      />
    </>
  );
}

/** Batches passed on to counties: the Red Cross makes them from received claims of one county; the county confirms. */
export function TransfersPanel({ asOf, canCreate }: { asOf: string; canCreate: boolean }) {
  const { t, lang } = useT();
  const [county, setCounty] = useState<string>();
  const claims = useClaims({ status: 'received', county, pageSize: 500 }, canCreate && Boolean(county));
  const transfers = useTransfers();
  const create = useCreateTransfer();
  const confirm = useConfirmTransfer();
  const [picked, setPicked] = useState<string[]>([]);
  const counties = [
    { value: '621022', label: '环县' },
    { value: '621021', label: '庆城县' },
    { value: '623027', label: '夏河县' },
  ];
  const error = create.error ?? confirm.error;
  return (
    <>
      {error ? <Alert type="error" showIcon title={error.message} style={{ marginBottom: 8 }} /> : null}
      {canCreate ? (
        <Card size="small" title={t('charity.transfer.new')} style={{ marginBottom: 12 }}>
          <Space wrap>
            <Select
              aria-label={t('charity.field.county')}
              style={{ minWidth: 120 }}
              value={county}
              onChange={(c) => (setCounty(c), setPicked([]))}
              options={counties}
            />
            <Select
              aria-label={t('charity.transfer.pick')}
              mode="multiple"
              style={{ minWidth: 320 }}
              value={picked}
              onChange={setPicked}
              options={(claims.data?.items ?? []).map((c) => ({
                value: c.id,
                label: `${c.needTitle} · ${c.receiptNo ?? ''} · ${yuanText(c.amountFen)} 元`,
              }))}
            />
            <Button
              type="primary"
              disabled={!county || !picked.length}
              loading={create.isPending}
              onClick={() =>
                create.mutate(
                  { countyCode: county, claimIds: picked, transferredOn: asOf },
                  { onSuccess: () => setPicked([]) },
                )
              }
            >
              {t('charity.transfer.new')}
            </Button>
          </Space>
        </Card>
      ) : null}
      <Table<TransferDto>
        rowKey="id"
        size="small"
        loading={transfers.isPending}
        dataSource={transfers.data?.items ?? []}
        scroll={{ x: 800 }}
        columns={[
          { title: t('charity.transfer.no'), dataIndex: 'batchNo' },
          { title: t('charity.field.county'), dataIndex: 'countyName' },
          { title: t('charity.amount'), render: (_, x) => `${yuanText(x.amountFen)} 元` },
          { title: t('charity.transfer.on'), dataIndex: 'transferredOn' },
          { title: t('charity.col.status'), render: (_, x) => <Tag>{TRANSFER_STATUS_LABELS[x.status][lang]}</Tag> },
          {
            title: t('charity.verify'),
            render: (_, x) => <a href={`/charity/verify/${x.verifyCode}`}>{x.verifyCode}</a>,
          },
          {
            title: t('charity.col.actions'),
            render: (_, x) =>
              x.abilities.confirm ? (
                <Button size="small" type="primary" onClick={() => confirm.mutate({ id: x.id, version: x.version })}>
                  {t('charity.action.confirm')}
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
