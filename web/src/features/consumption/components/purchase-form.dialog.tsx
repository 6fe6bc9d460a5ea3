import { Form, Input, InputNumber, Modal } from 'antd';
import { Select } from '../../../components/select';
import {
  actingGrants,
  actingOf,
  BUYER_KINDS,
  PURCHASE_CHANNELS,
  type BuyerKind,
  type PurchaseChannel,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useCurrentSession } from '../../auth/session-context';
import { useProducts } from '../api/use-catalogue.query';
import { usePledges } from '../api/use-pledges.query';
import { useCreatePurchase } from '../api/use-purchase.mutations';

type Values = {
  buyerKind: BuyerKind;
  buyerUnitId?: string;
  buyerName?: string;
  productId: string;
  quantity: number;
  amountYuan: number;
  purchasedOn: string;
  channel: PurchaseChannel;
  platform?: string;
  orderNo?: string;
};

/** Records a purchase: a unit reporter for its own unit; the office for any buyer. Amounts in yuan, sent in fen. */
export function PurchaseFormDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useT();
  const session = useCurrentSession();
  const office = actingOf(session).office;
  const ownUnits = actingGrants(session, 'unit').map((g) => ({ value: g.scopeId!, label: g.scopeName ?? '' }));
  const board = usePledges(office ? year : null);
  const unitOptions = office
    ? (board.data?.items ?? []).map((u) => ({ value: u.unitId, label: u.unitName }))
    : ownUnits;
  const products = useProducts({ asOf: `${year}-12-31`, page: 1, pageSize: 500 });
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('buyerKind', form);
  const channel = Form.useWatch('channel', form);
  const create = useCreatePurchase();
  const submit = async () => {
    const v = await form.validateFields();
    await create.mutateAsync({
      buyerKind: v.buyerKind,
      buyerUnitId: v.buyerKind === 'unit' ? (v.buyerUnitId ?? null) : null,
      buyerName: v.buyerKind === 'unit' ? null : (v.buyerName ?? null),
      productId: v.productId,
      quantity: v.quantity,
      amountFen: Math.round(v.amountYuan * 100),
      purchasedOn: v.purchasedOn,
      channel: v.channel,
      platform: v.channel === 'platform' ? (v.platform ?? null) : null,
      orderNo: v.orderNo || null,
      note: null,
    });
    onClose();
  };
  const kinds = office ? BUYER_KINDS : (['unit'] as const);
  return (
    <Modal
      open
      title={t('consumption.purchases.new')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          buyerKind: 'unit',
          buyerUnitId: ownUnits[0]?.value,
          channel: 'unit',
          purchasedOn: `${year}-01-01`,
        }}
      >
        <Form.Item name="buyerKind" label={t('consumption.purchases.buyerKind')} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`consumption.buyerKind.${k}`) }))} />
        </Form.Item>
        {kind === 'unit' ? (
          <Form.Item name="buyerUnitId" label={t('consumption.purchases.buyer')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={unitOptions} />
          </Form.Item>
        ) : (
          <Form.Item name="buyerName" label={t('consumption.purchases.buyerName')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="productId" label={t('consumption.purchases.product')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.supplierName}` }))}
          />
        </Form.Item>
        <Form.Item
          name="purchasedOn"
          label={t('consumption.purchases.date')}
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item name="quantity" label={t('consumption.purchases.quantity')} rules={[{ required: true }]}>
          <InputNumber min={0.001} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('consumption.purchases.amountYuan')} rules={[{ required: true }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="channel" label={t('consumption.purchases.channel')} rules={[{ required: true }]}>
          <Select options={PURCHASE_CHANNELS.map((c) => ({ value: c, label: t(`consumption.channel.${c}`) }))} />
        </Form.Item>
        {channel === 'platform' ? (
          <Form.Item name="platform" label={t('consumption.purchases.platform')} rules={[{ required: true }]}>
            <Input maxLength={50} />
          </Form.Item>
        ) : null}
        <Form.Item name="orderNo" label={t('consumption.purchases.orderNo')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
