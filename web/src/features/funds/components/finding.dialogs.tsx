import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import { Select } from '../../../components/select';
import { FINDING_KIND_OPTIONS, type FindingAction } from '@xiezuo/domain';
import { useT, type MessageKey } from '../../../app/i18n';
import { isoDateItem } from '../../ledger/components/date-item';
import { yuanToFen } from '../../ledger/utils/money';
import { useFindingAction, useRaiseFinding } from '../api/use-funds.mutations';
import { optionsOf } from '../utils/labels';

type Subject = { projectId: string } | { paymentId: string };
type RaiseValues = { kind: string; amount?: string; basis: string; description: string; deadline: string };

/** 记录审计发现 against one project or one payment: kind, amount involved, basis, deadline. */
export function RaiseFindingDialog({
  subject,
  title,
  onClose,
}: {
  subject: Subject;
  title: string;
  onClose: () => void;
}) {
  const { t, lang } = useT();
  const raise = useRaiseFinding();
  const [form] = Form.useForm<RaiseValues>();
  const req = [{ required: true, whitespace: true, message: t('fund.form.required') }];
  return (
    <Modal
      open
      title={`${t('fund.act.finding')} · ${title}`}
      okText={t('fund.act.finding')}
      confirmLoading={raise.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<RaiseValues>
        form={form}
        layout="vertical"
        name="fund-finding"
        onFinish={(v) =>
          raise.mutate(
            {
              projectId: 'projectId' in subject ? subject.projectId : null,
              paymentId: 'paymentId' in subject ? subject.paymentId : null,
              kind: v.kind,
              amountFen: v.amount ? (yuanToFen(v.amount) ?? -1) : 0,
              basis: v.basis,
              description: v.description,
              deadline: v.deadline,
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="kind" label={t('fund.find.kind')} rules={req}>
          <Select options={optionsOf(FINDING_KIND_OPTIONS, lang)} />
        </Form.Item>
        <Form.Item name="amount" label={t('fund.find.amount')}>
          <Input inputMode="decimal" style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="description" label={t('fund.find.description')} rules={[...req, { min: 2 }]}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="basis" label={t('fund.find.basis')} rules={[...req, { min: 2 }]}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item {...isoDateItem} name="deadline" label={t('fund.find.deadline')} rules={req}>
          <DatePicker />
        </Form.Item>
      </Form>
      {raise.error ? <Alert role="alert" type="error" showIcon title={raise.error.message} /> : null}
    </Modal>
  );
}

export const FINDING_ACTION_LABELS: Record<FindingAction, MessageKey> = {
  rectify: 'fund.find.rectify',
  accept: 'fund.find.accept',
  return: 'fund.find.returnIt',
};

/** Rectification (the responsible side) or the auditor's acceptance or return, each with its text. */
export function FindingActionDialog({
  findingId,
  action,
  version,
  onClose,
}: {
  findingId: string;
  action: FindingAction;
  version: number;
  onClose: () => void;
}) {
  const { t } = useT();
  const act = useFindingAction(findingId);
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal
      open
      title={t(FINDING_ACTION_LABELS[action])}
      okText={t(FINDING_ACTION_LABELS[action])}
      okButtonProps={{ danger: action === 'return' }}
      confirmLoading={act.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="fund-finding-action"
        onFinish={(v) => act.mutate({ action, text: v.text.trim(), version }, { onSuccess: onClose })}
      >
        <Form.Item
          name="text"
          label={t('fund.find.text')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('fund.form.required') }]}
        >
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
      {act.error ? <Alert role="alert" type="error" showIcon title={act.error.message} /> : null}
    </Modal>
  );
}
