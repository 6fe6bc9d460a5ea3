import { App, Form, Input, Modal } from 'antd';
import { Select } from '../../../components/select';
import { useNavigate } from 'react-router';
import {
  identifyingIn,
  TELEMED_KIND_LABELS,
  TELEMED_KINDS,
  TELEMED_URGENCIES,
  TELEMED_URGENCY_LABELS,
  type TelemedRequestBody,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useCreateTelemed, useHospitalPairs } from '../api/use-telemedicine';

/**
 * A county hospital's request to its paired hospital. The summary is checked here as the server checks it (no ID
 * number, no phone), so the doctor sees the reason before sending.
 */
export function CreateRequestDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TelemedRequestBody>();
  const pairs = useHospitalPairs(open);
  const create = useCreateTelemed();
  const submit = (v: TelemedRequestBody) =>
    create.mutate(v, {
      onSuccess: (r) => {
        message.success(t('telemed.form.created'));
        onClose();
        form.resetFields();
        void navigate(`/telemedicine/${r.id}`);
      },
    });
  return (
    <Modal
      open={open}
      title={t('telemed.new')}
      okText={t('telemed.form.submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<TelemedRequestBody>
        form={form}
        layout="vertical"
        name="telemed-request"
        initialValues={{ kind: 'consultation', urgency: 'routine' }}
        onFinish={submit}
      >
        <Form.Item name="pairingId" label={t('telemed.form.pair')} rules={[{ required: true }]}>
          <Select
            loading={pairs.isPending}
            options={(pairs.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.west.name} → ${p.east.name}` }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('telemed.col.kind')} rules={[{ required: true }]}>
          <Select options={TELEMED_KINDS.map((k) => ({ value: k, label: TELEMED_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item name="department" label={t('telemed.col.department')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="urgency" label={t('telemed.col.urgency')} rules={[{ required: true }]}>
          <Select options={TELEMED_URGENCIES.map((u) => ({ value: u, label: TELEMED_URGENCY_LABELS[u][lang] }))} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('telemed.form.summary')}
          extra={t('telemed.form.summaryHint')}
          rules={[
            { required: true, whitespace: true, min: 10 },
            {
              validator: (_, v: string | undefined) => {
                const found = v ? identifyingIn(v) : null;
                if (!found) return Promise.resolve();
                return Promise.reject(
                  new Error(t(found === 'id_number' ? 'telemed.form.idFound' : 'telemed.form.phoneFound')),
                );
              },
            },
          ]}
        >
          <Input.TextArea maxLength={4000} showCount autoSize={{ minRows: 4, maxRows: 10 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
