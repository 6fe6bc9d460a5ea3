import { Alert, Form, Input, Modal } from 'antd';
import { useT } from '../../../app/i18n';
import { useCreateUser } from '../api/use-create-user.mutation';
import type { InitialPassword } from '../api/initial-password';
import { toAssignments, type RoleRow } from '../utils/scope-options';
import { applyFieldErrors } from '../../../components/server-form-errors';
import { userFormError } from '../utils/form-error';
import { RoleAssignmentsField } from './role-assignments.field';

type Values = { username: string; displayName: string; roles: RoleRow[] };

/** 新建用户: username, name and roles with scopes; on success hands the one-time password to the caller. */
export function CreateUserDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (r: InitialPassword) => void;
}) {
  const { t, lang } = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const problem = userFormError(create.error, lang);

  const onFinish = (v: Values) => {
    create.mutate(
      { username: v.username.trim().toLowerCase(), displayName: v.displayName.trim(), roles: toAssignments(v.roles) },
      {
        onSuccess: (result) => {
          form.resetFields();
          create.reset();
          onCreated(result);
        },
        onError: (error) => {
          const view = userFormError(error, lang);
          if (view) applyFieldErrors(form, view.fields);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('users.form.create')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={() => {
        create.reset();
        onClose();
      }}
      destroyOnHidden
      width={640}
      mask={{ closable: false }}
    >
      {problem ? (
        <Alert type="error" showIcon title={problem.summary} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="create-user"
        onFinish={onFinish}
        initialValues={{ roles: [{ scopeId: null }] }}
        requiredMark={false}
      >
        <Form.Item
          name="username"
          label={t('users.form.username')}
          extra={t('users.form.usernameHint')}
          rules={[{ required: true, whitespace: true, message: t('users.form.usernameRequired') }]}
        >
          <Input autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={32} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.form.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.form.displayNameRequired') }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <RoleAssignmentsField />
      </Form>
    </Modal>
  );
}
