import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { PRODUCT_CATEGORIES, type ProductCategory, type ProductDto, type SupplierDto } from '@xiezuo/domain';
import { Select } from '../../../components/select';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { useSaveProduct } from '../api/use-catalogue.mutations';

type Values = {
  supplierId: string;
  name: string;
  category: ProductCategory;
  specification?: string;
  unit: string;
  priceYuan: number;
  certificateId?: string;
};

/** 新增/编辑产品: price in yuan (sent in fen); the certificate is one of the chosen supplier's. */
export function ProductFormDialog({
  product,
  suppliers,
  onClose,
}: {
  product: ProductDto | null;
  suppliers: SupplierDto[];
  onClose: () => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const supplierId = Form.useWatch('supplierId', form) ?? product?.supplierId;
  const certs = suppliers.find((s) => s.id === supplierId)?.certificates ?? [];
  const save = useSaveProduct();
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      name: v.name,
      category: v.category,
      specification: v.specification?.trim() || null,
      unit: v.unit,
      priceFen: Math.round(v.priceYuan * 100),
      certificateId: v.certificateId ?? null,
    };
    await save.mutateAsync(
      product
        ? { id: product.id, body: { ...body, version: product.version } }
        : { id: null, body: { ...body, supplierId: v.supplierId } },
    );
    onClose();
  };
  return (
    <Modal
      open
      title={t(product ? 'consumption.form.editProduct' : 'consumption.form.newProduct')}
      onOk={() => void submit().catch(() => undefined)}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          product
            ? {
                ...product,
                specification: product.specification ?? undefined,
                priceYuan: product.priceFen / 100,
                certificateId: product.certificate?.id,
              }
            : { category: 'grain' }
        }
      >
        <Form.Item name="supplierId" label={t('consumption.catalogue.suppliers')} rules={[{ required: true }]}>
          <Select disabled={Boolean(product)} options={suppliers.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('consumption.catalogue.name')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="category" label={t('consumption.catalogue.category')} rules={[{ required: true }]}>
          <Select options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`consumption.category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="specification" label={t('consumption.form.specification')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="unit"
          label={t('consumption.form.unit')}
          rules={[{ required: true, whitespace: true, max: 20 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="priceYuan"
          label={t('consumption.catalogue.price')}
          rules={[{ required: true }, { type: 'number', min: 0 }]}
        >
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="certificateId" label={t('consumption.catalogue.certificate')}>
          <Select
            allowClear
            options={certs.map((c) => ({ value: c.id, label: `${c.number}（${c.validFrom} – ${c.validTo}）` }))}
          />
        </Form.Item>
      </Form>
      {save.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={isApiError(save.error) ? save.error.message : t('common.unexpectedError')}
        />
      ) : null}
    </Modal>
  );
}
