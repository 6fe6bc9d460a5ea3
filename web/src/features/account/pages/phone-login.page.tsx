import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { LangSwitch } from '../../../app/lang-switch';
import { safeNext, switchSignInUrl } from '../../auth/utils/safe-next';
import { useRequestCode, useVerifyCode } from '../api/account.api';
import { loginErrorText } from '../utils/login-error';
import '../../auth/pages/login.page.css';

type Values = { phone: string; code: string };

/** Phone sign-in for people outside government: mobile number, a 6-digit code by SMS, then their account. */
export function PhoneLoginPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const request = useRequestCode();
  const verify = useVerifyCode();
  const [wait, setWait] = useState(0);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  const next = params.get('next') ? safeNext(params.get('next')) : '/account';
  const send = async () => {
    const { phone } = await form.validateFields(['phone']);
    request.mutate(phone, { onSuccess: (r) => setWait(r.resendAfterSeconds) });
  };
  const onFinish = (v: Values) =>
    verify.mutate({ phone: v.phone, code: v.code }, { onSuccess: () => void navigate(next, { replace: true }) });
  const error = loginErrorText(verify.error ?? request.error, t);
  return (
    <div className="xz-login">
      <div className="xz-login__lang">
        <LangSwitch />
      </div>
      <main className="xz-login__main" aria-labelledby="phone-login-title">
        <Card className="xz-login__card">
          <Typography.Title level={1} id="phone-login-title" className="xz-login__title">
            {t('account.login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="xz-login__subtitle">
            {t('account.login.subtitle')}
          </Typography.Paragraph>
          {error ? <Alert type="error" showIcon title={error} className="xz-login__alert" role="alert" /> : null}
          {request.isSuccess && !error ? (
            <Alert type="success" showIcon title={t('account.login.sent')} className="xz-login__alert" />
          ) : null}
          <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
            <Form.Item
              name="phone"
              label={t('account.login.phone')}
              rules={[{ required: true, whitespace: true, message: t('account.login.phoneRequired') }]}
            >
              <Input
                prefix={<MobileOutlined aria-hidden />}
                inputMode="tel"
                autoComplete="tel"
                maxLength={20}
                autoFocus
              />
            </Form.Item>
            <Form.Item label={t('account.login.code')} required>
              <Flex gap={8}>
                <Form.Item
                  name="code"
                  noStyle
                  rules={[{ required: true, pattern: /^\d{6}$/, message: t('account.login.codeRequired') }]}
                >
                  <Input
                    prefix={<SafetyOutlined aria-hidden />}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    aria-label={t('account.login.code')}
                  />
                </Form.Item>
                <Button
                  onClick={() => void send().catch(() => undefined)}
                  disabled={wait > 0}
                  loading={request.isPending}
                >
                  {wait > 0 ? t('account.login.resend', { s: wait }) : t('account.login.send')}
                </Button>
              </Flex>
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={verify.isPending}>
              {t('account.login.submit')}
            </Button>
          </Form>
        </Card>
        <Typography.Paragraph className="xz-login__footer">
          <Link to={switchSignInUrl('/login', params.get('next'))}>{t('account.login.staff')}</Link>
        </Typography.Paragraph>
      </main>
    </div>
  );
}
