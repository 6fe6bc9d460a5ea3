import { useState } from 'react';
import { Alert, Button, Col, Modal, Row, Space, Statistic, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { pickedFile, XlsxPicker, type XlsxPick } from '../../../components/xlsx-picker';
import { useImportPairings } from '../api/use-import-pairings.mutation';

/** 批量导入 (org.manage): template link, one .xlsx upload, then the counts and the rejects report link. */
export function ImportPairingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useT();
  const [pick, setPick] = useState<XlsxPick>(null);
  const file = pickedFile(pick);
  const run = useImportPairings();
  const result = run.data;
  const close = () => {
    setPick(null);
    run.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('pairings.import.title')}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={close}>
          {t('common.close')}
        </Button>,
        <Button
          key="go"
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={run.isPending}
          onClick={() => file && run.mutate(file)}
        >
          {t('pairings.import.upload')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('pairings.import.hint')}</Typography.Paragraph>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Button href="/api/pairings/template.xlsx" icon={<DownloadOutlined />}>
          {t('pairings.import.template')}
        </Button>
        <XlsxPicker
          pick={pick}
          onPick={(p) => {
            run.reset();
            setPick(p);
          }}
          pickLabel={t('pairings.import.pick')}
          notXlsx={t('pairings.import.notXlsx')}
        />
        {run.error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={isApiError(run.error) ? run.error.message : t('common.unexpectedError')}
          />
        ) : null}
        {result ? (
          <section aria-label={t('pairings.import.done')} aria-live="polite">
            <Row gutter={16}>
              <Col span={8}>
                <Statistic title={t('pairings.import.total')} value={result.total} />
              </Col>
              <Col span={8}>
                <Statistic
                  title={t('pairings.import.accepted')}
                  value={result.accepted}
                  styles={{ content: { color: '#237804' } }}
                />
              </Col>
              <Col span={8}>
                <Statistic
                  title={t('pairings.import.rejected')}
                  value={result.rejected}
                  styles={{ content: { color: result.rejected ? '#a8071a' : undefined } }}
                />
              </Col>
            </Row>
            {result.rejectsUrl ? (
              <Button
                type="link"
                href={result.rejectsUrl}
                icon={<DownloadOutlined />}
                style={{ paddingInline: 0, marginTop: 8 }}
              >
                {t('pairings.import.rejects')}
              </Button>
            ) : null}
          </section>
        ) : null}
      </Space>
    </Modal>
  );
}
