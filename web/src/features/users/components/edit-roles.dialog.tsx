import { Alert, Button, Flex, Form, Modal } from 'antd';
import type { UserAdminDto } from '@xiezuo/domain';
import { isApiError } from '../../../api/api-error';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useSetUserRoles } from '../api/use-set-user-roles.mutation';
import { toAssignments, type RoleRow } from '../utils/scope-options';
import { roleFieldErrors, userFormError } from '../utils/form-error';
import { RoleAssignmentsField } from './role-assignments.field';

type Values = { roles: RoleRow[] };

// Its own component (keyed by user and version) so every opening starts from the roles just loaded.
function EditRolesForm({ user, onClose }: { user: UserAdminDto; onClose: () => void }) {
  const { t, lang } = useT();
  const [form] = Form.useForm<Values>();
  const save = useSetUserRoles();
  const problem = userFormError(save.error, lang);

  const onFinish = (v: Values) => {
    save.mutate(
      { id: user.id, version: user.version, roles: toAssignments(v.roles) },
      {
        onSuccess: () => {
          notify('success', t('users.done.rolesSaved', { name: user.displayName }));
          onClose();
        },
        onError: (error) => {
          // the list was reloaded with the newer version; reopening shows what the other person saved
          if (isApiError(error) && error.code === 'CONFLICT') onClose();
          const fields = roleFieldErrors(userFormError(error, lang));
          if (fields.length) form.setFields(fields);
        },
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="edit-roles"
      onFinish={onFinish}
      initialValues={{ roles: user.roles.map((r) => ({ role: r.role, scopeId: r.scopeId })) }}
      requiredMark={false}
    >
      {problem ? (
        <Alert type="error" showIcon title={problem.summary} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <RoleAssignmentsField />
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}

/** 编辑角色: replaces the user's roles, sending the version read so a concurrent edit is refused (409). */
export function EditRolesDialog({ user, onClose }: { user: UserAdminDto | null; onClose: () => void }) {
  const { t } = useT();
  return (
    <Modal
      open={user !== null}
      title={user ? t('users.form.editTitle', { name: `${user.displayName}（${user.username}）` }) : ''}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      mask={{ closable: false }}
    >
      {user ? <EditRolesForm key={`${user.id}:${user.version}`} user={user} onClose={onClose} /> : null}
    </Modal>
  );
}
