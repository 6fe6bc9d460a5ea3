import { lazy, Suspense, useState } from 'react';
import { Button, Dropdown, type MenuProps } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useLogout } from '../features/auth/api/use-logout.mutation';
import type { LoginNotice } from '../features/auth/pages/login.page';
import { useCurrentSession } from '../features/auth/session-context';
import { useT } from './i18n';

// the form (antd Form and its validation) loads only when someone opens it
const ChangePasswordDialog = lazy(() =>
  import('../features/auth/components/change-password.dialog').then((m) => ({ default: m.ChangePasswordDialog })),
);

/** The signed-in user's name with 修改密码 and 退出登录. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useT();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);

  const items: MenuProps['items'] = [
    { key: 'who', label: `${session.user.displayName} (${session.user.username})`, disabled: true },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('auth.pw.title') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.signOut'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChanging(true);
    if (key === 'logout')
      logout.mutate(undefined, {
        onSettled: () =>
          void navigate('/login', { replace: true, state: { notice: 'signedOut' } satisfies LoginNotice }),
      });
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button
          type="text"
          icon={<UserOutlined />}
          loading={logout.isPending}
          aria-label={t('nav.userMenu', { name: session.user.displayName })}
        >
          {compact ? null : (
            <>
              {session.user.displayName} <DownOutlined style={{ fontSize: 10 }} />
            </>
          )}
        </Button>
      </Dropdown>
      {changing ? (
        <Suspense fallback={null}>
          <ChangePasswordDialog username={session.user.username} open={changing} onClose={() => setChanging(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
