import { useMemo } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import { Select } from '../../../components/select';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { SUPERVISION_KIND_LABELS, SUPERVISION_KINDS, type SupervisionKind, type WarningDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { serverFormError } from '../../../components/server-form-errors';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { useCreateOrder } from '../api/use-supervision-mutations';
import { orderFromWarning } from '../utils/order-form';

type Values = { kind: SupervisionKind; subject: string; unitIds: string[]; dueDate: Dayjs; requiredResponse: string };

const FIELDS: Record<string, keyof Values> = {
  kind: 'kind',
  subject: 'subject',
  unitIds: 'unitIds',
  dueDate: 'dueDate',
  requiredResponse: 'requiredResponse',
};

/** 发起督办 from a warning: subject, responsible units and the request prefilled; the office adjusts and issues it. */
export function CreateOrderDialog({
  warning,
  year,
  today,
  onClose,
}: {
  warning: WarningDto;
  year: number;
  today: string;
  onClose: () => void;
}) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrder();
  const org = useOrgOverview(year);
  const draft = useMemo(() => orderFromWarning(warning, today, lang), [warning, today, lang]);
  const units = useMemo(() => {
    const known = (org.data?.units ?? []).filter((u) => u.side === 'east').map((u) => ({ value: u.id, label: u.name }));
    // the warning's units first, even before the structure has loaded
    const extra = warning.responsibleUnits
      .filter((u) => !known.some((k) => k.value === u.id))
      .map((u) => ({ value: u.id, label: u.name }));
    return [...extra, ...known];
  }, [org.data, warning]);
  const fieldFor = (path: string) => {
    const f = FIELDS[path.split('.')[0] ?? ''];
    return f ? [f] : null;
  };
  const problem = serverFormError(create.error, { fieldFor, separator: lang === 'en' ? '; ' : '；' });

  const onFinish = (v: Values) => {
    create.mutate(
      {
        ...draft,
        kind: v.kind,
        subject: v.subject.trim(),
        unitIds: v.unitIds,
        dueDate: v.dueDate.format('YYYY-MM-DD'),
        requiredResponse: v.requiredResponse.trim(),
      },
      {
        onSuccess: (order) => {
          notify('success', t('sup.new.done', { serial: order.serial }));
          onClose();
          void navigate(`/supervision/${order.id}`);
        },
        onError: (error) => {
          const view = serverFormError(error, { fieldFor });
          // fieldFor only names this form's own fields
          if (view?.fields.length)
            form.setFields(view.fields.map((f) => ({ name: f.name as [keyof Values], errors: f.errors })));
        },
      },
    );
  };
  const required = [{ required: true, whitespace: true, message: t('sup.new.required.msg') }];

  return (
    <Modal
      open
      title={t('sup.new.title')}
      okText={t('sup.new.submit')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        {t('sup.new.fromWarning', { title: warning.title[lang] })}
      </Typography.Paragraph>
      {problem ? (
        <Alert type="error" showIcon title={problem.summary} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="create-order"
        onFinish={onFinish}
        requiredMark={false}
        initialValues={{
          kind: draft.kind,
          subject: draft.subject,
          unitIds: draft.unitIds,
          dueDate: dayjs(draft.dueDate),
          requiredResponse: draft.requiredResponse,
        }}
      >
        <Form.Item name="kind" label={t('sup.new.kind')}>
          <Select options={SUPERVISION_KINDS.map((k) => ({ value: k, label: SUPERVISION_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item name="subject" label={t('sup.new.subject')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="unitIds"
          label={t('sup.new.units')}
          rules={[{ required: true, type: 'array', min: 1, message: t('sup.new.required.msg') }]}
        >
          <Select mode="multiple" options={units} showSearch={{ optionFilterProp: 'label' }} loading={org.isPending} />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('sup.new.due')}
          rules={[{ required: true, message: t('sup.new.required.msg') }]}
        >
          <DatePicker minDate={dayjs(today)} />
        </Form.Item>
        <Form.Item name="requiredResponse" label={t('sup.new.required')} rules={required}>
          <Input.TextArea rows={5} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
