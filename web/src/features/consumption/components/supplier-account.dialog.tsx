import { Alert, Form, Input, Modal, Typography } from 'antd';
import type { SupplierDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { useGrantSupplierAccount } from '../api/use-supplier-portal';

/** 开通供应商账号: the phone the supplier signs in with by SMS code to see its own products and orders. */
export function SupplierAccountDialog({ supplier, onClose }: { supplier: SupplierDto; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ phone: string }>();
  const grant = useGrantSupplierAccount();
  const submit = async () => {
    const v = await form.validateFields();
    grant.mutate({ supplierId: supplier.id, phone: v.phone });
  };
  return (
    <Modal
      open
      title={t('consumption.account.title', { name: supplier.name })}
      okText={t('consumption.account.grant')}
      onOk={() => void submit()}
      okButtonProps={{ loading: grant.isPending, disabled: Boolean(grant.data) }}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('consumption.account.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="phone"
          label={t('consumption.account.phone')}
          rules={[{ required: true, pattern: /^1\d{10}$/, message: t('consumption.account.phoneInvalid') }]}
        >
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Form>
      {grant.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={isApiError(grant.error) ? grant.error.message : t('common.unexpectedError')}
        />
      ) : null}
      {grant.data ? (
        <Alert type="success" showIcon title={t('consumption.account.done', { phone: grant.data.phoneMasked })} />
      ) : null}
    </Modal>
  );
}
