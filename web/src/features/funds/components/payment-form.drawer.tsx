import { App, Button, DatePicker, Drawer, Form, Grid, Input, Space } from 'antd';
import { Select } from '../../../components/select';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { isoDateItem } from '../../ledger/components/date-item';
import { fenToWan, fenToYuanInput, yuanToFen } from '../../ledger/utils/money';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { useRecordPayment } from '../api/use-funds.mutations';
import { useProjects } from '../api/use-funds.queries';

type Values = {
  countyCode: string;
  paidOn: string;
  batch?: string;
  voucher: string;
  note?: string;
  lines: { projectId: string; amount: string }[];
};

/** 登记拨付: the east records a payment covering one or more approved projects of one county (a checker confirms). */
export function PaymentFormDrawer({
  open,
  onClose,
  preset,
}: {
  open: boolean;
  onClose: () => void;
  preset?: { countyCode: string; projectId: string; amountFen: number };
}) {
  const { t } = useT();
  const { message } = App.useApp();
  const phone = Grid.useBreakpoint().md === false;
  const org = useOrgOverview(null, open);
  const record = useRecordPayment();
  const [form] = Form.useForm<Values>();
  const county = Form.useWatch('countyCode', form) ?? preset?.countyCode ?? null;
  const projects = useProjects({ county, pageSize: 200, sort: '-updatedAt' }, open && county !== null);
  const payable = (projects.data?.items ?? []).filter((p) => p.openFen > 0);
  const req = [{ required: true, whitespace: true, message: t('fund.form.required') }];
  const amountRule = {
    validator: (_: unknown, v: string) => (yuanToFen(v) ? Promise.resolve() : Promise.reject()),
    message: t('fund.form.amount'),
  };
  const submit = (v: Values) =>
    record.mutate(
      {
        countyCode: v.countyCode,
        paidOn: v.paidOn,
        batch: v.batch?.trim() || null,
        voucher: v.voucher.trim(),
        note: v.note?.trim() || null,
        lines: v.lines.map((l) => ({ projectId: l.projectId, amountFen: yuanToFen(l.amount) ?? -1 })),
      },
      {
        onSuccess: () => {
          void message.success(t('fund.pay.recorded'));
          onClose();
        },
      },
    );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('fund.act.pay')}
      size={phone ? '100%' : 600}
      destroyOnHidden
      extra={
        <Button type="primary" loading={record.isPending} onClick={() => form.submit()}>
          {t('fund.act.pay')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="fund-payment"
        onFinish={submit}
        initialValues={{
          countyCode: preset?.countyCode,
          lines: [preset ? { projectId: preset.projectId, amount: fenToYuanInput(preset.amountFen) } : {}],
        }}
      >
        <Form.Item name="countyCode" label={t('fund.form.county')} rules={req}>
          <Select
            disabled={Boolean(preset)}
            options={(org.data?.counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
            style={{ maxWidth: 240 }}
          />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item {...isoDateItem} name="paidOn" label={t('fund.pay.paidOn')} rules={req}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="voucher" label={t('fund.pay.voucher')} rules={req}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="batch" label={t('fund.pay.batch')}>
            <Input maxLength={60} />
          </Form.Item>
        </Space>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <Form.Item label={t('fund.pay.lines')}>
              {fields.map((f, i) => (
                <Space key={f.key} wrap align="baseline" style={{ marginBottom: 8 }}>
                  <Form.Item name={[f.name, 'projectId']} rules={req} noStyle>
                    <Select
                      aria-label={t('fund.pay.line', { n: i + 1 })}
                      placeholder={t('fund.pay.project')}
                      showSearch={{ optionFilterProp: 'label' }}
                      options={payable.map((p) => ({
                        value: p.id,
                        label: `${p.code} ${p.name}（${t('fund.pay.open', { v: `${t('fund.wan', { v: fenToWan(p.openFen) })}` })}）`,
                      }))}
                      style={{ width: phone ? 300 : 360 }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amount']} rules={[...req, amountRule]} noStyle>
                    <Input
                      aria-label={`${t('fund.pay.amount')} ${i + 1}`}
                      inputMode="decimal"
                      placeholder={t('fund.pay.amountYuan')}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(f.name)} /> : null}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('fund.pay.addLine')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="note" label={t('fund.step.note')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
