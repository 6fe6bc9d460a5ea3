import { Alert, Descriptions, Form, Input, Modal } from 'antd';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../app/i18n';
import type { RecordPerson } from '../api/ledger.types';
import { useRevealPerson } from '../api/use-reveal-person.mutation';

/** Shows one person's full ID number and phone after a typed reason (≥ 4 characters); every view is audited. */
export function RevealDialog({ person, onClose }: { person: RecordPerson | null; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealPerson();
  const close = () => {
    reveal.reset();
    onClose();
  };
  const shown = reveal.data && reveal.data.personId === person?.personId ? reveal.data : null;
  const forbidden = isApiError(reveal.error) && reveal.error.code === 'FORBIDDEN';

  return (
    <Modal
      open={person !== null}
      title={person ? t('ledger.reveal.title', { name: person.name }) : ''}
      okText={shown ? t('common.close') : t('ledger.reveal.go')}
      cancelButtonProps={shown ? { style: { display: 'none' } } : undefined}
      confirmLoading={reveal.isPending}
      onOk={() => (shown ? close() : form.submit())}
      onCancel={close}
      destroyOnHidden
    >
      {shown ? (
        <Descriptions column={1} size="small" bordered layout="vertical">
          <Descriptions.Item label={t('ledger.roster.idNumber')}>
            <span className="xz-mono xz-ledger-revealed">{shown.idNumber}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('ledger.reveal.phone')}>
            <span className="xz-mono">{shown.phone ?? '—'}</span>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Form
          form={form}
          layout="vertical"
          name="ledger-reveal"
          onFinish={(v) => person && reveal.mutate({ personId: person.personId, reason: v.reason.trim() })}
        >
          <Form.Item
            name="reason"
            label={t('ledger.reveal.reason')}
            extra={t('ledger.reveal.reasonHint')}
            rules={[{ required: true, whitespace: true, min: 4, message: t('ledger.reveal.reasonShort') }]}
          >
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} autoFocus />
          </Form.Item>
          {reveal.error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={forbidden ? t('ledger.reveal.forbidden') : reveal.error.message}
            />
          ) : null}
        </Form>
      )}
    </Modal>
  );
}
