import { Alert, Button, Card, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { SessionDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { LangSwitch } from '../../../app/lang-switch';
import { useLogout } from '../api/use-logout.mutation';
import { ChangePasswordForm } from '../components/change-password.form';
import type { LoginNotice } from './login.page';
import './login.page.css';

/** Shown instead of the app while the server requires a new password (initial or reset password). */
export function ForcedPasswordChangePage({ session }: { session: SessionDto }) {
  const { t } = useT();
  const navigate = useNavigate();
  const logout = useLogout();
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => void navigate('/login', { replace: true, state: { notice: 'signedOut' } satisfies LoginNotice }),
    });

  return (
    <div className="xz-login">
      <div className="xz-login__lang">
        <LangSwitch />
      </div>
      <main className="xz-login__main" aria-labelledby="forced-pw-title">
        <Card className="xz-login__card">
          <Typography.Title level={1} id="forced-pw-title" className="xz-login__title" style={{ marginBottom: 16 }}>
            {t('auth.forced.title')}
          </Typography.Title>
          <Alert
            type="info"
            showIcon
            className="xz-login__alert"
            title={t('auth.forced.body', { name: session.user.displayName, username: session.user.username })}
          />
          <ChangePasswordForm username={session.user.username} onDone={() => notify('success', t('auth.pw.changed'))} />
          <Button type="link" block onClick={signOut} loading={logout.isPending} style={{ marginTop: 8 }}>
            {t('auth.signOut')}
          </Button>
        </Card>
      </main>
    </div>
  );
}
