import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { fenToYuanInput, yuanToFen } from '../../ledger/utils/money';
import { useFundSettings } from '../api/use-funds.queries';
import { usePutFundSettings } from '../api/use-funds.mutations';

type Values = { tolerance: string; matchWindowDays: number; unreceivedDays: number };

/**
 * 资金设置: how receipts are matched to payments (tolerance in 元, date window) and after how many days an unreceived
 * payment becomes a warning. The office and the funds group change them; everyone else reads them.
 */
export function FundSettingsCard() {
  const { t } = useT();
  const { message } = App.useApp();
  const settings = useFundSettings();
  const save = usePutFundSettings();
  const s = settings.data;
  if (!s) return null;
  const readOnly = !s.abilities.edit;
  const req = [{ required: true, message: t('fund.form.required') }];
  return (
    <Card title={t('fund.set.title')} size="small" className="xz-funds-card">
      <Form<Values>
        layout="vertical"
        name="fund-settings"
        disabled={readOnly}
        initialValues={{
          tolerance: fenToYuanInput(s.matchToleranceFen),
          matchWindowDays: s.matchWindowDays,
          unreceivedDays: s.unreceivedDays,
        }}
        onFinish={(v) =>
          save.mutate(
            {
              matchToleranceFen: yuanToFen(v.tolerance) ?? -1,
              matchWindowDays: v.matchWindowDays,
              unreceivedDays: v.unreceivedDays,
            },
            { onSuccess: () => void message.success(t('fund.set.saved')) },
          )
        }
      >
        <Space wrap align="end">
          <Form.Item name="tolerance" label={t('fund.set.tolerance')} rules={req}>
            <Input inputMode="decimal" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="matchWindowDays" label={t('fund.set.window')} rules={req}>
            <InputNumber min={0} max={180} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="unreceivedDays" label={t('fund.set.unreceived')} rules={req}>
            <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} />
          </Form.Item>
          {readOnly ? null : (
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('fund.set.save')}
              </Button>
            </Form.Item>
          )}
        </Space>
      </Form>
      <Typography.Text type="secondary">
        {readOnly ? t('fund.set.readOnly') : null}
        {s.updatedAt ? ` ${t('fund.set.updatedAt', { at: s.updatedAt.slice(0, 10) })}` : ''}
      </Typography.Text>
      {save.error ? <Alert type="error" showIcon role="alert" title={save.error.message} /> : null}
    </Card>
  );
}
