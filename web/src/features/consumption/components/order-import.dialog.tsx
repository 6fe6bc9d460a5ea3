import { useEffect, useState } from 'react';
import { Alert, AutoComplete, Button, Col, Form, Input, Modal, Row, Statistic, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ORDER_EXPORT_FIELDS, type OrderImportResultDto, type PlatformMapping } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { ImportRowErrors, importRowErrors } from '../../../components/import-row-errors';
import { useImportMappings, useImportOrders } from '../api/use-order-import';
import { wan } from '../utils/consumption-format';

const SHEET = /\.(xlsx|csv)$/i;
const OPTIONAL = new Set(['supplier', 'buyer']);
/** What a platform's export is assumed to call its columns until a mapping is saved for it. */
const DEFAULT_MAPPING: PlatformMapping = {
  orderNo: '订单编号',
  product: '商品名称',
  supplier: null,
  quantity: '数量',
  amount: '实付金额',
  purchasedOn: '下单时间',
  buyer: null,
};
const KNOWN_PLATFORMS = ['58同镇', '农享'];

type Values = { platform: string } & Record<keyof PlatformMapping, string | undefined>;

/** 导入平台订单 (the office): platform, its column mapping (saved), one xlsx or CSV; the not-counted lines after. */
export function OrderImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [refused, setRefused] = useState(false);
  const saved = useImportMappings(true);
  const run = useImportOrders();
  const platform = Form.useWatch('platform', form);
  const mappings = saved.data?.items ?? [];
  useEffect(() => {
    const m = mappings.find((x) => x.platform === platform)?.mapping ?? DEFAULT_MAPPING;
    form.setFieldsValue(Object.fromEntries(ORDER_EXPORT_FIELDS.map((f) => [f, m[f] ?? ''])));
  }, [platform, saved.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const platforms = [...new Set([...mappings.map((m) => m.platform), ...KNOWN_PLATFORMS])];
  const submit = async () => {
    const v = await form.validateFields();
    if (!file) return;
    const mapping = Object.fromEntries(
      ORDER_EXPORT_FIELDS.map((f) => [f, v[f]?.trim() ? v[f]!.trim() : null]),
    ) as PlatformMapping;
    run.mutate({ platform: v.platform.trim(), mapping, file });
  };
  const rowErrors = importRowErrors(run.error);
  return (
    <Modal
      open
      width={760}
      title={t('consumption.import.title')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button key="go" type="primary" disabled={!file} loading={run.isPending} onClick={() => void submit()}>
          {t('consumption.import.upload')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('consumption.import.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ platform: KNOWN_PLATFORMS[0] }}>
        <Form.Item name="platform" label={t('consumption.import.platform')} rules={[{ required: true, max: 50 }]}>
          <AutoComplete options={platforms.map((p) => ({ value: p }))} />
        </Form.Item>
        <Typography.Text strong>{t('consumption.import.mapping')}</Typography.Text>
        <Row gutter={12} style={{ marginTop: 8 }}>
          {ORDER_EXPORT_FIELDS.map((f) => (
            <Col span={8} key={f}>
              <Form.Item
                name={f}
                label={t(`consumption.import.field.${f}`)}
                rules={[{ required: !OPTIONAL.has(f), whitespace: true, max: 100 }]}
              >
                <Input />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
      <Upload
        accept=".xlsx,.csv"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          const ok = SHEET.test(f.name);
          setFile(ok ? f : null);
          setRefused(!ok);
          run.reset();
          return ok ? false : Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined />}>{t('consumption.import.pick')}</Button>
      </Upload>{' '}
      {file ? <Typography.Text>{file.name}</Typography.Text> : null}
      {refused ? <Typography.Text type="danger">{t('consumption.import.notSheet')}</Typography.Text> : null}
      <div style={{ marginTop: 12 }}>
        {run.error && !rowErrors.length ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={isApiError(run.error) ? run.error.message : t('common.unexpectedError')}
          />
        ) : null}
        <ImportRowErrors rows={rowErrors} />
        {run.data ? <ImportResult result={run.data} /> : null}
      </div>
    </Modal>
  );
}

function ImportResult({ result }: { result: OrderImportResultDto }) {
  const { t, lang } = useT();
  return (
    <section aria-label={t('consumption.import.done')} aria-live="polite">
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('consumption.import.accepted')} value={result.accepted} />
        </Col>
        <Col span={8}>
          <Statistic title={t('consumption.import.countedWan')} value={wan(result.countedFen, lang)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('consumption.import.notCountedWan')} value={wan(result.notCountedFen, lang)} />
        </Col>
      </Row>
      {result.notCounted.length ? (
        <Table
          size="small"
          style={{ marginTop: 12 }}
          title={() => t('consumption.import.notCountedList', { n: result.notCounted.length })}
          rowKey="row"
          pagination={result.notCounted.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          dataSource={result.notCounted}
          columns={[
            { title: t('consumption.import.row'), dataIndex: 'row', width: 64 },
            { title: t('consumption.purchases.orderNo'), dataIndex: 'orderNo' },
            { title: t('consumption.purchases.product'), dataIndex: 'productName' },
            { title: t('consumption.col.amount'), dataIndex: 'amountFen', render: (f: number) => wan(f, lang) },
            {
              title: t('consumption.purchases.counted'),
              dataIndex: 'reason',
              render: (r: string) => t(`consumption.reason.${r}` as never),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
