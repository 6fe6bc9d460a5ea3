import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { recordType } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import type { RecordDetail } from '../api/ledger.types';
import { useRequestUnlock } from '../api/use-request-unlock.mutation';
import { toFormValues } from '../utils/field-controls';
import { changedContent } from '../utils/record-changes';
import { RecordFormBody, type RecordFormShape } from './record-form.body';
import { contentOf } from './use-record-save';

type Shape = RecordFormShape & { reason: string };

/** 申请解锁修改: the entry form (unit and county fixed) filled with the record, plus the reason; sends only what changed. */
export function UnlockRequestDialog({
  record,
  open,
  onClose,
}: {
  record: RecordDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm<Shape>();
  const request = useRequestUnlock(record.id);
  const [problem, setProblem] = useState<string | null>(null);
  const decl = recordType(record.type);
  if (!decl) return null;

  const onFinish = (v: Shape) => {
    const before = {
      occurredOn: record.occurredOn,
      regionCode: record.regionCode,
      pairingId: record.pairingId,
      values: record.values,
      note: record.note,
    };
    const changes = changedContent(before, contentOf(decl, v));
    if (!Object.keys(changes).length) return setProblem(t('ledger.unlock.noChange'));
    setProblem(null);
    request.mutate(
      { reason: v.reason.trim(), changes },
      {
        onSuccess: () => {
          notify('success', t('ledger.unlock.sent'));
          onClose();
        },
        onError: (e) => setProblem(e.message),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('ledger.unlock.title')}
      okText={t('ledger.unlock.send')}
      confirmLoading={request.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={880}
      mask={{ closable: false }}
    >
      <Alert type="info" showIcon title={t('ledger.unlock.hint')} style={{ marginBottom: 12 }} />
      <Form<Shape>
        form={form}
        layout="vertical"
        name="ledger-unlock"
        onFinish={onFinish}
        initialValues={{
          occurredOn: record.occurredOn,
          eastUnitId: record.eastUnit.id,
          countyCode: record.countyCode || null,
          regionCode: record.regionCode,
          pairingId: record.pairingId,
          note: record.note,
          values: toFormValues(decl, record.values),
        }}
      >
        <RecordFormBody decl={decl} mode="unlock" locks={{ unit: true, county: true }} knownUnits={[record.eastUnit]} />
        <Form.Item
          name="reason"
          label={t('ledger.unlock.reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('ledger.reason.required') }]}
        >
          <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
    </Modal>
  );
}
