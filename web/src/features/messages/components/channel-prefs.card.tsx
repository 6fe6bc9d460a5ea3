import { useEffect } from 'react';
import { Alert, Button, Card, Form, Input, Switch, Typography } from 'antd';
import { isApiError } from '../../../api/api-error';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useChannelPrefs, useSaveChannelPrefs } from '../api/use-channel-prefs';

type Values = { sms: boolean; wecom: boolean; phone?: string; wecomUserId?: string };

/** Where my messages go besides the in-app centre; staff also give the phone and WeCom ID they go to. */
export function ChannelPrefsCard({ staff }: { staff: boolean }) {
  const { t } = useT();
  const prefs = useChannelPrefs();
  const save = useSaveChannelPrefs();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (prefs.data)
      form.setFieldsValue({ sms: prefs.data.sms, wecom: prefs.data.wecom, wecomUserId: prefs.data.wecomUserId ?? '' });
  }, [prefs.data, form]);
  const onFinish = (v: Values) =>
    save.mutate(
      {
        sms: v.sms,
        wecom: v.wecom,
        ...(staff && v.phone ? { phone: v.phone } : {}),
        ...(staff ? { wecomUserId: v.wecomUserId?.trim() || null } : {}),
      },
      { onSuccess: () => notify('success', t('messages.saved')) },
    );
  return (
    <Card size="small" title={t('messages.channels')} className="xz-ledger-card">
      <Typography.Paragraph type="secondary">{t('messages.channelsHint')}</Typography.Paragraph>
      {isApiError(save.error) ? <Alert type="error" showIcon title={save.error.message} role="alert" /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={prefs.isPending}>
        <Form.Item name="sms" label={t('messages.sms')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {staff ? (
          <>
            <Form.Item
              name="phone"
              label={t('messages.phone')}
              extra={prefs.data?.phoneMasked ? t('messages.phoneKeep', { phone: prefs.data.phoneMasked }) : undefined}
            >
              <Input inputMode="tel" autoComplete="tel" maxLength={20} />
            </Form.Item>
            <Form.Item name="wecom" label={t('messages.wecom')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="wecomUserId" label={t('messages.wecomId')}>
              <Input maxLength={64} autoCapitalize="none" spellCheck={false} />
            </Form.Item>
          </>
        ) : null}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('messages.save')}
        </Button>
      </Form>
    </Card>
  );
}
