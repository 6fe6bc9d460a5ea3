import { Alert, Form, Input, Modal } from 'antd';
import { isValidCreditCode, SUPPLIER_KINDS, type SupplierDto, type SupplierKind } from '@xiezuo/domain';
import { Select } from '../../../components/select';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { useSaveSupplier } from '../api/use-catalogue.mutations';

/** The three counties a supplier can be registered in. */
export const SUPPLIER_COUNTIES = [
  { value: '621022', label: '环县' },
  { value: '621021', label: '庆城县' },
  { value: '623027', label: '夏河县' },
];

type Values = {
  name: string;
  creditCode: string;
  kind: SupplierKind;
  countyCode: string;
  contactName?: string;
  contactPhone?: string;
};

/** 登记/编辑供应主体: credit code checked as typed; the phone is entered anew on edit (it is kept encrypted). */
export function SupplierFormDialog({ supplier, onClose }: { supplier: SupplierDto | null; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const save = useSaveSupplier();
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      name: v.name,
      creditCode: v.creditCode.trim().toUpperCase(),
      kind: v.kind,
      countyCode: v.countyCode,
      contactName: v.contactName?.trim() || null,
      contactPhone: v.contactPhone?.trim() || null,
    };
    await save.mutateAsync(
      supplier ? { id: supplier.id, body: { ...body, version: supplier.version } } : { id: null, body },
    );
    onClose();
  };
  return (
    <Modal
      open
      title={t(supplier ? 'consumption.form.editSupplier' : 'consumption.form.newSupplier')}
      onOk={() => void submit().catch(() => undefined)}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          supplier
            ? { ...supplier, contactName: supplier.contactName ?? undefined, contactPhone: undefined }
            : { kind: 'cooperative' }
        }
      >
        <Form.Item
          name="name"
          label={t('consumption.catalogue.name')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('consumption.catalogue.creditCode')}
          rules={[
            { required: true },
            {
              validator: (_, v: string | undefined) =>
                !v || isValidCreditCode(v.trim().toUpperCase())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('consumption.form.creditCodeInvalid'))),
            },
          ]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="kind" label={t('consumption.form.kind')} rules={[{ required: true }]}>
          <Select options={SUPPLIER_KINDS.map((k) => ({ value: k, label: t(`consumption.form.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="countyCode" label={t('consumption.catalogue.county')} rules={[{ required: true }]}>
          <Select options={SUPPLIER_COUNTIES} />
        </Form.Item>
        <Form.Item name="contactName" label={t('consumption.form.contactName')} rules={[{ max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('consumption.form.contactPhone')}
          extra={
            supplier?.contactPhone ? t('consumption.form.phoneReenter', { phone: supplier.contactPhone }) : undefined
          }
          rules={[{ pattern: /^1\d{10}$/, message: t('consumption.account.phoneInvalid') }]}
        >
          <Input inputMode="tel" autoComplete="off" />
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
