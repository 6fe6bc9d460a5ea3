import { Form, Input, Modal } from 'antd';
import { Select } from '../../../components/select';
import type { UnitScoreDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useCreateAppeal } from '../api/use-assessment-mutations';

type Values = { itemCode?: string; reason: string };

/** A unit appeals its score, on one item or on the whole. */
export function AppealDialog({ year, score, onClose }: { year: number; score: UnitScoreDto; onClose: () => void }) {
  const { t, lang } = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateAppeal(year);
  const onFinish = (v: Values) =>
    create.mutate(
      { unitId: score.unitId, itemCode: v.itemCode, reason: v.reason.trim() },
      {
        onSuccess: () => {
          notify('success', t('asmt.appeal.done'));
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={t('asmt.appealLabel', { unit: score.unitName })}
      okText={t('asmt.appeal.submit')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values> form={form} layout="vertical" name="appeal" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="itemCode" label={t('asmt.appeal.item')}>
          <Select
            allowClear
            placeholder={t('asmt.whole')}
            options={score.breakdown.map((l) => ({ value: l.code, label: l.name[lang] }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('asmt.appeal.reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('sup.new.required.msg') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
