import { useState } from 'react';
import { Alert, Button, Form, Modal, Space, Typography } from 'antd';
import { Select } from '../../../components/select';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { DOCUMENT_KIND_LABELS, type DocumentDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { importRowErrors, ImportRowErrors } from '../../../components/import-row-errors';
import { pickedFile, XlsxPicker, type XlsxPick } from '../../../components/xlsx-picker';
import { useImportTasks } from '../api/use-documents';

type Props = { open: boolean; documents: DocumentDto[]; initial: string | null; onClose: () => void };

/** Imports a document's clauses from one .xlsx: the template to download, every problem by row, or the counts. */
export function ImportTasksDialog({ open, documents, initial, onClose }: Props) {
  const { t, lang } = useT();
  const [documentId, setDocumentId] = useState<string | null>(initial);
  const [pick, setPick] = useState<XlsxPick>(null);
  const file = pickedFile(pick);
  const run = useImportTasks();
  const rows = importRowErrors(run.error);
  const target = documentId ?? initial;
  const close = () => {
    setPick(null);
    run.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('tasks.import.title')}
      onCancel={close}
      destroyOnHidden
      width={760}
      footer={[
        <Button key="close" onClick={close}>
          {t('common.close')}
        </Button>,
        <Button
          key="go"
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file || !target}
          loading={run.isPending}
          onClick={() => file && target && run.mutate({ id: target, file })}
        >
          {t('tasks.import.run')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('tasks.import.hint')}</Typography.Paragraph>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Form layout="vertical" component="div">
          <Form.Item label={t('tasks.import.document')} style={{ marginBottom: 0 }}>
            <Select
              aria-label={t('tasks.import.document')}
              value={target ?? undefined}
              onChange={(v: string) => {
                run.reset();
                setDocumentId(v);
              }}
              options={documents.map((d) => ({
                value: d.id,
                label: `${DOCUMENT_KIND_LABELS[d.kind][lang]} · ${d.title}`,
              }))}
            />
          </Form.Item>
        </Form>
        <Space wrap>
          {target ? (
            <Button icon={<DownloadOutlined />} href={`/api/documents/${target}/tasks.xlsx`}>
              {t('tasks.import.template')}
            </Button>
          ) : null}
          <XlsxPicker
            pick={pick}
            onPick={(p) => {
              run.reset();
              setPick(p);
            }}
            pickLabel={t('tasks.import.pick')}
            notXlsx={t('tasks.import.notXlsx')}
          />
        </Space>
        {run.error && !rows.length ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={isApiError(run.error) ? run.error.message : t('common.unexpectedError')}
          />
        ) : null}
        <ImportRowErrors rows={rows} />
        {run.data ? (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('tasks.import.done', {
              created: run.data.created.length,
              updated: run.data.updated.length,
              unchanged: run.data.unchanged.length,
            })}
          />
        ) : null}
      </Space>
    </Modal>
  );
}
