import { useState } from 'react';
import { Alert, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import { Select } from '../../../components/select';
import dayjs, { type Dayjs } from 'dayjs';
import { PAIRING_STATUS_LABELS, PAIRING_STATUSES, type PairingDto, type PairingStatus } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { applyFieldErrors, serverFormError, type ServerFormError } from '../../../components/server-form-errors';
import { useUpdatePairing } from '../api/use-update-pairing.mutation';
import { isEndAfterStart, toPairingPatch } from '../utils/pairing-form';

type Values = { startDate: Dayjs; endDate?: Dayjs | null; status: PairingStatus; note?: string };

/** 编辑结对 (abilities.edit): dates, status and note; the parties are fixed once created. */
export function EditPairingDialog({
  pairing,
  open,
  onClose,
}: {
  pairing: PairingDto;
  open: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useT();
  const [form] = Form.useForm<Values>();
  const update = useUpdatePairing();
  const [problem, setProblem] = useState<ServerFormError | null>(null);
  const close = () => {
    setProblem(null);
    onClose();
  };

  const onFinish = (v: Values) => {
    update.mutate(
      { id: pairing.id, patch: toPairingPatch(pairing, v) },
      {
        onSuccess: () => {
          notify('success', t('pairing.saved'));
          close();
        },
        onError: (error) => {
          const view = serverFormError(error, {
            fieldFor: (p) => (['startDate', 'endDate', 'status', 'note'].includes(p) ? [p] : null),
            separator: lang === 'en' ? '; ' : '；',
          });
          if (view?.code === 'CONFLICT') return close();
          setProblem(view);
          if (view) applyFieldErrors(form, view.fields);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('pairing.edit')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      onCancel={close}
      destroyOnHidden
      width={560}
      mask={{ closable: false }}
    >
      {problem ? (
        <Alert type="error" showIcon title={problem.summary} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="edit-pairing"
        onFinish={onFinish}
        requiredMark={false}
        initialValues={{
          startDate: dayjs(pairing.startDate),
          endDate: pairing.endDate ? dayjs(pairing.endDate) : null,
          status: pairing.status,
          note: pairing.note ?? '',
        }}
      >
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
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
