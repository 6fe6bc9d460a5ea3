import { useEffect } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { mayHaveSession } from '../../../api/api-client';
import { isApiError } from '../../../api/api-error';
import { useT, type Translate } from '../../../app/i18n';
import { LangSwitch } from '../../../app/lang-switch';
import { useLogin, type LoginInput } from '../api/use-login.mutation';
import { useSession } from '../api/use-session.query';
import { safeNext, switchSignInUrl } from '../utils/safe-next';
import './login.page.css';

export type LoginNotice = { notice?: 'expired' | 'signedOut' };

function errorText(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('common.unexpectedError');
  if (error.code === 'ACCOUNT_LOCKED') {
    const until = (error.details as { lockedUntil?: unknown } | undefined)?.lockedUntil;
    if (typeof until === 'string')
      return t('auth.login.lockedUntil', { time: dayjs(until).format('YYYY-MM-DD HH:mm') });
  }
  if (error.code === 'RATE_LIMITED') {
    const s = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof s === 'number') return t('auth.login.rateLimited', { s });
  }
  return error.message;
}

/** Sign-in: username and password, Enter submits, the server's reason is shown; returns to `?next` afterwards. */
export function LoginPage() {
  const { t } = useT();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const login = useLogin();
  // only ask who is signed in when a session cookie may exist; a stranger's page stays quiet
  const existing = useSession(mayHaveSession());
  const next = safeNext(params.get('next'));
  const notice = (location.state as LoginNotice | null)?.notice;

  // Already signed in (e.g. a second tab): go straight on.
  useEffect(() => {
    if (existing.data && !login.isPending) void navigate(next, { replace: true });
  }, [existing.data, login.isPending, navigate, next]);

  const onFinish = (values: LoginInput) => {
    login.mutate(values, { onSuccess: () => void navigate(next, { replace: true }) });
  };

  return (
    <div className="xz-login">
      <div className="xz-login__lang">
        <LangSwitch />
      </div>
      <main className="xz-login__main" aria-labelledby="login-title">
        <Card className="xz-login__card">
          <Typography.Title level={1} id="login-title" className="xz-login__title">
            {t('app.name')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="xz-login__subtitle">
            {t('app.subtitle')}
          </Typography.Paragraph>
          {notice === 'expired' ? (
            <Alert type="warning" showIcon title={t('auth.login.expired')} className="xz-login__alert" />
          ) : null}
          {notice === 'signedOut' && !login.error ? (
            <Alert type="success" showIcon title={t('auth.login.signedOut')} className="xz-login__alert" />
          ) : null}
          {login.error ? (
            <Alert type="error" showIcon title={errorText(login.error, t)} className="xz-login__alert" role="alert" />
          ) : null}
          <Form<LoginInput> layout="vertical" name="login" onFinish={onFinish} requiredMark={false} size="large">
            <Form.Item
              name="username"
              label={t('auth.login.username')}
              rules={[{ required: true, whitespace: true, message: t('auth.login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                autoFocus
                autoCapitalize="none"
                spellCheck={false}
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('auth.login.password')}
              rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('auth.login.submit')}
            </Button>
          </Form>
        </Card>
        <Typography.Paragraph className="xz-login__footer">
          <Link to={switchSignInUrl('/login/phone', params.get('next'))}>{t('account.login.external')}</Link>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" className="xz-login__footer">
          {t('auth.login.footer')}
        </Typography.Paragraph>
      </main>
    </div>
  );
}
