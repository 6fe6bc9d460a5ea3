import { useId } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { useT } from '../../../app/i18n';
import { applyFieldErrors, serverFormError } from '../../../components/server-form-errors';
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

  // the policy's verdict goes on the new password, a wrong current password on that field; the rest above the form
  const formError = (error: unknown) =>
    serverFormError(error, {
      fieldFor: () => null,
      fieldsOf: (code) => {
        if (code === 'INVALID_CREDENTIALS') return [{ name: ['currentPassword'], errors: [t('auth.pw.currentWrong')] }];
        const lines = passwordErrorLines(error, lang);
        return lines ? [{ name: ['newPassword'], errors: lines }] : [];
      },
    });

  const onFinish = (v: Values) => {
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          onDone();
        },
        onError: (error) => {
          const view = formError(error);
          if (view) applyFieldErrors(form, view.fields);
        },
      },
    );
  };

  const unexpected = change.error && !formError(change.error)?.fields.length;

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
