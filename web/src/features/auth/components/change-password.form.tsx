import { useId } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../app/i18n';
import { useChangePassword } from '../api/use-change-password.mutation';
import { passwordErrorLines } from '../utils/password-problems';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/** Current, new and confirmed password; the server's policy verdict is shown beside the field it concerns. */
export function ChangePasswordForm({
  username,
  onDone,
  onCancel,
}: {
  username: string;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t, lang } = useT();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const formId = useId();

  const onFinish = (v: Values) => {
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          onDone();
        },
        onError: (error) => {
          const lines = passwordErrorLines(error, lang);
          if (lines) form.setFields([{ name: 'newPassword', errors: lines }]);
          else if (isApiError(error) && error.code === 'INVALID_CREDENTIALS')
            form.setFields([{ name: 'currentPassword', errors: [t('auth.pw.currentWrong')] }]);
        },
      },
    );
  };

  const unexpected =
    change.error &&
    !passwordErrorLines(change.error, lang) &&
    !(isApiError(change.error) && change.error.code === 'INVALID_CREDENTIALS');

  return (
    <Form
      form={form}
      layout="vertical"
      name={`change-password-${formId}`}
      onFinish={onFinish}
      requiredMark={false}
      disabled={change.isPending}
    >
      {unexpected && change.error ? (
        <Alert type="error" showIcon title={change.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      {/* a hidden username lets password managers store the new password under the right account */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <Form.Item
        name="currentPassword"
        label={t('auth.pw.current')}
        rules={[{ required: true, message: t('auth.pw.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.pw.new')}
        rules={[{ required: true, message: t('auth.pw.newRequired') }]}
        extra={t('auth.pw.hint')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.pw.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.pw.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_r, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.pw.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('auth.pw.submit')}
        </Button>
      </div>
    </Form>
  );
}
