import { useMemo, useState } from 'react';
import { Alert, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import { Select } from '../../../components/select';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import {
  PAIRING_KIND_LABELS,
  PAIRING_KINDS,
  PAIRING_STATUS_LABELS,
  PAIRING_STATUSES,
  type PairingKind,
} from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { applyFieldErrors, serverFormError, type ServerFormError } from '../../../components/server-form-errors';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { useCreatePairing } from '../api/use-create-pairing.mutation';
import {
  DEFAULT_PARTY_MODES,
  isEndAfterStart,
  pairingFieldFor,
  toPairingBody,
  type PairingFormValues,
} from '../utils/pairing-form';
import { PartyField } from './party.field';
import './pairings.css';

const INITIAL: Partial<PairingFormValues> = {
  kind: 'district_county',
  eastMode: 'region',
  westMode: 'region',
  status: 'active',
};

/** 新建结对 (org.manage): kind, both parties, dates (end ≥ start), status, note; server field errors land on the fields. */
export function CreatePairingDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<PairingFormValues>();
  const create = useCreatePairing();
  const org = useOrgOverview();
  const eastRoots = useMemo(() => (org.data?.east ? [org.data.east] : []), [org.data]);
  const westRoots = useMemo(() => org.data?.counties ?? [], [org.data]);
  const [problem, setProblem] = useState<ServerFormError | null>(null);

  const onFinish = (v: PairingFormValues) => {
    create.mutate(toPairingBody(v), {
      onSuccess: (p) => {
        form.resetFields();
        setProblem(null);
        onClose();
        notify('success', t('pairings.form.created'));
        void navigate(`/pairings/${p.id}`);
      },
      onError: (error) => {
        const view = serverFormError(error, {
          fieldFor: pairingFieldFor(v),
          messageFor: (path, m) => (path === 'endDate' ? t('pairings.form.endBeforeStart') : m),
          summaries: { DUPLICATE: t('pairings.form.duplicate') },
          separator: lang === 'en' ? '; ' : '；',
        });
        setProblem(view);
        if (view) applyFieldErrors(form, view.fields);
      },
    });
  };

  const onKind = (kind: PairingKind) => {
    const modes = DEFAULT_PARTY_MODES[kind];
    form.setFieldsValue({ eastMode: modes.east, westMode: modes.west });
  };

  return (
    <Modal
      open={open}
      title={t('pairings.create')}
      okText={t('pairings.form.submit')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={() => {
        setProblem(null);
        onClose();
      }}
      destroyOnHidden
      width={680}
      mask={{ closable: false }}
    >
      {problem ? (
        <Alert type="error" showIcon title={problem.summary} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<PairingFormValues>
        form={form}
        layout="vertical"
        name="create-pairing"
        onFinish={onFinish}
        initialValues={INITIAL}
        requiredMark={false}
      >
        <Form.Item name="kind" label={t('pairings.form.kind')} rules={[{ required: true }]}>
          <Select
            onChange={onKind}
            options={PAIRING_KINDS.map((k) => ({ value: k, label: PAIRING_KIND_LABELS[k][lang] }))}
          />
        </Form.Item>
        <PartyField side="east" roots={eastRoots} />
        <PartyField side="west" roots={westRoots} />
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="startDate"
              label={t('pairings.form.startDate')}
              rules={[{ required: true, message: t('pairings.form.startRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="endDate"
              label={t('pairings.form.endDate')}
              dependencies={['startDate']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_r, end: Dayjs | null | undefined) =>
                    isEndAfterStart(getFieldValue('startDate') as Dayjs | undefined, end)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('pairings.form.endBeforeStart'))),
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="status" label={t('pairings.form.status')}>
          <Select options={PAIRING_STATUSES.map((s) => ({ value: s, label: PAIRING_STATUS_LABELS[s][lang] }))} />
        </Form.Item>
        <Form.Item name="note" label={t('pairings.form.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
