import { Alert, Form, InputNumber, Modal, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { useCopyPlan } from '../api/use-plan-mutations';

type Props = {
  open: boolean;
  year: number;
  defaultToYear: number;
  onClose: () => void;
  onCopied: (year: number) => void;
};

/** Copies the plan to another year as a draft; a year that has a plan is refused (409 PLAN_EXISTS), never overwritten. */
export function CopyPlanDialog({ open, year, defaultToYear, onClose, onCopied }: Props) {
  const { t } = useT();
  const [form] = Form.useForm<{ toYear: number }>();
  const run = useCopyPlan(year);
  const toYear = Form.useWatch('toYear', form);
  const close = () => {
    run.reset();
    onClose();
  };
  const error =
    run.error && isApiError(run.error)
      ? run.error.code === 'PLAN_EXISTS'
        ? t('plans.copy.exists', { year: toYear ?? '' })
        : run.error.message
      : null;
  return (
    <Modal
      open={open}
      title={t('plans.copy.title', { year })}
      okText={t('plans.copy')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph>{t('plans.copy.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="plan-copy"
        initialValues={{ toYear: defaultToYear }}
        onFinish={(v) => run.mutate(v.toYear, { onSuccess: (plan) => (run.reset(), onCopied(plan.year)) })}
        onValuesChange={() => run.reset()}
      >
        <Form.Item
          name="toYear"
          label={t('plans.copy.toYear')}
          rules={[{ required: true, type: 'number', min: 2000, max: 2100 }]}
        >
          <InputNumber precision={0} min={2000} max={2100} style={{ width: 160 }} autoFocus />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Modal>
  );
}
