import { App, Form, Input, Modal, Typography } from 'antd';
import type { PlanDto, PlanIndicatorDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { useSetIndicatorActive } from '../api/use-plan-mutations';

type Props = { plan: PlanDto; indicator: PlanIndicatorDto | null; onClose: () => void };

/** Deactivating (or reactivating) an indicator: what it means, and the reason a published plan needs. */
export function IndicatorStatusDialog({ plan, indicator, onClose }: Props) {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const run = useSetIndicatorActive(plan.year);
  const turningOff = indicator?.isActive ?? false;
  const isPublished = plan.status === 'published';
  const submit = (v: { reason?: string }) => {
    if (!indicator) return;
    run.mutate(
      {
        code: indicator.code,
        version: indicator.version,
        isActive: !indicator.isActive,
        reason: v.reason?.trim() || undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('plans.statusChanged'));
          onClose();
        },
      },
    );
  };
  const name = indicator?.name[lang] ?? '';
  return (
    <Modal
      open={indicator !== null}
      title={t(turningOff ? 'plans.deactivate.title' : 'plans.reactivate.title', { name })}
      okText={t(turningOff ? 'plans.deactivate' : 'plans.reactivate')}
      okButtonProps={{ danger: turningOff }}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph>{t('plans.deactivate.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="plan-indicator-status" onFinish={submit}>
        {isPublished ? (
          <Form.Item
            name="reason"
            label={t('plans.reason')}
            extra={t('plans.reason.hint')}
            rules={[{ required: true, whitespace: true, message: t('plans.reason.required') }]}
          >
            <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} autoFocus />
          </Form.Item>
        ) : null}
      </Form>
      {run.error && isApiError(run.error) ? <Typography.Text type="danger">{run.error.message}</Typography.Text> : null}
    </Modal>
  );
}
