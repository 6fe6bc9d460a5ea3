import { App, Form, Input, InputNumber, Modal } from 'antd';
import { SUPPORT_KIND_LABELS, SUPPORT_KINDS, TERM, type CohortStudentDto, type SupportKind } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { Select } from '../../../components/select';
import { yuanToFen } from '../../ledger/utils/money';
import { useAddResult, useAddStudent, useAddSupport } from '../api/use-cohorts';

type Dialog = { cohortId: string; open: boolean; onClose: () => void };
type StudentDialog = Dialog & { student: CohortStudentDto | null };

/** A form in a modal: OK submits, the server's answer closes it (errors stay on screen from the shared handler). */
function FormModal<V extends object>(p: {
  open: boolean;
  title: string;
  name: string;
  pending: boolean;
  onClose: () => void;
  onFinish: (v: V) => void;
  initialValues?: Partial<V>;
  children: React.ReactNode;
}) {
  const [form] = Form.useForm<V>();
  return (
    <Modal
      open={p.open}
      title={p.title}
      onOk={() => form.submit()}
      onCancel={p.onClose}
      confirmLoading={p.pending}
      destroyOnHidden
    >
      <Form<V> form={form} layout="vertical" name={p.name} initialValues={p.initialValues} onFinish={p.onFinish}>
        {p.children}
      </Form>
    </Modal>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

export function AddStudentDialog({ cohortId, open, onClose }: Dialog) {
  const { t } = useT();
  const { message } = App.useApp();
  const add = useAddStudent(cohortId);
  type V = { idNumber: string; name: string; grade: string; enrolledOn: string };
  return (
    <FormModal<V>
      open={open}
      title={t('cohorts.addStudent')}
      name="cohort-student"
      pending={add.isPending}
      onClose={onClose}
      initialValues={{ enrolledOn: today() }}
      onFinish={(v) => add.mutate(v, { onSuccess: () => (message.success(t('cohorts.form.saved')), onClose()) })}
    >
      <Form.Item name="idNumber" label={t('cohorts.form.idNumber')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={t('cohorts.form.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="grade" label={t('cohorts.form.grade')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="enrolledOn" label={t('cohorts.form.enrolledOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
    </FormModal>
  );
}

function TermItem({ required }: { required: boolean }) {
  const { t } = useT();
  return (
    <Form.Item
      name="term"
      label={t('cohorts.form.term')}
      extra={t('cohorts.form.termHint')}
      rules={[
        { required, message: t('cohorts.form.termInvalid') },
        { pattern: TERM, message: t('cohorts.form.termInvalid') },
      ]}
    >
      <Input maxLength={11} placeholder="2019-2020-1" />
    </Form.Item>
  );
}

export function AddResultDialog({ cohortId, student, open, onClose }: StudentDialog) {
  const { t } = useT();
  const { message } = App.useApp();
  const add = useAddResult(cohortId);
  type V = { term: string; score?: number; rank?: number; classSize?: number; comment?: string };
  const submit = (v: V) =>
    student &&
    add.mutate(
      {
        studentId: student.id,
        body: {
          term: v.term,
          score: v.score ?? null,
          rank: v.rank ?? null,
          classSize: v.classSize ?? null,
          comment: v.comment?.trim() || null,
        },
      },
      { onSuccess: () => (message.success(t('cohorts.form.saved')), onClose()) },
    );
  return (
    <FormModal<V>
      open={open}
      title={`${t('cohorts.addResult')} · ${student?.name ?? ''}`}
      name="cohort-result"
      pending={add.isPending}
      onClose={onClose}
      onFinish={submit}
    >
      <TermItem required />
      <Form.Item name="score" label={t('cohorts.form.score')}>
        <InputNumber min={0} max={1000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="rank" label={t('cohorts.form.rank')}>
        <InputNumber min={1} max={2000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="classSize" label={t('cohorts.form.classSize')}>
        <InputNumber min={1} max={2000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="comment" label={t('cohorts.form.comment')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}

export function AddSupportDialog({ cohortId, student, open, onClose }: StudentDialog) {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const add = useAddSupport(cohortId);
  type V = { kind: SupportKind; amount?: string; term?: string; givenOn: string; note?: string };
  const submit = (v: V) =>
    student &&
    add.mutate(
      {
        studentId: student.id,
        body: {
          kind: v.kind,
          amountFen: v.amount ? yuanToFen(v.amount) : null,
          term: v.term?.trim() || null,
          givenOn: v.givenOn,
          note: v.note?.trim() || null,
        },
      },
      { onSuccess: () => (message.success(t('cohorts.form.supportSaved')), onClose()) },
    );
  return (
    <FormModal<V>
      open={open}
      title={`${t('cohorts.addSupport')} · ${student?.name ?? ''}`}
      name="cohort-support"
      pending={add.isPending}
      onClose={onClose}
      initialValues={{ kind: 'scholarship', givenOn: today() }}
      onFinish={submit}
    >
      <Form.Item name="kind" label={t('cohorts.form.kind')} rules={[{ required: true }]}>
        <Select
          aria-label={t('cohorts.form.kind')}
          options={SUPPORT_KINDS.map((k) => ({ value: k, label: SUPPORT_KIND_LABELS[k][lang] }))}
        />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('cohorts.form.amount')}
        rules={[
          {
            validator: (_, v: string | undefined) =>
              !v || yuanToFen(v) !== null
                ? Promise.resolve()
                : Promise.reject(new Error(t('cohorts.form.amountInvalid'))),
          },
        ]}
      >
        <Input inputMode="decimal" maxLength={12} />
      </Form.Item>
      <TermItem required={false} />
      <Form.Item name="givenOn" label={t('cohorts.form.givenOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="note" label={t('cohorts.form.note')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
