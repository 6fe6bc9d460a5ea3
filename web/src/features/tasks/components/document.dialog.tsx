import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Upload } from 'antd';
import { Select } from '../../../components/select';
import { PaperClipOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { applyFieldErrors, serverFormError } from '../../../components/server-form-errors';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { useCreateDocument } from '../api/use-documents';

type Values = {
  kind: DocumentKind;
  title: string;
  docNo?: string;
  issuedOn?: Dayjs | null;
  adoptedBy?: string;
  groupCode?: string;
  plansDueOn?: Dayjs | null;
};
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const FIELDS = ['kind', 'title', 'docNo', 'issuedOn', 'adoptedBy', 'groupCode', 'plansDueOn'];
const fieldFor = (path: string) => (FIELDS.includes(path) ? [path] : null);

/** Records a document of the year (the office) or starts a working group's plan (its lead), with its file. */
export function DocumentDialog({ year, kinds, onClose }: { year: number; kinds: DocumentKind[]; onClose: () => void }) {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const kind = Form.useWatch('kind', form);
  const org = useOrgOverview(year);
  const run = useCreateDocument();
  const problem = run.error ? serverFormError(run.error, { fieldFor }) : null;
  const submit = (v: Values) =>
    run.mutate(
      {
        body: {
          year,
          kind: v.kind,
          title: v.title,
          docNo: v.docNo?.trim() || null,
          issuedOn: day(v.issuedOn),
          adoptedBy: v.adoptedBy?.trim() || null,
          groupCode: v.kind === 'group_plan' ? (v.groupCode ?? null) : null,
          plansDueOn: v.kind === 'task_division' ? day(v.plansDueOn) : null,
        },
        file,
      },
      {
        onSuccess: () => {
          message.success(t('tasks.docs.created'));
          onClose();
        },
        onError: (e) => applyFieldErrors(form, serverFormError(e, { fieldFor })?.fields ?? []),
      },
    );
  return (
    <Modal
      open
      title={t('tasks.docs.new')}
      onCancel={onClose}
      okText={t('common.save')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {problem ? (
        <Alert type="error" showIcon role="alert" title={problem.summary} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values> form={form} layout="vertical" name="document" initialValues={{ kind: kinds[0] }} onFinish={submit}>
        <Form.Item name="kind" label={t('tasks.docs.form.kind')} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('tasks.docs.form.title')}
          rules={[{ required: true, whitespace: true, min: 2 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        {kind === 'group_plan' ? (
          <Form.Item name="groupCode" label={t('tasks.docs.form.group')} rules={[{ required: true }]}>
            <Select options={(org.data?.workingGroups ?? []).map((g) => ({ value: g.code, label: g.name }))} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="docNo" label={t('tasks.docs.form.no')}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="issuedOn" label={t('tasks.docs.form.date')}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="adoptedBy" label={t('tasks.docs.form.by')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        {kind === 'task_division' ? (
          <Form.Item name="plansDueOn" label={t('tasks.docs.form.plansDue')}>
            <DatePicker />
          </Form.Item>
        ) : null}
        <Form.Item label={t('tasks.docs.form.file')} extra={t('tasks.docs.fileHint')}>
          <Upload
            accept=".pdf,.docx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<PaperClipOutlined />}>{t('tasks.report.pickFile')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
