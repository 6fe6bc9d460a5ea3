import { Form, Input, Modal } from 'antd';
import { useT } from '../../../app/i18n';

type Props = {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  loading: boolean;
  minLength?: number;
  onOk: (reason: string) => void;
  onClose: () => void;
};

/** A required reason for dispute and return (the server refuses them without one). */
export function ReasonDialog({ open, title, okText, danger, loading, minLength = 2, onOk, onClose }: Props) {
  const { t } = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" name="ledger-reason" onFinish={(v) => onOk(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('ledger.reason.label')}
          rules={[{ required: true, whitespace: true, min: minLength, message: t('ledger.reason.required') }]}
        >
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 8 }} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
