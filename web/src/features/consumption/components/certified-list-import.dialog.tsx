import { useState } from 'react';
import { Alert, Button, Col, Modal, Row, Statistic, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { ImportRowErrors, importRowErrors } from '../../../components/import-row-errors';
import { useImportCertifiedList } from '../api/use-order-import';

const SHEET = /\.(xlsx|csv)$/i;

/** 导入认定目录: the province's certified list in one file; the counts, or every bad line by row (nothing changed). */
export function CertifiedListImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const [file, setFile] = useState<File | null>(null);
  const run = useImportCertifiedList();
  const rowErrors = importRowErrors(run.error);
  const r = run.data;
  return (
    <Modal
      open
      width={720}
      title={t('consumption.listImport.title')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button
          key="go"
          type="primary"
          disabled={!file}
          loading={run.isPending}
          onClick={() => file && run.mutate(file)}
        >
          {t('consumption.import.upload')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('consumption.listImport.hint')}</Typography.Paragraph>
      <Upload
        accept=".xlsx,.csv"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          const ok = SHEET.test(f.name);
          setFile(ok ? f : null);
          run.reset();
          return ok ? false : Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined />}>{t('consumption.import.pick')}</Button>
      </Upload>{' '}
      {file ? <Typography.Text>{file.name}</Typography.Text> : null}
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
        {r ? (
          <section aria-label={t('consumption.import.done')} aria-live="polite">
            <Row gutter={16}>
              {(
                [
                  ['certificatesCreated', r.certificatesCreated],
                  ['certificatesUpdated', r.certificatesUpdated],
                  ['productsCreated', r.productsCreated],
                  ['productsCertified', r.productsCertified],
                  ['purchasesRecounted', r.purchasesRecounted],
                ] as const
              ).map(([k, v]) => (
                <Col span={8} key={k}>
                  <Statistic title={t(`consumption.listImport.${k}`)} value={v} />
                </Col>
              ))}
            </Row>
          </section>
        ) : null}
      </div>
    </Modal>
  );
}
