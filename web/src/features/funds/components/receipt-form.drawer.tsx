import { App, Button, DatePicker, Drawer, Form, Grid, Input, Space } from 'antd';
import { Select } from '../../../components/select';
import { useT } from '../../../app/i18n';
import { isoDateItem } from '../../ledger/components/date-item';
import { yuanToFen } from '../../ledger/utils/money';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { useRecordReceipt } from '../api/use-funds.mutations';
import { useProjects } from '../api/use-funds.queries';

type Values = {
  countyCode: string;
  receivedOn: string;
  amount: string;
  voucher: string;
  payer?: string;
  projectId?: string;
  note?: string;
};

/** 登记到账: the county records money received with its own voucher; the server matches it to a payment. */
export function ReceiptFormDrawer({
  open,
  onClose,
  counties,
  preset,
}: {
  open: boolean;
  onClose: () => void;
  counties: string[];
  preset?: { countyCode: string; projectId: string };
}) {
  const { t } = useT();
  const { message } = App.useApp();
  const phone = Grid.useBreakpoint().md === false;
  const org = useOrgOverview(null, open);
  const record = useRecordReceipt();
  const [form] = Form.useForm<Values>();
  const county = Form.useWatch('countyCode', form) ?? preset?.countyCode ?? null;
  const projects = useProjects({ county, pageSize: 200, sort: '-updatedAt' }, open && county !== null);
  const req = [{ required: true, whitespace: true, message: t('fund.form.required') }];
  const submit = (v: Values) =>
    record.mutate(
      {
        countyCode: v.countyCode,
        receivedOn: v.receivedOn,
        amountFen: yuanToFen(v.amount) ?? -1,
        voucher: v.voucher.trim(),
        payer: v.payer?.trim() || null,
        projectId: v.projectId ?? null,
        note: v.note?.trim() || null,
      },
      {
        onSuccess: (r) => {
          void message.success(r.payment ? t('fund.rec.matched', { voucher: r.payment.voucher }) : t('fund.rec.saved'));
          onClose();
        },
      },
    );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('fund.rec.record')}
      size={phone ? '100%' : 520}
      destroyOnHidden
      extra={
        <Button type="primary" loading={record.isPending} onClick={() => form.submit()}>
          {t('fund.rec.record')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="fund-receipt"
        onFinish={submit}
        initialValues={{
          countyCode: preset?.countyCode ?? (counties.length === 1 ? counties[0] : undefined),
          projectId: preset?.projectId,
        }}
      >
        <Form.Item name="countyCode" label={t('fund.form.county')} rules={req}>
          <Select
            disabled={Boolean(preset) || counties.length === 1}
            options={(org.data?.counties ?? [])
              .filter((c) => !counties.length || counties.includes(c.code))
              .map((c) => ({ value: c.code, label: c.name }))}
            style={{ maxWidth: 240 }}
          />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item {...isoDateItem} name="receivedOn" label={t('fund.rec.receivedOn')} rules={req}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('fund.pay.amountYuan')}
            rules={[
              ...req,
              {
                validator: (_, v: string) => (yuanToFen(v) ? Promise.resolve() : Promise.reject()),
                message: t('fund.form.amount'),
              },
            ]}
          >
            <Input inputMode="decimal" style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.Item name="voucher" label={t('fund.pay.voucher')} rules={req}>
          <Input maxLength={60} style={{ maxWidth: 280 }} />
        </Form.Item>
        <Form.Item name="payer" label={t('fund.rec.payer')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="projectId" label={t('fund.pay.project')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('fund.step.note')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
