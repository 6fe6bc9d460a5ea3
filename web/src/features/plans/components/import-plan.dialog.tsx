import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { importRowErrors, ImportRowErrors } from '../../../components/import-row-errors';
import { pickedFile, XlsxPicker, type XlsxPick } from '../../../components/xlsx-picker';
import { useImportPlan } from '../api/use-plan-mutations';

type Props = { open: boolean; year: number; needsReason: boolean; onClose: () => void };

/** Imports a catalog sheet: one .xlsx, a reason when the plan is published; every problem listed by row, or the counts. */
export function ImportPlanDialog({ open, year, needsReason, onClose }: Props) {
  const { t } = useT();
  const [pick, setPick] = useState<XlsxPick>(null);
  const file = pickedFile(pick);
  const [form] = Form.useForm<{ reason?: string }>();
  const run = useImportPlan(year);
  const rows = importRowErrors(run.error);
  const close = () => {
    setPick(null);
    run.reset();
    onClose();
  };
  const upload = (v: { reason?: string }) => file && run.mutate({ file, reason: v.reason?.trim() || undefined });
  return (
    <Modal
      open={open}
      title={t('plans.import.title', { year })}
      onCancel={close}
      destroyOnHidden
      forceRender
      width={760}
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
          onClick={() => form.submit()}
        >
          {t('plans.import.upload')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('plans.import.hint')}</Typography.Paragraph>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <XlsxPicker
          pick={pick}
          onPick={(p) => {
            run.reset();
            setPick(p);
          }}
          pickLabel={t('plans.import.pick')}
          notXlsx={t('plans.import.notXlsx')}
        />
        <Form form={form} layout="vertical" name="plan-import" onFinish={upload}>
          {needsReason ? (
            <Form.Item
              name="reason"
              label={t('plans.reason')}
              extra={t('plans.reason.hint')}
              rules={[{ required: true, whitespace: true, message: t('plans.reason.required') }]}
            >
              <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          ) : null}
        </Form>
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
            title={t('plans.import.done', {
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
