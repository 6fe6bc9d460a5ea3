import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import { useT } from '../../../app/i18n';
import { isoDateItem } from '../../ledger/components/date-item';
import { yuanToFen } from '../../ledger/utils/money';
import type { Project } from '../api/funds.types';
import { useSpend } from '../api/use-funds.mutations';

type Values = { spentOn: string; amount: string; voucher: string; payee?: string };

/** 登记支出: the county spends money it has received (never more than received). */
export function SpendDialog({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t } = useT();
  const spend = useSpend(project.id);
  const [form] = Form.useForm<Values>();
  const req = [{ required: true, whitespace: true, message: t('fund.form.required') }];
  return (
    <Modal
      open
      title={`${t('fund.act.spend')} · ${project.name}`}
      okText={t('fund.act.spend')}
      confirmLoading={spend.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="fund-spend"
        onFinish={(v) =>
          spend.mutate(
            {
              spentOn: v.spentOn,
              amountFen: yuanToFen(v.amount) ?? -1,
              voucher: v.voucher.trim(),
              payee: v.payee?.trim() || null,
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item {...isoDateItem} name="spentOn" label={t('fund.spend.spentOn')} rules={req}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="amount" label={t('fund.pay.amountYuan')} rules={req}>
          <Input inputMode="decimal" style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="voucher" label={t('fund.pay.voucher')} rules={req}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="payee" label={t('fund.spend.payee')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      {spend.error ? <Alert role="alert" type="error" showIcon title={spend.error.message} /> : null}
    </Modal>
  );
}
