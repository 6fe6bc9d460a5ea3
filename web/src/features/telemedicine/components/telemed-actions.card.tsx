import { App, Button, Card, DatePicker, Flex, Form, Input, Rate, Typography } from 'antd';
import { Select } from '../../../components/select';
import type { Dayjs } from 'dayjs';
import type { TelemedAction, TelemedRequestDto, TelemedTransitionBody } from '@xiezuo/domain';
import { useT, type MessageKey } from '../../../app/i18n';
import { useTelemedStep } from '../api/use-telemedicine';

type Values = {
  expertUserId?: string;
  sessionOn?: Dayjs;
  sessionTime?: string;
  sessionLink?: string;
  opinion?: string;
  feedback?: string;
  rating?: number;
  reason?: string;
};

const TITLES: Record<TelemedAction, MessageKey> = {
  assign: 'telemed.act.assign',
  schedule: 'telemed.act.schedule',
  answer: 'telemed.act.answer',
  close: 'telemed.act.close',
  cancel: 'telemed.act.cancel',
};

function bodyOf(action: TelemedAction, v: Values, version: number): TelemedTransitionBody {
  switch (action) {
    case 'assign':
      return { action, version, expertUserId: v.expertUserId! };
    case 'schedule':
      return {
        action,
        version,
        sessionOn: v.sessionOn!.format('YYYY-MM-DD'),
        sessionTime: v.sessionTime!,
        sessionLink: v.sessionLink!,
      };
    case 'answer':
      return { action, version, opinion: v.opinion! };
    case 'close':
      return { action, version, feedback: v.feedback!, rating: v.rating! };
    case 'cancel':
      return { action, version, reason: v.reason! };
  }
}

function Fields({ action, r }: { action: TelemedAction; r: TelemedRequestDto }) {
  const { t } = useT();
  const req = [{ required: true, whitespace: true }];
  switch (action) {
    case 'assign':
      return (
        <Form.Item name="expertUserId" label={t('telemed.act.expert')} rules={[{ required: true }]}>
          <Select options={r.experts.map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
      );
    case 'schedule':
      return (
        <Flex gap={8} wrap>
          <Form.Item name="sessionOn" label={t('telemed.act.date')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="sessionTime"
            label={t('telemed.act.time')}
            rules={[{ required: true, pattern: /^([01][0-9]|2[0-3]):[0-5][0-9]$/ }]}
          >
            <Input style={{ width: 100 }} placeholder="14:30" />
          </Form.Item>
          <Form.Item name="sessionLink" label={t('telemed.act.link')} rules={req} style={{ flex: 1, minWidth: 200 }}>
            <Input maxLength={500} />
          </Form.Item>
        </Flex>
      );
    case 'answer':
      return (
        <Form.Item name="opinion" label={t('telemed.detail.opinion')} rules={[...req, { min: 10 }]}>
          <Input.TextArea maxLength={8000} showCount autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
      );
    case 'close':
      return (
        <>
          <Form.Item name="feedback" label={t('telemed.detail.feedback')} rules={req}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="rating" label={t('telemed.detail.rating')} rules={[{ required: true }]}>
            <Rate />
          </Form.Item>
        </>
      );
    case 'cancel':
      return (
        <Form.Item name="reason" label={t('telemed.act.reason')} rules={req}>
          <Input maxLength={500} />
        </Form.Item>
      );
  }
}

function StepForm({ action, r }: { action: TelemedAction; r: TelemedRequestDto }) {
  const { t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const run = useTelemedStep(r.id);
  const submit = (v: Values) =>
    run.mutate(bodyOf(action, v, r.version), {
      onSuccess: () => {
        message.success(t('telemed.act.done'));
        form.resetFields();
      },
    });
  return (
    <Form<Values> form={form} layout="vertical" name={`telemed-${action}`} onFinish={submit}>
      <Typography.Title level={3} className="xz-card-title">
        {t(TITLES[action])}
      </Typography.Title>
      <Fields action={action} r={r} />
      <Button
        type={action === 'cancel' ? 'default' : 'primary'}
        danger={action === 'cancel'}
        htmlType="submit"
        loading={run.isPending}
      >
        {t(TITLES[action])}
      </Button>
    </Form>
  );
}

/** The steps the caller may take now, each a small form; the server decides, the abilities only show them. */
export function TelemedActionsCard({ r }: { r: TelemedRequestDto }) {
  const { t } = useT();
  const mine = (['assign', 'schedule', 'answer', 'close', 'cancel'] as const).filter((a) => r.abilities[a]);
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('telemed.act.title')}
        </Typography.Title>
      }
    >
      {mine.length ? (
        <Flex vertical gap={16}>
          {mine.map((a) => (
            <StepForm key={a} action={a} r={r} />
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('telemed.act.none')}</Typography.Text>
      )}
    </Card>
  );
}
