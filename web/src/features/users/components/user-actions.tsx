import { App, Button, Flex, Tooltip } from 'antd';
import type { UserAdminDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import type { InitialPassword } from '../api/initial-password';
import { useResetPassword } from '../api/use-reset-password.mutation';
import { useUnlockUser } from '../api/use-unlock-user.mutation';
import { useUpdateUser } from '../api/use-update-user.mutation';

type Props = {
  user: UserAdminDto;
  isSelf: boolean;
  onEditRoles: (u: UserAdminDto) => void;
  onPassword: (r: InitialPassword) => void;
};

/** Row actions for users.manage: edit roles, (de)activate, unlock, reset password. Own account: only what the server allows. */
export function UserActions({ user, isSelf, onEditRoles, onPassword }: Props) {
  const { t } = useT();
  const { modal } = App.useApp();
  const update = useUpdateUser();
  const unlock = useUnlockUser();
  const reset = useResetPassword();
  const name = `${user.displayName}（${user.username}）`;

  const toggleActive = () => {
    const next = !user.isActive;
    void modal.confirm({
      title: t(next ? 'users.confirm.activate' : 'users.confirm.deactivate', { name }),
      okButtonProps: { danger: !next },
      onOk: () =>
        update
          .mutateAsync({ id: user.id, version: user.version, isActive: next })
          .then(() => notify('success', t(next ? 'users.done.activated' : 'users.done.deactivated', { name })))
          .catch(() => undefined),
    });
  };

  const resetPassword = () => {
    void modal.confirm({
      title: t('users.confirm.reset', { name }),
      okButtonProps: { danger: true },
      onOk: () =>
        reset
          .mutateAsync(user.id)
          .then(onPassword)
          .catch(() => undefined),
    });
  };

  const selfTip = isSelf ? t('users.action.notSelf') : undefined;
  return (
    <Flex gap={0}>
      <Tooltip title={selfTip}>
        <Button type="link" size="small" disabled={isSelf} onClick={() => onEditRoles(user)}>
          {t('users.action.editRoles')}
        </Button>
      </Tooltip>
      <Tooltip title={isSelf && user.isActive ? selfTip : undefined}>
        <Button
          type="link"
          size="small"
          danger={user.isActive}
          disabled={isSelf && user.isActive}
          loading={update.isPending}
          onClick={toggleActive}
        >
          {t(user.isActive ? 'users.action.deactivate' : 'users.action.activate')}
        </Button>
      </Tooltip>
      {user.isLocked ? (
        <Button
          type="link"
          size="small"
          loading={unlock.isPending}
          onClick={() =>
            unlock.mutate(user.id, { onSuccess: () => notify('success', t('users.done.unlocked', { name })) })
          }
        >
          {t('users.action.unlock')}
        </Button>
      ) : null}
      <Button type="link" size="small" loading={reset.isPending} onClick={resetPassword}>
        {t('users.action.resetPassword')}
      </Button>
    </Flex>
  );
}
