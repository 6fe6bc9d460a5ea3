import { Form, InputNumber, Modal } from 'antd';
import { WAN } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useSetPledge } from '../api/use-pledge.mutations';

type Props = { year: number; unit: { unitId: string; unitName: string; pledgeFen: number }; onClose: () => void };

/** The office sets a unit's pledge in 万元 (the server refuses an amount below what the unit already bought). */
export function PledgeFormDialog({ year, unit, onClose }: Props) {
  const { t } = useT();
  const [form] = Form.useForm<{ wan: number }>();
  const set = useSetPledge();
  const submit = async () => {
    const v = await form.validateFields();
    await set.mutateAsync({ year, unitId: unit.unitId, pledgeFen: Math.round(v.wan * WAN) });
    onClose();
  };
  return (
    <Modal
      open
      title={t('consumption.pledges.setTitle', { unit: unit.unitName, year })}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={set.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ wan: unit.pledgeFen / WAN }}>
        <Form.Item name="wan" label={t('consumption.pledges.amountWan')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
